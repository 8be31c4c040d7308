import { BadRequestException, HttpException, NotFoundException } from '@nestjs/common';
import { describe, expect, it, jest } from '@jest/globals';
import { Prisma } from '../generated/prisma/client.ts';
import { ValidationFailed } from './errors.ts';
import { tagUploadLimit } from './file-upload.ts';
import { HttpExceptionFilter, STACKS_PER_MINUTE, StackBudget } from './http-exception.filter.ts';

/** A Prisma error as the pg driver adapter raises it for this SQLSTATE. */
const dbError = (state: string, code = 'P2039') =>
  new Prisma.PrismaClientKnownRequestError(`Database error. Code: \`${state}\``, {
    code,
    clientVersion: 'x',
    meta: { driverAdapterError: { cause: { originalCode: state } } },
  });

function run(exception: unknown, req: object = {}) {
  const res = { headersSent: false, statusCode: 0, body: undefined as unknown, status(code: number) { this.statusCode = code; return this; }, json(body: unknown) { this.body = body; return this; } };
  const host = { switchToHttp: () => ({ getResponse: () => res, getRequest: () => req }) };
  const filter = new HttpExceptionFilter();
  const logged = jest.spyOn((filter as unknown as { logger: { error: (m: string) => void } }).logger, 'error').mockImplementation(() => undefined);
  filter.catch(exception, host as never);
  return { status: res.statusCode, body: res.body as Record<string, unknown>, logged: logged.mock.calls.length };
}

describe('HttpExceptionFilter', () => {
  it.each([
    [{ bytes: 20 * 1024 * 1024, label: '附件', status: 413 }, 413, { statusCode: 413, message: '附件不能超过 20 MB' }],
    [{ bytes: 25 * 1024 * 1024, label: '数据文件', status: 400 }, 400, { statusCode: 400, message: '数据文件不能超过 25 MB', errors: { file: '数据文件不能超过 25 MB' } }],
  ] as const)('a file over its route\'s limit (%j) is refused naming that limit', (limit, status, body) => {
    const r = run(new HttpException('File too large', 413), tagUploadLimit({}, limit));
    expect({ status: r.status, body: r.body }).toEqual({ status, body });
  });

  it('answers an unknown error with a plain 500, logs it, and leaks no stack', () => {
    const r = run(new Error('secret internal detail at /srv/app.ts:12'));
    expect(r).toEqual({ status: 500, body: { statusCode: 500, message: '服务器内部错误' }, logged: 1 });
  });

  it.each([
    [new ValidationFailed({ name: '不能为空' }), 400, { statusCode: 400, message: '提交的数据有误，请检查标红的字段', errors: { name: '不能为空' } }],
    [new NotFoundException('Cannot GET /api/nothing'), 404, { statusCode: 404, message: '请求的资源不存在' }],
    [new BadRequestException('Unexpected token', { cause: new SyntaxError('Unexpected token') }), 400, { statusCode: 400, message: '请求体不是合法的 JSON' }],
    [new BadRequestException('Multipart: Malformed part header'), 400, { statusCode: 400, message: '上传的表单格式不正确', errors: { file: '上传的表单格式不正确（文件名不能包含控制字符）' } }],
    [new HttpException('Payload Too Large', 413), 413, { statusCode: 413, message: '请求内容过大' }],
    [
      new HttpException('request entity too large', 413, { cause: Object.assign(new Error('too large'), { type: 'entity.too.large', limit: 1048576 }) }),
      413,
      { statusCode: 413, message: '请求内容不能超过 1 MB' },
    ],
    [new Prisma.PrismaClientKnownRequestError('dup', { code: 'P2002', clientVersion: 'x' }), 409, { statusCode: 409, message: '已存在相同的记录' }],
  ])('maps %p to %i with a Chinese message', (exception, status, body) => {
    const r = run(exception);
    expect(r.status).toBe(status);
    expect(r.body).toEqual(body);
    expect(r.logged).toBe(0);
  });

  it.each([
    ['22021 (NUL in text)', dbError('22021'), 400],
    ['22003 (numeric out of range)', dbError('22003'), 400],
    ['22008 (datetime overflow), raw query', dbError('22008', 'P2010'), 400],
    ['P2034 (write conflict)', new Prisma.PrismaClientKnownRequestError('conflict', { code: 'P2034', clientVersion: 'x' }), 409],
    ['40P01 (deadlock)', dbError('40P01'), 409],
  ])('maps the database error %s to 4xx without logging it', (_, exception, status) => {
    const r = run(exception);
    expect(r.status).toBe(status);
    expect(String(r.body.message)).toMatch(/[\u4e00-\u9fff]/);
    expect(r.logged).toBe(0);
  });

  it('logs a 5xx HttpException as one line, without a stack', () => {
    const filter = new HttpExceptionFilter();
    const lines: string[] = [];
    jest.spyOn((filter as unknown as { logger: { error: (m: string) => void } }).logger, 'error').mockImplementation((m) => void lines.push(m));
    const res = { headersSent: false, status: () => res, json: () => res };
    filter.catch(new HttpException('Service Unavailable', 503), { switchToHttp: () => ({ getResponse: () => res, getRequest: () => ({}) }) } as never);
    expect(lines).toEqual(['503 Service Unavailable']);
  });

  it('logs at most STACKS_PER_MINUTE stacks a minute, then one line, then the count when the next minute opens', () => {
    const filter = new HttpExceptionFilter();
    const lines: string[] = [];
    jest.spyOn((filter as unknown as { logger: { error: (m: string) => void } }).logger, 'error').mockImplementation((m) => void lines.push(m));
    const res = { headersSent: false, status: () => res, json: () => res };
    const host = { switchToHttp: () => ({ getResponse: () => res, getRequest: () => ({}) }) } as never;
    for (let i = 0; i < STACKS_PER_MINUTE + 5; i++) filter.catch(new Error(`fault ${i}`), host);
    expect(lines.filter((l) => l.includes('\n    at '))).toHaveLength(STACKS_PER_MINUTE);
    expect(lines).toHaveLength(STACKS_PER_MINUTE + 1);
    expect(lines.at(-1)).toMatch(/further stacks omitted/);
  });

  it('StackBudget opens a new window after windowMs and reports what it omitted', () => {
    const budget = new StackBudget(2, 1000);
    expect([0, 1, 2, 3].map((t) => budget.take(t).allowed)).toEqual([true, true, false, false]);
    expect(budget.take(1000)).toEqual({ allowed: true, firstRefused: false, omitted: 2 });
  });
});

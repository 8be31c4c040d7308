import { BadRequestException, HttpException, NotFoundException } from '@nestjs/common';
import { describe, expect, it, jest } from '@jest/globals';
import { Prisma } from '../generated/prisma/client.ts';
import { ValidationFailed } from './errors.ts';
import { HttpExceptionFilter } from './http-exception.filter.ts';

function run(exception: unknown) {
  const res = { headersSent: false, statusCode: 0, body: undefined as unknown, status(code: number) { this.statusCode = code; return this; }, json(body: unknown) { this.body = body; return this; } };
  const host = { switchToHttp: () => ({ getResponse: () => res }) };
  const filter = new HttpExceptionFilter();
  const logged = jest.spyOn((filter as unknown as { logger: { error: (m: string) => void } }).logger, 'error').mockImplementation(() => undefined);
  filter.catch(exception, host as never);
  return { status: res.statusCode, body: res.body as Record<string, unknown>, logged: logged.mock.calls.length };
}

describe('HttpExceptionFilter', () => {
  it('answers an unknown error with a plain 500, logs it, and leaks no stack', () => {
    const r = run(new Error('secret internal detail at /srv/app.ts:12'));
    expect(r).toEqual({ status: 500, body: { statusCode: 500, message: '服务器内部错误' }, logged: 1 });
  });

  it.each([
    [new ValidationFailed({ name: '不能为空' }), 400, { statusCode: 400, message: '提交的数据有误，请检查标红的字段', errors: { name: '不能为空' } }],
    [new NotFoundException('Cannot GET /api/nothing'), 404, { statusCode: 404, message: '请求的资源不存在' }],
    [new BadRequestException('Unexpected token', { cause: new SyntaxError('Unexpected token') }), 400, { statusCode: 400, message: '请求体不是合法的 JSON' }],
    [new HttpException('Payload Too Large', 413), 413, { statusCode: 413, message: '上传内容过大（附件不能超过 20 MB）' }],
    [new Prisma.PrismaClientKnownRequestError('dup', { code: 'P2002', clientVersion: 'x' }), 409, { statusCode: 409, message: '已存在相同的记录' }],
  ])('maps %p to %i with a Chinese message', (exception, status, body) => {
    const r = run(exception);
    expect(r.status).toBe(status);
    expect(r.body).toEqual(body);
    expect(r.logged).toBe(0);
  });
});

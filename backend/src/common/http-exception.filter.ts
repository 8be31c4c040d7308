// The one exception filter: every error leaves as the JSON of DESIGN.md §3, and nothing a client sends
// can produce a 500 with a stack. Only a real server fault (not an HttpException) logs its stack, and at
// most STACKS_PER_MINUTE of them a minute, so a flood of one fault cannot drown the log.
import { performance } from 'node:perf_hooks';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { type UploadLimit, uploadLimitOf } from './file-upload.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable, reportUnavailable } from '../database/database-errors.ts';

interface ErrorBody {
  statusCode: number;
  message: string;
  errors?: Record<string, string>;
}

const STATUS_MESSAGES: Record<number, string> = {
  400: '请求有误',
  401: '请先登录',
  403: '无权执行此操作',
  404: '请求的资源不存在',
  409: '操作与现有数据冲突',
  413: '请求内容过大',
  415: '不支持的内容类型',
  429: '请求过于频繁，请稍后再试',
};

@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');
  private readonly stacks = new StackBudget(STACKS_PER_MINUTE, 60_000);

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception, uploadLimitOf(host.switchToHttp().getRequest()));
    if (isDatabaseUnavailable(exception)) reportUnavailable((line) => this.logger.warn(line), exception);
    else if (body.statusCode >= 500) this.logFault(exception, body.statusCode);
    if (!res.headersSent) res.status(body.statusCode).json(body);
  }

  private logFault(exception: unknown, status: number): void {
    if (exception instanceof HttpException) {
      this.logger.error(`${status} ${exception.message}`);
      return;
    }
    const verdict = this.stacks.take(performance.now());
    if (verdict.omitted > 0) this.logger.error(`${verdict.omitted} more server faults in the last minute (stacks omitted)`);
    if (verdict.allowed) this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    else if (verdict.firstRefused) this.logger.error(`More than ${STACKS_PER_MINUTE} server faults this minute: further stacks omitted`);
  }

  private toBody(exception: unknown, upload?: UploadLimit): ErrorBody {
    // Nest wraps body-parser's errors in an HttpException whose cause is the original.
    if (exception instanceof HttpException && exception.cause instanceof SyntaxError) {
      return { statusCode: 400, message: '请求体不是合法的 JSON' };
    }
    // Busboy refuses a multipart form it cannot read (e.g. a control character in the file name).
    if (exception instanceof HttpException && exception.getStatus() === 400 && /^Multipart: /.test(exception.message)) {
      return { statusCode: 400, message: '上传的表单格式不正确', errors: { file: '上传的表单格式不正确（文件名不能包含控制字符）' } };
    }
    if (exception instanceof HttpException && exception.getStatus() === 413) return tooLarge(exception, upload);
    if (exception instanceof HttpException) return fromHttpException(exception);
    if (isDatabaseUnavailable(exception)) return { statusCode: 503, message: DATABASE_UNAVAILABLE_MESSAGE };
    if (exception instanceof Prisma.PrismaClientKnownRequestError) {
      if (exception.code === 'P2002') return { statusCode: 409, message: '已存在相同的记录' };
      if (exception.code === 'P2025') return { statusCode: 404, message: '记录不存在' };
      if (exception.code === 'P2003') return { statusCode: 409, message: '该记录仍被其他数据引用，或引用的数据不存在' };
      // No connection in time, or no transaction started in time: the server is busy, not broken.
      if (exception.code === 'P2024' || exception.code === 'P2028') return { statusCode: 503, message: '系统繁忙，请稍后重试' };
    }
    const backstop = databaseDataError(exception);
    if (backstop) return backstop;
    return { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, message: '服务器内部错误' };
  }
}

const MB = 1024 * 1024;
const megabytes = (bytes: number) => `${Math.round((bytes / MB) * 10) / 10} MB`;

/** Each size limit names its own: the request body's (body-parser) or the upload route's (multer). */
function tooLarge(exception: HttpException, upload: UploadLimit | undefined): ErrorBody {
  const cause = exception.cause as { type?: unknown; limit?: unknown } | undefined;
  if (cause?.type === 'entity.too.large' && typeof cause.limit === 'number') {
    return { statusCode: 413, message: `请求内容不能超过 ${megabytes(cause.limit)}` };
  }
  // Nest's multer integration answers LIMIT_FILE_SIZE with this English message.
  if (exception.message === 'File too large' && upload) {
    const message = `${upload.label}不能超过 ${megabytes(upload.bytes)}`;
    return { statusCode: upload.status, message, ...(upload.status === 400 ? { errors: { file: message } } : {}) };
  }
  return fromHttpException(exception);
}

function fromHttpException(exception: HttpException): ErrorBody {
  const statusCode = exception.getStatus();
  const response = exception.getResponse();
  const fallback = STATUS_MESSAGES[statusCode] ?? '请求失败';
  if (typeof response === 'object' && response !== null) {
    const r = response as { message?: unknown; errors?: Record<string, string> };
    // Nest's own exceptions carry English messages; ours carry Chinese ones.
    const message = typeof r.message === 'string' && /[\u4e00-\u9fff]/.test(r.message) ? r.message : fallback;
    return { statusCode, message, ...(r.errors ? { errors: r.errors } : {}) };
  }
  return { statusCode, message: /[\u4e00-\u9fff]/.test(String(response)) ? String(response) : fallback };
}

/**
 * Backstop for input validation missed: PostgreSQL's data exceptions (class 22: NUL in text, numeric out of
 * range, datetime overflow …) are the client's input, so 400; a serialization failure or deadlock is a
 * concurrent write, so 409 and try again. Anything else stays a server fault.
 */
function databaseDataError(exception: unknown): ErrorBody | null {
  const state = sqlState(exception);
  const prismaCode = exception instanceof Prisma.PrismaClientKnownRequestError ? exception.code : undefined;
  if (prismaCode === 'P2034' || state === '40001' || state === '40P01') {
    return { statusCode: 409, message: '数据正被其他操作修改，请稍后重试' };
  }
  if (['P2000', 'P2007', 'P2020', 'P2033'].includes(prismaCode ?? '') || state?.startsWith('22')) {
    return { statusCode: 400, message: '提交的数据超出允许的范围或格式不正确' };
  }
  return null;
}

/** The SQLSTATE of a PostgreSQL error, whether it comes through Prisma's driver adapter or from pg itself. */
function sqlState(exception: unknown): string | undefined {
  if (exception instanceof Prisma.PrismaClientKnownRequestError) {
    const adapter = (exception.meta as { driverAdapterError?: { cause?: { originalCode?: unknown } } } | undefined)?.driverAdapterError;
    const code = adapter?.cause?.originalCode;
    return typeof code === 'string' ? code : undefined;
  }
  const code = (exception as { code?: unknown } | null)?.code;
  return exception instanceof Error && typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

export const STACKS_PER_MINUTE = 10;

/** At most `limit` stacks per window; says how many were omitted when the next window opens. */
export class StackBudget {
  private windowStart = -Infinity;
  private used = 0;
  private omitted = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  take(now: number): { allowed: boolean; firstRefused: boolean; omitted: number } {
    let omitted = 0;
    if (now - this.windowStart >= this.windowMs) {
      omitted = this.omitted;
      this.windowStart = now;
      this.used = 0;
      this.omitted = 0;
    }
    if (this.used < this.limit) {
      this.used++;
      return { allowed: true, firstRefused: false, omitted };
    }
    this.omitted++;
    return { allowed: false, firstRefused: this.omitted === 1, omitted };
  }
}

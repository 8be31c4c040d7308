// The one exception filter: every error leaves as the JSON of DESIGN.md §3, and nothing a client sends
// can produce a 500 with a stack.
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
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
  413: '上传内容过大（附件不能超过 20 MB）',
  415: '不支持的内容类型',
  429: '请求过于频繁，请稍后再试',
};

@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (body.statusCode === 503) {
      reportUnavailable((line) => this.logger.warn(line), exception);
    } else if (body.statusCode >= 500) {
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    }
    if (!res.headersSent) res.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ErrorBody {
    // Nest wraps body-parser's errors in an HttpException whose cause is the original.
    if (exception instanceof HttpException && exception.cause instanceof SyntaxError) {
      return { statusCode: 400, message: '请求体不是合法的 JSON' };
    }
    if (exception instanceof HttpException) return fromHttpException(exception);
    if (isDatabaseUnavailable(exception)) return { statusCode: 503, message: DATABASE_UNAVAILABLE_MESSAGE };
    if (exception instanceof Prisma.PrismaClientKnownRequestError) {
      if (exception.code === 'P2002') return { statusCode: 409, message: '已存在相同的记录' };
      if (exception.code === 'P2025') return { statusCode: 404, message: '记录不存在' };
      if (exception.code === 'P2003') return { statusCode: 409, message: '该记录仍被其他数据引用，或引用的数据不存在' };
    }
    return { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, message: '服务器内部错误' };
  }
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

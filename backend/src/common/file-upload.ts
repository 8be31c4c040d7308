// One multipart file per request, held in memory up to a limit that each route names: the refusal of a file
// over it names that route's own limit (附件 20 MB, 数据文件 25 MB …), through the one exception filter.
import { applyDecorators, type CallHandler, type ExecutionContext, HttpStatus, type NestInterceptor, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';
import type { Observable } from 'rxjs';

export interface UploadLimit {
  bytes: number;
  /** What the file is, in the message: 附件, 数据文件. */
  label: string;
  status: HttpStatus.PAYLOAD_TOO_LARGE | HttpStatus.BAD_REQUEST;
}

const LIMIT = Symbol('uploadLimit');

/** The limit of the request's upload route, if any (read by the exception filter). */
export const uploadLimitOf = (req: unknown): UploadLimit | undefined => (req as { [LIMIT]?: UploadLimit } | undefined)?.[LIMIT];

/** Notes the route's limit on the request, for the message of a refusal. */
export function tagUploadLimit<R extends object>(req: R, limit: UploadLimit): R {
  (req as unknown as { [LIMIT]: UploadLimit })[LIMIT] = limit;
  return req;
}

class TagLimit implements NestInterceptor {
  constructor(private readonly limit: UploadLimit) {}
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    tagUploadLimit(context.switchToHttp().getRequest<Request>(), this.limit);
    return next.handle();
  }
}

/** The `file` field of a multipart form, at most `limit.bytes`. */
export const FileUpload = (limit: UploadLimit) =>
  applyDecorators(UseInterceptors(new TagLimit(limit), FileInterceptor('file', { limits: { fileSize: limit.bytes, files: 1 } })));

/** Browsers send multipart file names as UTF-8, which multer reads as latin1; kept to 200 characters. */
export function uploadedFileName(name: string): string {
  const utf8 = Buffer.from(name, 'latin1').toString('utf8');
  return (utf8.includes('\uFFFD') ? name : utf8).slice(0, 200);
}

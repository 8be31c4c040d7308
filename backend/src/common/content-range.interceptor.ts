import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { map, type Observable } from 'rxjs';
import { JsonText } from './json-text.ts';
import { Page } from './list-query.ts';

/**
 * Writes react-admin's Content-Range header for every list page and answers the bare array; a JsonText
 * (JSON serialised once, e.g. by the database) goes out as it is, as JSON, with its ETag.
 */
@Injectable()
export class ContentRangeInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((result: unknown) => {
        const res = context.switchToHttp().getResponse<Response>();
        if (result instanceof Page) {
          res.setHeader('Content-Range', result.contentRange);
          res.setHeader('Access-Control-Expose-Headers', 'Content-Range');
          result = result.items;
        }
        if (!(result instanceof JsonText)) return result;
        res.type('application/json');
        if (result.etag) res.setHeader('ETag', result.etag);
        return result.text;
      }),
    );
  }
}

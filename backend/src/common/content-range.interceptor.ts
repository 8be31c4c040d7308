import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { map, type Observable } from 'rxjs';
import { Page } from './list-query.ts';

/** Writes react-admin's Content-Range header for every list page and answers the bare array. */
@Injectable()
export class ContentRangeInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((result: unknown) => {
        if (!(result instanceof Page)) return result;
        const res = context.switchToHttp().getResponse<Response>();
        res.setHeader('Content-Range', result.contentRange);
        res.setHeader('Access-Control-Expose-Headers', 'Content-Range');
        return result.items;
      }),
    );
  }
}

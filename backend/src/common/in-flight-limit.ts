// Bounds what one user can have in flight at once, so that a single account (a script, a stuck browser, a
// unit uploading a folder at once) cannot take the database pool or the memory from everybody else.
import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { finalize, type Observable } from 'rxjs';
import type { AuthUser } from '../identity/current-user.ts';
import { tooManyRequests } from './errors.ts';

/** Requests of one signed-in user running at once, over all routes. */
export const MAX_IN_FLIGHT_PER_USER = 8;
const ROUTE_LIMIT = 'maxInFlight';

/** A tighter bound for one route (e.g. uploads, which hold a file in memory): at most `n` per user at once. */
export const MaxInFlight = (n: number) => SetMetadata(ROUTE_LIMIT, n);

export const TOO_MANY_IN_FLIGHT = '同时进行的请求过多，请等待当前操作完成后再试';

@Injectable()
export class InFlightLimitInterceptor implements NestInterceptor {
  private readonly running = new Map<string, number>();

  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const user = context.switchToHttp().getRequest<Request & { user?: AuthUser }>().user;
    if (!user) return next.handle();
    const routeLimit = this.reflector.get<number | undefined>(ROUTE_LIMIT, context.getHandler());
    const slots: [string, number][] = [[`user:${user.id}`, MAX_IN_FLIGHT_PER_USER]];
    if (routeLimit) slots.push([`user:${user.id}:${context.getClass().name}.${context.getHandler().name}`, routeLimit]);
    if (slots.some(([key, limit]) => (this.running.get(key) ?? 0) >= limit)) throw tooManyRequests(TOO_MANY_IN_FLIGHT);
    for (const [key] of slots) this.running.set(key, (this.running.get(key) ?? 0) + 1);
    return next.handle().pipe(
      finalize(() => {
        for (const [key] of slots) {
          const left = (this.running.get(key) ?? 1) - 1;
          if (left > 0) this.running.set(key, left);
          else this.running.delete(key);
        }
      }),
    );
  }
}

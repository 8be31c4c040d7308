import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthUser } from '../identity/current-user.ts';
import type { TokenPayload } from './tokens.service.ts';

/** What the guard attaches to the request of a signed-in user. */
export interface SignedIn {
  user: AuthUser;
  token: TokenPayload;
}

/** The verified bearer token of the request (logout revokes it). */
export const CurrentToken = createParamDecorator((_: unknown, ctx: ExecutionContext): TokenPayload => {
  return ctx.switchToHttp().getRequest<SignedIn>().token;
});

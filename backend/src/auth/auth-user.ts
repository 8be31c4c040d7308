import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '../generated/prisma/enums.ts';
import type { TokenPayload } from './tokens.service.ts';

export type { Role };

/** The signed-in user as every service sees it. */
export interface AuthUser {
  id: number;
  username: string;
  role: Role;
  unitId: number | null;
  displayName: string | null;
}

export const ROLES_KEY = 'roles';
export const PUBLIC_KEY = 'public';

/** Roles allowed on a route (method-level overrides class-level). No decorator: any signed-in user. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Anyone signed in may read; only the office writes. */
export const READERS: Role[] = ['ADMIN', 'LEADER', 'UNIT'];

/** What the guard attaches to the request of a signed-in user. */
export interface SignedIn {
  user: AuthUser;
  token: TokenPayload;
}

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  return ctx.switchToHttp().getRequest<SignedIn>().user;
});

/** The verified bearer token of the request (logout revokes it). */
export const CurrentToken = createParamDecorator((_: unknown, ctx: ExecutionContext): TokenPayload => {
  return ctx.switchToHttp().getRequest<SignedIn>().token;
});

/** For UNIT users: the only unit they may see. Null for office roles (no restriction). */
export function scopedUnitId(user: AuthUser): number | null {
  return user.role === 'UNIT' ? (user.unitId ?? -1) : null;
}

/** Whether the user may see what belongs to this unit (office roles see every unit). */
export function canSeeUnit(user: AuthUser, unitId: number | null | undefined): boolean {
  const scope = scopedUnitId(user);
  return scope === null || unitId === scope;
}

// Who is asking, as every feature sees it: the signed-in user, the role decorators the auth guard enforces and
// the unit scope of a UNIT user. The auth folder signs users in and attaches them; features import only this.
import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '../generated/prisma/enums.ts';

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

/** The signed-in user the auth guard attached to the request (a public route has none). */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  return ctx.switchToHttp().getRequest<{ user: AuthUser }>().user;
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

import { type CanActivate, type ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { forbidden } from '../common/errors.ts';
import { PUBLIC_KEY, type Role, ROLES_KEY } from '../identity/current-user.ts';
import type { SignedIn } from './signed-in.ts';
import { AuthService } from './auth.service.ts';

/** Global guard: a valid bearer token on every route but the public ones, then the route's roles. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const req = context.switchToHttp().getRequest<Request & SignedIn>();
    const header = req.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    const session = token ? await this.auth.authenticate(token) : null;
    if (!session) throw new UnauthorizedException({ statusCode: 401, message: '请先登录，或登录已过期' });
    const { user } = session;
    req.user = user;
    req.token = session.token;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(user.role)) throw forbidden();
    return true;
  }
}

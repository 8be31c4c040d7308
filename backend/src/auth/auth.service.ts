import { HttpException, HttpStatus, Injectable, UnauthorizedException } from '@nestjs/common';
import { AuditTrail } from '../audit-events/audit-trail.service.ts';
import { ValidationFailed } from '../common/errors.ts';
import type { User } from '../generated/prisma/client.ts';
import { UsersRepository } from '../users/users.repository.ts';
import type { AuthUser } from './auth-user.ts';
import type { ChangePasswordDto, LoginDto } from './auth.dto.ts';
import { LoginFailuresRepository } from './login-failures.repository.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { TokensService } from './tokens.service.ts';
import { Clock } from '../clock/clock.ts';
import { PrismaService } from '../database/prisma.service.ts';

/** Failed attempts allowed per window, per user name and per client address. */
export const LOGIN_LIMITS = { perUser: 5, perAddress: 20, windowMinutes: 15 };

export const toAuthUser = (u: User): AuthUser => ({
  id: u.id,
  username: u.username,
  role: u.role,
  unitId: u.unitId,
  displayName: u.displayName,
});

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly failures: LoginFailuresRepository,
    private readonly tokens: TokensService,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    private readonly prisma: PrismaService,
  ) {}

  async login(dto: LoginDto, address: string) {
    const keys = [`user:${dto.username.toLowerCase()}`, `addr:${address}`];
    const since = new Date(this.clock.nowMs() - LOGIN_LIMITS.windowMinutes * 60_000);
    const [byUser, byAddress] = await Promise.all(keys.map((k) => this.failures.count(k, since)));
    if (byUser >= LOGIN_LIMITS.perUser || byAddress >= LOGIN_LIMITS.perAddress) {
      throw new HttpException(
        { statusCode: 429, message: `登录失败次数过多，请 ${LOGIN_LIMITS.windowMinutes} 分钟后再试` },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    const user = await this.users.findByUsername(dto.username);
    const ok = user !== null && user.active && (await verifyPassword(dto.password, user.passwordHash));
    if (!ok) {
      await this.failures.add(keys);
      throw new UnauthorizedException({ statusCode: 401, message: '用户名或密码错误' });
    }
    await this.failures.clear(keys[0], since);
    await this.prisma.transaction((tx) => this.audit.record(tx, toAuthUser(user), 'LOGIN', 'auth', user.id, user.unitId, null, null));
    return { token: await this.tokens.sign(user), user: toAuthUser(user) };
  }

  /** The user behind a bearer token, if the token is valid and not revoked. */
  async authenticate(token: string): Promise<AuthUser | null> {
    const payload = await this.tokens.verify(token);
    if (!payload) return null;
    const user = await this.users.findById(payload.sub);
    if (!user || !user.active || user.tokenVersion !== payload.ver) return null;
    return toAuthUser(user);
  }

  /** Changes the caller's password; other sessions end, the caller gets a fresh token. */
  async changePassword(actor: AuthUser, dto: ChangePasswordDto) {
    const user = await this.users.findById(actor.id);
    if (!user || !(await verifyPassword(dto.currentPassword, user.passwordHash))) {
      throw new ValidationFailed({ currentPassword: '原密码不正确' });
    }
    const passwordHash = await hashPassword(dto.newPassword);
    const updated = await this.prisma.transaction(async (tx) => {
      const changed = await this.users.update(tx, user.id, { passwordHash, tokenVersion: { increment: 1 } });
      await this.audit.record(tx, actor, 'CHANGE_PASSWORD', 'users', user.id, user.unitId, null, null);
      return changed;
    });
    return { token: await this.tokens.sign(updated), user: toAuthUser(updated) };
  }
}

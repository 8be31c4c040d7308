import { Injectable, UnauthorizedException } from '@nestjs/common';
import { AuditTrail } from '../audit-events/audit-trail.service.ts';
import { Clock } from '../clock/clock.ts';
import { ValidationFailed } from '../common/errors.ts';
import type { User } from '../generated/prisma/client.ts';
import { UsersRepository } from '../users/users.repository.ts';
import type { AuthUser } from '../identity/current-user.ts';
import type { ChangePasswordDto, LoginDto } from './auth.dto.ts';
import { LOGIN_LIMITS, LoginAttempts } from './login-attempts.ts';
import { passwordProblem } from '../identity/password-policy.ts';
import { hashPassword, verifyPassword } from '../identity/passwords.ts';
import { RevokedTokensRepository } from './revoked-tokens.repository.ts';
import { type TokenPayload, TokensService } from './tokens.service.ts';
import { TransactionRunner } from '../database/transaction-runner.ts';

export { LOGIN_LIMITS };

/** A bcrypt hash of nothing anyone knows (same cost as real ones): unknown user names cost a check too. */
const DUMMY_HASH = '$2b$10$NKRV.tR5vhTJxmFi/GBEc.mN8GYs9BnZ9hqlfAEvInVdmPnTivp.u';

export const toAuthUser = (u: Pick<User, 'id' | 'username' | 'role' | 'unitId' | 'displayName'>): AuthUser => ({
  id: u.id,
  username: u.username,
  role: u.role,
  unitId: u.unitId,
  displayName: u.displayName,
});

@Injectable()
export class AuthService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly users: UsersRepository,
    private readonly attempts: LoginAttempts,
    private readonly tokens: TokensService,
    private readonly revoked: RevokedTokensRepository,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  async login(dto: LoginDto, address: string) {
    const name = dto.username.toLowerCase();
    const pair = `pair:${name}@${address}`;
    const attempt = await this.attempts.begin(
      [
        { key: pair, max: LOGIN_LIMITS.perUserAndAddress },
        { key: `user:${name}`, max: LOGIN_LIMITS.perUser },
        { key: `addr:${address}`, max: LOGIN_LIMITS.perAddress },
      ],
      '登录失败次数过多',
    );
    const user = await this.users.findByUsername(dto.username);
    const matches = await verifyPassword(dto.password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !user.active || !matches) throw new UnauthorizedException({ statusCode: 401, message: '用户名或密码错误' });
    return this.transactions.run(async (tx) => {
      await this.attempts.succeeded(tx, attempt, [pair]);
      await this.audit.record(tx, { user: toAuthUser(user), action: 'LOGIN', resource: 'auth', recordId: user.id, unitId: user.unitId });
      return { token: await this.tokens.sign(user), user: toAuthUser(user) };
    });
  }

  /** The user behind a bearer token, if the token is valid and not revoked. */
  async authenticate(token: string): Promise<{ user: AuthUser; token: TokenPayload } | null> {
    const payload = await this.tokens.verify(token);
    if (!payload) return null;
    const user = await this.revoked.holder(payload.sub, payload.jti);
    if (!user || !user.active || user.tokenVersion !== payload.ver || user.revoked) return null;
    return { user: toAuthUser(user), token: payload };
  }

  /** Ends the session of this token (the user's other sessions go on). */
  async logout(actor: AuthUser, token: TokenPayload): Promise<void> {
    await this.transactions.run(async (tx) => {
      await this.revoked.revoke(tx, token.jti, new Date(token.exp * 1000), this.clock.now());
      await this.audit.record(tx, { user: actor, action: 'LOGOUT', resource: 'auth', recordId: actor.id, unitId: actor.unitId });
    });
  }

  /** Changes the caller's password; other sessions end, the caller gets a fresh token. */
  async changePassword(actor: AuthUser, dto: ChangePasswordDto) {
    const weak = passwordProblem(dto.newPassword, actor.username);
    if (weak) throw new ValidationFailed({ newPassword: weak });
    const key = `password:${actor.id}`;
    const attempt = await this.attempts.begin([{ key, max: LOGIN_LIMITS.passwordChange }], '原密码输错次数过多');
    const user = await this.users.findById(actor.id);
    if (!user || !(await verifyPassword(dto.currentPassword, user.passwordHash))) {
      throw new ValidationFailed({ currentPassword: '原密码不正确' });
    }
    const passwordHash = await hashPassword(dto.newPassword);
    const updated = await this.transactions.run(async (tx) => {
      await this.attempts.succeeded(tx, attempt, [key]);
      const after = await this.users.update(tx, user.id, { passwordHash, tokenVersion: { increment: 1 } });
      await this.audit.record(tx, { user: actor, action: 'CHANGE_PASSWORD', resource: 'users', recordId: user.id, unitId: user.unitId });
      return after;
    });
    return { token: await this.tokens.sign(updated), user: toAuthUser(updated) };
  }
}

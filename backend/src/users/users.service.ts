import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../identity/current-user.ts';
import { passwordProblem } from '../identity/password-policy.ts';
import { hashPassword } from '../identity/passwords.ts';
import { AuditTrail } from '../audit-events/audit-trail.service.ts';
import { Clock } from '../clock/clock.ts';
import { conflict, invalid, notFound, ValidationFailed } from '../common/errors.ts';
import { Page, type ListQuery } from '../common/list-query.ts';
import { type Db, PrismaService, type Tx } from '../database/prisma.service.ts';
import { UsersRepository } from './users.repository.ts';
import { type CreateUserDto, toUserResponse, type UpdateUserDto, type UserFilter } from './users.dto.ts';
import { TransactionRunner } from '../database/transaction-runner.ts';

@Injectable()
export class UsersService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly repo: UsersRepository,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  async list(q: ListQuery<UserFilter>) {
    const { items, total } = await this.repo.list(q);
    return new Page('users', items.map(toUserResponse), total, q.skip);
  }

  async get(id: number) {
    const user = await this.repo.findById(id);
    if (!user) throw notFound('用户');
    return toUserResponse(user);
  }

  async create(dto: CreateUserDto, actor: AuthUser | null) {
    const user = await this.audit.create({
      user: actor,
      resource: 'users',
      work: async (tx) => {
        if (await this.repo.findByUsername(dto.username, tx)) throw new ValidationFailed({ username: '用户名已存在' });
        await this.requireUnit(tx, dto.unitId);
        const { password, ...rest } = dto;
        return this.repo.create(tx, { ...rest, passwordHash: await hashPassword(password), createdAt: this.clock.now() });
      },
    });
    return toUserResponse(user);
  }

  async update(id: number, dto: UpdateUserDto, actor: AuthUser) {
    const user = await this.audit.update({
      user: actor,
      resource: 'users',
      load: (tx) => this.lockedUser(tx, id),
      work: async (tx, before) => {
        const role = dto.role ?? before.role;
        const unitId = dto.unitId === undefined ? before.unitId : dto.unitId;
        if (role === 'UNIT' && !unitId) throw invalid('unitId', '单位联系人必须指定所属单位');
        if (role !== 'UNIT' && unitId) throw invalid('unitId', '只有单位联系人可以指定所属单位');
        await this.requireUnit(tx, unitId);
        const weak = dto.password ? passwordProblem(dto.password, before.username) : null;
        if (weak) throw invalid('password', weak);
        const losesAdmin = before.role === 'ADMIN' && (role !== 'ADMIN' || dto.active === false);
        if (losesAdmin && before.active && (await this.repo.lockAndCountActiveAdmins(tx)) <= 1) throw conflict('不能停用或降级最后一位管理员');
        const { password, ...rest } = dto;
        return this.repo.update(tx, id, {
          ...rest,
          unitId,
          ...(password ? { passwordHash: await hashPassword(password), tokenVersion: { increment: 1 } } : {}),
          // Revoke sessions of a user whose role or access changed.
          ...(dto.active === false || role !== before.role ? { tokenVersion: { increment: 1 } } : {}),
        });
      },
    });
    return toUserResponse(user);
  }

  async delete(id: number, actor: AuthUser) {
    if (id === actor.id) throw conflict('不能删除自己的账号');
    const user = await this.audit.delete({
      user: actor,
      resource: 'users',
      load: (tx) => this.lockedUser(tx, id),
      work: async (tx, before) => {
        if (before.role === 'ADMIN' && before.active && (await this.repo.lockAndCountActiveAdmins(tx)) <= 1) {
          throw conflict('不能删除最后一位管理员');
        }
        await this.repo.delete(tx, id);
      },
    });
    return toUserResponse(user);
  }

  /**
   * Start-up recovery when no administrator is active (all deactivated, demoted or deleted): `admin` is
   * re-created or re-activated with `password` (ADMIN_PASSWORD, or a generated one printed once).
   */
  async restoreAdmin(password: string): Promise<'created' | 'restored' | 'present'> {
    return this.transactions.run(async (tx) => {
      if ((await this.repo.lockAndCountActiveAdmins(tx)) > 0) return 'present';
      const passwordHash = await hashPassword(password);
      const existing = await this.repo.findByUsername('admin', tx);
      const data = { role: 'ADMIN' as const, unitId: null, active: true, passwordHash };
      const user = existing
        ? await this.repo.update(tx, existing.id, { ...data, tokenVersion: { increment: 1 } })
        : await this.repo.create(tx, { ...data, username: 'admin', displayName: '信用办管理员', createdAt: this.clock.now() });
      const view = toUserResponse(user);
      await this.audit.record(tx, {
        user: null,
        action: existing ? 'RESTORE_ADMIN' : 'CREATE',
        resource: 'users',
        recordId: user.id,
        before: existing ? toUserResponse(existing) : null,
        after: view,
      });
      return existing ? 'restored' : 'created';
    });
  }

  /** The user row, after the administrators' lock: every change of a user is serialised with the others. */
  private async lockedUser(tx: Tx, id: number) {
    await this.repo.lockAndCountActiveAdmins(tx);
    return this.repo.findById(id, tx);
  }

  private async requireUnit(db: Db, unitId: number | null) {
    if (unitId !== null && !(await this.repo.unitExists(db, unitId))) throw invalid('unitId', '单位不存在');
  }
}

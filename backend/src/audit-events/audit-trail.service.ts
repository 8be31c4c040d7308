// Every write of the system goes through here: the change and its audit event commit together.
import { Injectable } from '@nestjs/common';
import { PrismaService, type Tx } from '../database/prisma.service.ts';
import type { AuthUser } from '../identity/current-user.ts';
import { notFound } from '../common/errors.ts';
import { AuditEventsRepository } from './audit-events.repository.ts';
import { Clock } from '../clock/clock.ts';

/** Which field of the record names the unit it belongs to (a unit itself: 'id'); scopes the audit log. */
export type UnitField = 'id' | 'unitId';
const unitOf = (record: AuditedRecord, field?: UnitField): number | null => {
  const value = field ? (record as unknown as Record<string, unknown>)[field] : null;
  return typeof value === 'number' ? value : null;
};

export interface AuditedRecord {
  id: number | string;
}

@Injectable()
export class AuditTrail {
  constructor(
    private readonly prisma: PrismaService,
    private readonly events: AuditEventsRepository,
    private readonly clock: Clock,
  ) {}

  create<T extends AuditedRecord>(user: AuthUser | null, resource: string, work: (tx: Tx) => PromiseLike<T>, unitField?: UnitField) {
    return this.prisma.transaction(async (tx) => {
      const after = await work(tx);
      await this.record(tx, user, 'CREATE', resource, after.id, unitOf(after, unitField), null, after);
      return after;
    });
  }

  /** Loads the record (404 if `load` finds none), applies `work`, records before and after. */
  update<T extends AuditedRecord>(
    user: AuthUser | null,
    resource: string,
    load: (tx: Tx) => PromiseLike<T | null>,
    work: (tx: Tx, before: T) => PromiseLike<T>,
    unitField?: UnitField,
    action = 'UPDATE',
  ) {
    return this.prisma.transaction(async (tx) => {
      const before = await load(tx);
      if (!before) throw notFound();
      const after = await work(tx, before);
      await this.record(tx, user, action, resource, after.id, unitOf(after, unitField), before, after);
      return after;
    });
  }

  delete<T extends AuditedRecord>(
    user: AuthUser | null,
    resource: string,
    load: (tx: Tx) => PromiseLike<T | null>,
    work: (tx: Tx, before: T) => PromiseLike<unknown>,
    unitField?: UnitField,
  ) {
    return this.prisma.transaction(async (tx) => {
      const before = await load(tx);
      if (!before) throw notFound();
      await work(tx, before);
      await this.record(tx, user, 'DELETE', resource, before.id, unitOf(before, unitField), before, null);
      return before;
    });
  }

  /** For writes with a shape of their own (login, password change, decisions). */
  record(
    tx: Tx,
    user: AuthUser | null,
    action: string,
    resource: string,
    recordId: number | string,
    unitId: number | null,
    before: unknown,
    after: unknown,
  ) {
    return this.events.create(tx, {
      userId: user?.id ?? null,
      username: user?.username ?? null,
      action,
      resource,
      recordId: String(recordId),
      unitId,
      before,
      after,
      at: this.clock.now(),
    });
  }
}

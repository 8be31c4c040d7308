// Every write of the system goes through here: the change and its audit event commit together.
import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/prisma.service.ts';
import { TransactionRunner } from '../database/transaction-runner.ts';
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

/** Who writes which resource; `unitField` names the record's unit for the log's scope. */
interface AuditedWrite {
  user: AuthUser | null;
  resource: string;
  unitField?: UnitField;
  /** A write that is long by nature (a data file of 100,000 rows) may hold its transaction this long. */
  timeoutMs?: number;
}

/** One event, for writes with a shape of their own (login, password change, decisions, sweeps). */
export interface AuditEventInput {
  user: AuthUser | null;
  action: string;
  resource: string;
  recordId: number | string;
  /** The unit the event belongs to (null: none). */
  unitId?: number | null;
  before?: unknown;
  after?: unknown;
}

@Injectable()
export class AuditTrail {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly events: AuditEventsRepository,
    private readonly clock: Clock,
  ) {}

  create<T extends AuditedRecord>(o: AuditedWrite & { work: (tx: Tx) => PromiseLike<T> }) {
    return this.transactions.run(async (tx) => {
      const after = await o.work(tx);
      await this.record(tx, { ...this.of(o, 'CREATE', after), after });
      return after;
    }, o.timeoutMs);
  }

  /** Loads the record (404 if `load` finds none), applies `work`, records before and after as `action`. */
  update<T extends AuditedRecord>(
    o: AuditedWrite & { load: (tx: Tx) => PromiseLike<T | null>; work: (tx: Tx, before: T) => PromiseLike<T>; action?: string },
  ) {
    return this.transactions.run(async (tx) => {
      const before = await o.load(tx);
      if (!before) throw notFound();
      const after = await o.work(tx, before);
      await this.record(tx, { ...this.of(o, o.action ?? 'UPDATE', after), before, after });
      return after;
    });
  }

  delete<T extends AuditedRecord>(o: AuditedWrite & { load: (tx: Tx) => PromiseLike<T | null>; work: (tx: Tx, before: T) => PromiseLike<unknown> }) {
    return this.transactions.run(async (tx) => {
      const before = await o.load(tx);
      if (!before) throw notFound();
      await o.work(tx, before);
      await this.record(tx, { ...this.of(o, 'DELETE', before), before });
      return before;
    });
  }

  /** Records one event in the caller's transaction. */
  record(tx: Tx, e: AuditEventInput) {
    return this.events.create(tx, {
      userId: e.user?.id ?? null,
      username: e.user?.username ?? null,
      action: e.action,
      resource: e.resource,
      recordId: String(e.recordId),
      unitId: e.unitId ?? null,
      before: e.before ?? null,
      after: e.after ?? null,
      at: this.clock.now(),
    });
  }

  private of(o: AuditedWrite, action: string, record: AuditedRecord): AuditEventInput {
    return { user: o.user, action, resource: o.resource, recordId: record.id, unitId: unitOf(record, o.unitField) };
  }
}

// Every write of the system goes through here: the change and its audit event commit together.
import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/prisma.service.ts';
import { TransactionRunner } from '../database/transaction-runner.ts';
import type { AuthUser } from '../identity/current-user.ts';
import { conflict, type FieldErrors, notFound } from '../common/errors.ts';
import { HttpException } from '@nestjs/common';
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

  /**
   * A bulk write: `work` for each item in ONE transaction, each with its own event (`action`, CREATE by default).
   * All or nothing: an item refused (a 4xx of its own) is reported under `<field>.<index>` with the item's name,
   * every other item is still checked, and if any was refused nothing is kept (409 listing them all).
   */
  createEach<I, T extends AuditedRecord>(
    o: AuditedWrite & { items: readonly I[]; field: string; name: (item: I) => string | Promise<string>; action?: string; work: (tx: Tx, item: I) => PromiseLike<T> },
  ): Promise<T[]> {
    return this.transactions.run(async (tx) => {
      const done: T[] = [];
      const errors: FieldErrors = {};
      for (const [i, item] of o.items.entries()) {
        try {
          const after = await o.work(tx, item);
          await this.record(tx, { ...this.of(o, o.action ?? 'CREATE', after), after });
          done.push(after);
        } catch (error) {
          if (!(error instanceof HttpException) || error.getStatus() >= 500) throw error;
          errors[`${o.field}.${i}`] = `${await o.name(item)}：${messageOf(error)}`;
        }
      }
      const refused = Object.keys(errors).length;
      if (refused > 0) throw conflict(`所选 ${o.items.length} 项中有 ${refused} 项不能办理，全部未办理，请取消勾选这些项后重试`, errors);
      return done;
    }, o.timeoutMs);
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

function messageOf(error: HttpException): string {
  const body = error.getResponse() as { message?: unknown; errors?: Record<string, string> } | string;
  if (typeof body === 'string') return body;
  const field = body.errors ? Object.values(body.errors)[0] : undefined;
  return String(field ?? body.message ?? error.message);
}

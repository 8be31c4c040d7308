// Rankings are read far more often than the data behind them changes: a computed ranking is kept until a
// change to what it is computed from (obligations, units, contacts, streams, scoring rules, records and their
// reviews, on any instance: the changes are recorded in the database) commits after the snapshot it was
// computed under, until the next due time in its range passes (PENDING turns OVERDUE), or for RANKING_MAX_AGE.
import { Injectable } from '@nestjs/common';

interface Entry<T> {
  snapshot: string;
  expiresAt: number;
  value: T;
}

const MAX_ENTRIES = 64;
/** The longest an entry lives; the change rows are kept well beyond it (see ComplianceService). */
export const RANKING_MAX_AGE_MS = 10 * 60_000;

/** Asks the database: the snapshot to compute under now, and whether anything changed since `since`. */
export type Freshness = (since: string | null) => Promise<{ snapshot: string; changed: boolean }>;

@Injectable()
export class RankingCache {
  private readonly entries = new Map<string, Entry<unknown>>();

  /** The cached value for `key` while nothing changed since its snapshot and it has not expired, else `compute()`'s. */
  async get<T>(key: string, now: number, freshness: Freshness, compute: () => Promise<{ value: T; expiresAt: number }>): Promise<T> {
    const hit = this.entries.get(key) as Entry<T> | undefined;
    const live = hit && now < hit.expiresAt ? hit : undefined;
    const { snapshot, changed } = await freshness(live?.snapshot ?? null);
    if (live && !changed) return live.value;
    const { value, expiresAt } = await compute();
    this.entries.delete(key);
    this.entries.set(key, { snapshot, expiresAt: Math.min(expiresAt, now + RANKING_MAX_AGE_MS), value });
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}

// Rankings are read far more often than the data behind them changes: a computed ranking is kept until a
// change to what it is computed from (obligations, units, contacts, streams, scoring rules, records and their
// reviews, on any instance: the changes are recorded in the database) commits after the snapshot it was
// computed under, until the next due time in its range passes (PENDING turns OVERDUE), or for RANKING_MAX_AGE.
// After a change, an `update` may bring the entry up to date from what changed (a few units' rows) instead of
// computing it whole; it answers under its own snapshot, and the entry keeps the age of its last whole computation.
import { Injectable } from '@nestjs/common';

interface Entry<T> {
  snapshot: string;
  expiresAt: number;
  /** When it was last computed whole: RANKING_MAX_AGE counts from then, whatever updates followed. */
  computedAt: number;
  value: T;
}

const MAX_ENTRIES = 64;
/** The longest an entry lives; the change rows are kept well beyond it (see ComplianceService). */
export const RANKING_MAX_AGE_MS = 10 * 60_000;

/** Asks the database: the snapshot to compute under now, and whether anything changed since `since`. */
export type Freshness = (since: string | null) => Promise<{ snapshot: string; changed: boolean }>;

/** A whole computation: the value, and until when no status in it changes by itself. */
export type Compute<T> = () => Promise<{ value: T; expiresAt: number }>;

/**
 * `previous` (cached under snapshot `since`) brought up to date: the value as of `snapshot`, which the update
 * read everything under; or null when it cannot (too much changed), and the value is computed whole.
 */
export type Update<T> = (previous: T, since: string) => Promise<{ value: T; expiresAt: number; snapshot: string } | null>;

/** A lookup of one key running, and at most one queued behind it. */
interface Rounds {
  running: Promise<Entry<unknown>>;
  queued: Promise<Entry<unknown>> | null;
}

@Injectable()
export class RankingCache {
  private readonly entries = new Map<string, Entry<unknown>>();
  private readonly rounds = new Map<string, Rounds>();

  /**
   * The cached value for `key` while nothing changed since its snapshot and it has not expired, else `compute()`'s.
   * Readers of one key arriving while its lookup runs share the next lookup, which starts after that one ends
   * (so after they arrived: it sees every commit they could have seen): under load one freshness check, and
   * after a write one computation, serve them all, instead of one each.
   */
  async get<T>(key: string, now: number, freshness: Freshness, compute: Compute<T>, update?: Update<T>): Promise<T> {
    const entry = (await this.inRound(key, () => this.lookup(key, now, freshness, compute, update))) as Entry<T>;
    // A round begun by an earlier reader holds statuses as of its time: past its expiry, look up alone.
    return now < entry.expiresAt ? entry.value : (await this.lookup(key, now, freshness, compute, update)).value;
  }

  private inRound(key: string, run: () => Promise<Entry<unknown>>): Promise<Entry<unknown>> {
    const rounds = this.rounds.get(key);
    if (rounds?.queued) return rounds.queued;
    const settle = (p: Promise<Entry<unknown>>) => {
      void p.catch(() => undefined).then(() => {
        const r = this.rounds.get(key);
        if (r?.running === p && !r.queued) this.rounds.delete(key);
      });
      return p;
    };
    if (!rounds) {
      const running = run();
      this.rounds.set(key, { running, queued: null });
      return settle(running);
    }
    const queued: Promise<Entry<unknown>> = rounds.running.catch(() => undefined).then(() => {
      rounds.running = queued;
      rounds.queued = null;
      return run();
    });
    rounds.queued = queued;
    return settle(queued);
  }

  private async lookup<T>(key: string, now: number, freshness: Freshness, compute: Compute<T>, update?: Update<T>): Promise<Entry<T>> {
    const hit = this.entries.get(key) as Entry<T> | undefined;
    const live = hit && now < hit.expiresAt ? hit : undefined;
    const { snapshot, changed } = await freshness(live?.snapshot ?? null);
    if (live && !changed) return live;
    const updated = live && update ? await update(live.value, live.snapshot) : null;
    const computedAt = updated ? live!.computedAt : now;
    const { value, expiresAt } = updated ?? (await compute());
    const entry = { snapshot: updated?.snapshot ?? snapshot, expiresAt: Math.min(expiresAt, computedAt + RANKING_MAX_AGE_MS), computedAt, value };
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    return entry;
  }
}

// Rankings are read far more often than the data behind them changes: a computed ranking is kept until the
// data version moves (any write to obligations, units, contacts, streams or scoring rules, on any instance:
// the version lives in the database) or until the next due time in its range passes (PENDING turns OVERDUE).
import { Injectable } from '@nestjs/common';

interface Entry<T> {
  version: bigint;
  expiresAt: number;
  value: T;
}

const MAX_ENTRIES = 64;

@Injectable()
export class RankingCache {
  private readonly entries = new Map<string, Entry<unknown>>();

  /**
   * The cached value for `key` if still valid at `version`, else `compute()`'s. The version must be read
   * BEFORE computing: data committed meanwhile then only causes one more recomputation, never a stale hit.
   */
  async get<T>(key: string, version: bigint, now: number, compute: () => Promise<{ value: T; expiresAt: number }>): Promise<T> {
    const hit = this.entries.get(key) as Entry<T> | undefined;
    if (hit && hit.version === version && now < hit.expiresAt) return hit.value;
    const { value, expiresAt } = await compute();
    this.entries.delete(key);
    this.entries.set(key, { version, expiresAt, value });
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}

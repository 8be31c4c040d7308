import { describe, expect, it } from '@jest/globals';
import { RANKING_MAX_AGE_MS, RankingCache, type Freshness } from './ranking-cache.ts';

/** A database stand-in: snapshots are numbers; a change is "visible now but not to `since`" when since < version. */
const database = () => {
  let version = 1;
  const asked: (string | null)[] = [];
  const freshness: Freshness = async (since) => {
    asked.push(since);
    return { snapshot: String(version), changed: since === null || Number(since) < version };
  };
  return { freshness, asked, write: () => version++ };
};
const counting = () => {
  let calls = 0;
  return { compute: async () => ({ value: ++calls, expiresAt: 1000 }), calls: () => calls };
};

describe('RankingCache', () => {
  it('serves a hit while nothing changed since its snapshot and it has not expired', async () => {
    const cache = new RankingCache();
    const db = database();
    const c = counting();
    expect(await cache.get('q', 0, db.freshness, c.compute)).toBe(1);
    expect(await cache.get('q', 999, db.freshness, c.compute)).toBe(1);
    expect(c.calls()).toBe(1);
    expect(db.asked).toEqual([null, '1']);
  });

  it.each<[string, (db: ReturnType<typeof database>) => void, number]>([
    ['a change committed after its snapshot', (db) => db.write(), 10],
    ['the next due time passing', () => undefined, 1000],
    ['its maximum age', () => undefined, RANKING_MAX_AGE_MS + 1],
  ])('recomputes after %s', async (_, act, now) => {
    const cache = new RankingCache();
    const db = database();
    const c = { compute: async () => ({ value: 'x', expiresAt: Number.POSITIVE_INFINITY }) };
    let calls = 0;
    const compute = async () => (calls++, c.compute());
    await cache.get('q', 0, db.freshness, now === 1000 ? async () => (calls++, { value: 'x', expiresAt: 1000 }) : compute);
    act(db);
    await cache.get('q', now, db.freshness, compute);
    expect(calls).toBe(2);
  });

  it('caches under the snapshot taken before computing: a write during the computation forces the next one', async () => {
    const cache = new RankingCache();
    const db = database();
    let calls = 0;
    const compute = async () => {
      calls++;
      if (calls === 1) db.write(); // committed while the first computation ran
      return { value: calls, expiresAt: 1000 };
    };
    expect(await cache.get('q', 0, db.freshness, compute)).toBe(1);
    expect(await cache.get('q', 1, db.freshness, compute)).toBe(2);
    expect(await cache.get('q', 2, db.freshness, compute)).toBe(2);
  });

  it('readers arriving during a lookup share the next one, begun after they arrived: one check, one computation', async () => {
    const cache = new RankingCache();
    const db = database();
    let calls = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const compute = async () => {
      calls++;
      if (calls === 1) await gate;
      return { value: calls, expiresAt: 1000 };
    };
    const first = cache.get('q', 0, db.freshness, compute);
    while (calls === 0) await new Promise((resolve) => setImmediate(resolve));
    db.write(); // after the first lookup's snapshot, before the next readers arrive: they must see it
    const later = [1, 2, 3].map(() => cache.get('q', 1, db.freshness, compute));
    release();
    expect(await first).toBe(1);
    expect(await Promise.all(later)).toEqual([2, 2, 2]);
    expect(calls).toBe(2);
    expect(db.asked).toEqual([null, '1']);
    expect(await cache.get('q', 2, db.freshness, compute)).toBe(2); // and alone again afterwards
    expect(db.asked).toEqual([null, '1', '2']);
  });

  it('a reader past the expiry of the shared lookup looks up alone', async () => {
    const cache = new RankingCache();
    const db = database();
    let calls = 0;
    const compute = async () => ({ value: ++calls, expiresAt: 5 });
    // The second and third share a lookup begun for the second (at 0): it finds the first's value, live until 5.
    const got = await Promise.all([0, 0, 7].map((now) => cache.get('q', now, db.freshness, compute)));
    expect(got).toEqual([1, 1, 2]);
  });

  it('keeps keys apart and forgets the oldest beyond its size', async () => {
    const cache = new RankingCache();
    const db = database();
    const c = counting();
    for (let i = 0; i < 65; i++) await cache.get(`k${i}`, 0, db.freshness, c.compute);
    expect(c.calls()).toBe(65);
    await cache.get('k64', 0, db.freshness, c.compute);
    expect(c.calls()).toBe(65);
    await cache.get('k0', 0, db.freshness, c.compute);
    expect(c.calls()).toBe(66);
  });

  describe('with an update', () => {
    /** An update that adds the version it read under to the value, answering under that version's snapshot. */
    const updating = (db: ReturnType<typeof database>, refuse = () => false) => {
      const seen: [number, string][] = [];
      const update = async (previous: number, since: string) => {
        seen.push([previous, since]);
        if (refuse()) return null;
        const snapshot = String(db.write() + 1); // a commit lands before the update reads: it answers under the later one
        return { value: previous + 100, expiresAt: Number.POSITIVE_INFINITY, snapshot };
      };
      return { update, seen };
    };

    it('brings the entry up to date after a change instead of computing it whole, under the snapshot it read', async () => {
      const cache = new RankingCache();
      const db = database();
      const c = counting();
      const u = updating(db);
      expect(await cache.get('q', 0, db.freshness, c.compute, u.update)).toBe(1);
      expect(u.seen).toEqual([]); // nothing cached yet: computed whole
      db.write();
      expect(await cache.get('q', 1, db.freshness, c.compute, u.update)).toBe(101);
      expect(u.seen).toEqual([[1, '1']]);
      // Cached under the update's snapshot (3), not the freshness check's (2): no change since, a hit.
      expect(await cache.get('q', 2, db.freshness, c.compute, u.update)).toBe(101);
      expect(db.asked.at(-1)).toBe('3');
      expect(c.calls()).toBe(1);
    });

    it('computes whole when the update cannot, and when the entry has expired', async () => {
      const cache = new RankingCache();
      const db = database();
      let calls = 0;
      const compute = async () => ({ value: ++calls, expiresAt: 1000 * calls }); // the n-th lives until n seconds
      let refusing = true;
      const u = updating(db, () => refusing);
      await cache.get('q', 0, db.freshness, compute, u.update);
      db.write();
      expect(await cache.get('q', 1, db.freshness, compute, u.update)).toBe(2);
      refusing = false;
      db.write();
      expect(await cache.get('q', 2000, db.freshness, compute, u.update)).toBe(3); // past the second's expiry
      expect(u.seen).toEqual([[1, '1']]);
    });

    it('keeps the age of the last whole computation: updates do not extend it past RANKING_MAX_AGE', async () => {
      const cache = new RankingCache();
      const db = database();
      let calls = 0;
      const compute = async () => ({ value: ++calls * 1000, expiresAt: Number.POSITIVE_INFINITY });
      const u = updating(db);
      await cache.get('q', 0, db.freshness, compute, u.update);
      db.write();
      expect(await cache.get('q', RANKING_MAX_AGE_MS - 1, db.freshness, compute, u.update)).toBe(1100);
      expect(await cache.get('q', RANKING_MAX_AGE_MS, db.freshness, compute, u.update)).toBe(2000);
      expect(calls).toBe(2);
    });
  });
});

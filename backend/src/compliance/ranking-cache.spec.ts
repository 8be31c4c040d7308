import { describe, expect, it } from '@jest/globals';
import { RankingCache } from './ranking-cache.ts';

describe('RankingCache', () => {
  const counting = () => {
    let calls = 0;
    return { compute: async () => ({ value: ++calls, expiresAt: 1000 }), calls: () => calls };
  };

  it('serves a hit while the version holds and the entry has not expired', async () => {
    const cache = new RankingCache();
    const c = counting();
    expect(await cache.get('q', 1n, 0, c.compute)).toBe(1);
    expect(await cache.get('q', 1n, 999, c.compute)).toBe(1);
    expect(c.calls()).toBe(1);
  });

  it.each([
    ['a new data version', 2n, 10],
    ['the next due time passing', 1n, 1000],
  ])('recomputes after %s', async (_, version, now) => {
    const cache = new RankingCache();
    const c = counting();
    await cache.get('q', 1n, 0, c.compute);
    expect(await cache.get('q', version, now, c.compute)).toBe(2);
  });

  it('keeps keys apart and forgets the oldest beyond its size', async () => {
    const cache = new RankingCache();
    const c = counting();
    for (let i = 0; i < 65; i++) await cache.get(`k${i}`, 1n, 0, c.compute);
    expect(c.calls()).toBe(65);
    await cache.get('k64', 1n, 0, c.compute);
    expect(c.calls()).toBe(65);
    await cache.get('k0', 1n, 0, c.compute);
    expect(c.calls()).toBe(66);
  });
});

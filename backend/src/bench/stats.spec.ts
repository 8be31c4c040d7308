import { describe, expect, it } from '@jest/globals';
import { parseBenchOptions } from './options.ts';
import { percentile, timeInterleaved, timeRepeated } from './stats.ts';

describe('bench stats', () => {
  it.each([
    [[1, 2, 3, 4, 5], 50, 3],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95, 10],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50, 5],
    [[7], 95, 7],
  ])('percentile(%j, %i) = %i', (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });

  it('times the runs after one warm-up', async () => {
    let calls = 0;
    const t = await timeRepeated(4, async () => {
      calls++;
    });
    expect(calls).toBe(5);
    expect(t.runs).toBe(4);
    expect(t.medianMs).toBeGreaterThanOrEqual(0);
  });

  it('interleaves works: a warm-up of each, then each once per round, each timed on its own', async () => {
    const order: string[] = [];
    const work = (name: string, ms: number) => async () => {
      order.push(name);
      return ms;
    };
    const [a, b] = await timeInterleaved(3, [work('a', 5), work('b', 20)]);
    expect(order.join('')).toBe('ababab' + 'ab');
    expect([a!.medianMs, b!.medianMs, a!.runs]).toEqual([5, 20, 3]);
  });

  it('parses the command line, with the province scale by default', () => {
    expect(parseBenchOptions([])).toMatchObject({ units: 10_000, years: 8, fresh: false });
    expect(parseBenchOptions(['--units', '200', '--years', '2', '--fresh'])).toMatchObject({ units: 200, years: 2, fresh: true });
    expect(() => parseBenchOptions(['--units', 'many'])).toThrow(/--units/);
  });
});

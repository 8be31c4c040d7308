// Small timing helpers: the benchmark reports medians and 95th percentiles over repeated runs.

export interface Timing {
  medianMs: number;
  p95Ms: number;
  runs: number;
  /** The warm-up call: what the first reader waits for before any cache is filled. */
  firstMs: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Runs `work` once to warm up, then `runs` times, and answers the median and p95 in milliseconds. */
export function timeRepeated(runs: number, work: () => Promise<unknown>): Promise<Timing> {
  return timeMeasured(runs, () => elapsedMs(work));
}

/** The milliseconds one call of `work` takes. */
export async function elapsedMs(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** As timeRepeated, where `work` answers the milliseconds to count itself (e.g. leaving out its set-up). */
export async function timeMeasured(runs: number, work: () => Promise<number>): Promise<Timing> {
  return (await timeInterleaved(runs, [work]))[0]!;
}

/**
 * As timeMeasured for several works taken in turn (one warm-up each, then `runs` rounds of each once): figures
 * compared with each other (a ratio to a floor) see the same moments of a machine whose speed drifts.
 */
export async function timeInterleaved(runs: number, works: (() => Promise<number>)[]): Promise<Timing[]> {
  const firsts: number[] = [];
  for (const work of works) firsts.push(round(await work()));
  const times = works.map((): number[] => []);
  for (let i = 0; i < runs; i++) for (const [w, work] of works.entries()) times[w]!.push(await work());
  return times.map((t, w) => {
    t.sort((a, b) => a - b);
    return { medianMs: round(percentile(t, 50)), p95Ms: round(percentile(t, 95)), runs, firstMs: firsts[w]! };
  });
}

/** Seconds one call of `work` takes, and its result. */
export async function timeOnce<T>(work: () => Promise<T>): Promise<{ seconds: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { seconds: Math.round((performance.now() - start) / 10) / 100, result };
}

// Command line of `npm run bench`: --units 10000 --years 8 by default, smaller on request.
// `--only <phase>` runs one phase alone on its own server (no results.json): the import of a data file
// (`npm run bench -- --units 200 --years 1 --records 0 --import-rows 100000 --only import`) or the concurrent filings,
// `--runs` times on one server (`npm run bench -- --units 1000 --years 2 --records 0 --only writers --runs 3`).
// `--only records`: the library filled, then a search by credit code and 附件5 timed, without the import
// (`npm run bench -- --only records`).
// `--only notices` / `--only circular` / `--only assessment`: the day's notices job, the quarter's circular draft, or the year's assessment export, alone
// (`npm run bench -- --records 0 --only notices`).
// `--only ranking`: the quarter's and the year's ranking alone, cached and first after a write, beside their SQL floor.
// `--cpu-prof DIR`: the server under test writes a V8 CPU profile (.cpuprofile) into DIR when it stops.
import path from 'node:path';

export interface BenchOptions {
  units: number;
  years: number;
  /** Timed repetitions per measurement (after one warm-up). */
  runs: number;
  /** Seconds of the concurrent-load test, and its connections. */
  duration: number;
  connections: number;
  /** Embedded PostgreSQL folder; a dataset of the same scale found there is reused. */
  dataDir: string;
  /** Rebuild the dataset even if one of the same scale exists. */
  fresh: boolean;
  /** Use this PostgreSQL instead of an embedded one (the database must be empty or hold this scale). */
  databaseUrl?: string;
  /** Where results.json goes. */
  out: string;
  /** Records in the district library (10 M at province scale; 0 skips the records phase), and rows of the one data file imported. */
  records: number;
  importRows: number;
  /** One phase alone (see BENCH_PHASES); results.json is not written. */
  only?: BenchPhase;
  /** Where the server under test writes its CPU profile, if asked. */
  cpuProfileDir?: string;
}

/** The phases `--only` can run alone. */
export const BENCH_PHASES = ['import', 'records', 'ranking', 'writers', 'notices', 'circular', 'assessment'] as const;
export type BenchPhase = (typeof BENCH_PHASES)[number];

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');

export function parseBenchOptions(argv: string[]): BenchOptions {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = get(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be an integer from ${min} to ${max}, got ${raw}`);
    return n;
  };
  const only = get('only');
  if (only !== undefined && !(BENCH_PHASES as readonly string[]).includes(only)) throw new Error(`--only takes one of: ${BENCH_PHASES.join(', ')}, got ${only}`);
  const units = int('units', 10_000, 33, 100_000);
  const years = int('years', 8, 1, 20);
  return {
    units,
    years,
    runs: int('runs', 15, 1, 1000),
    duration: int('duration', 10, 1, 600),
    connections: int('connections', 16, 1, 1000),
    dataDir: path.resolve(get('data-dir') ?? path.join(repoRoot, '.data-bench', `${units}u-${years}y`)),
    fresh: argv.includes('--fresh'),
    databaseUrl: get('database-url'),
    out: path.resolve(get('out') ?? path.join(repoRoot, 'bench', 'results.json')),
    records: int('records', units >= 10_000 ? 10_000_000 : units * 50, 0, 100_000_000),
    importRows: int('import-rows', units >= 10_000 ? 100_000 : units * 10, 1, 1_000_000),
    ...(only ? { only: only as BenchPhase } : {}),
    ...(get('cpu-prof') ? { cpuProfileDir: path.resolve(get('cpu-prof')!) } : {}),
  };
}

// `npm run bench`: builds (or reuses) a province-scale dataset in its own PostgreSQL, starts the real server
// as a separate process, and measures what the office waits for. It prints a table and writes results.json.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { rankingCountsSql } from '../compliance/compliance.repository.ts';
import { parseMonthOrQuarterOrYearRange } from '../domain/periods.ts';
import { shanghaiDate } from '../domain/dates.ts';
import { addMonths } from '../domain/months.ts';
import { BENCH_ADMIN_PASSWORD, type DatasetInfo, prepareDataset } from './dataset.ts';
import type { BenchOptions } from './options.ts';
import { databaseCpuSeconds, type RunningServer, startServer } from './server.ts';
import {
  type ImportFigures,
  importLine,
  type LibraryFigures,
  measureImport,
  measureLibrary,
  measureRecords,
  prepareLibrary,
  type RecordsFigures,
  searchLine,
  sgsSummaryLine,
} from './records.ts';
import { elapsedMs, type Timing, timeInterleaved, timeOnce, timeRepeated } from './stats.ts';
import { type CpuProbe, measureWriters, type WritersFigures } from './writers.ts';
import { formatGoals, goalChecks } from './goals.ts';
import { type Call, caller } from './client.ts';

export interface RankingFigures {
  /** The first request, computed (the cache is empty); the median is of repeated, cached requests. */
  apiFirstMs: number;
  apiMedianMs: number;
  apiP95Ms: number;
  sqlMedianMs: number;
  ratio: number;
  /** What a user waits for in a working office: the first request after a write (median over runs). */
  afterWriteMedianMs: number;
  /** afterWriteMedianMs over the SQL floor of the same run. */
  afterWriteRatio: number;
  /**
   * The first request after a change to every unit's figures (the year's scoring rules saved): the ranking
   * computed whole, as after a write before the cache learnt to update only the units a write names.
   */
  afterChangeToAllMedianMs: number;
  afterChangeToAllRatio: number;
}

export interface BenchResults {
  cores: number;
  date: string;
  scale: { units: number; years: number; obligations: number };
  dataset: DatasetInfo;
  rankingQuarter: RankingFigures;
  rankingYear: RankingFigures;
  matrixQuarterMedianMs: number;
  obligationsPageMedianMs: number;
  /** GET /api/obligations with no filter, the first page (the office's list as opened). */
  obligationsUnfilteredMedianMs: number;
  noticesJob: { seconds: number; notices: number };
  circularDraftSeconds: number;
  assessmentSeconds: number;
  throughput: { rps: number; p99Ms: number; errors: number };
  writers: WritersFigures;
  /** The same filings arriving at PACED_FILINGS_PER_SECOND: the latency a deadline day's steady stream sees. */
  writersPaced: WritersFigures;
  records: RecordsFigures;
  peakRssMb: number;
}

/** The last complete month, quarter and year before `now` that the dataset covers. */
export function benchPeriods(now: Date, years: number) {
  const month = shanghaiDate(now).slice(0, 7);
  const lastMonth = addMonths(month, -1);
  const lastQuarterEnd = addMonths(month, -((Number(month.slice(5, 7)) % 3) || 3));
  const quarter = `${lastQuarterEnd.slice(0, 4)}-Q${Number(lastQuarterEnd.slice(5, 7)) / 3}`;
  const year = years >= 2 ? String(Number(month.slice(0, 4)) - 1) : month.slice(0, 4);
  return { month: lastMonth, quarter, year };
}

export function runBenchmark(o: BenchOptions, log: (line: string) => void = console.log): Promise<BenchResults> {
  return withBenchServer(o, log, (dataset, server, databaseUrl, now) => measure(o, dataset, server.url, databaseUrl, now, log, server));
}

/** `--only import`: the library filled to `o.records`, then one data file of `o.importRows` rows imported. */
export function runImportOnly(o: BenchOptions, log: (line: string) => void = console.log): Promise<ImportFigures> {
  return withBenchServer(o, log, async (_dataset, server, databaseUrl) => {
    const headers = { authorization: `Bearer ${await adminToken(server.url)}` };
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      await prepareLibrary(client, o.records, log);
      log(`  server (pid ${server.pid}) RSS before the import: ${server.rssMb()} MB (peak ${server.peakRssMb()} MB)`);
      const cpu = server.cpuSeconds();
      const pgDir = path.join(o.dataDir, 'pg');
      const dbCpu = databaseCpuSeconds(pgDir);
      const f = await measureImport(o.importRows, client, server.url, headers, () => server.rssMb(), () => server.peakRssMb());
      const dbUsed = dbCpu === null ? null : (databaseCpuSeconds(pgDir) ?? dbCpu) - dbCpu;
      log(`  import: ${importLine(f)}; CPU: server ${(server.cpuSeconds() - cpu).toFixed(1)} s, database ${dbUsed === null ? '?' : dbUsed.toFixed(1)} s`);
      return f;
    } finally {
      await client.end();
    }
  });
}

/** `--only records`: the library filled to `o.records`, then a search by credit code and 附件5 of the last month. */
export function runRecordsOnly(o: BenchOptions, log: (line: string) => void = console.log): Promise<LibraryFigures> {
  return withBenchServer(o, log, async (_dataset, server, databaseUrl, now) => {
    const headers = { authorization: `Bearer ${await adminToken(server.url)}` };
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const cpu = server.cpuSeconds();
      const f = await measureLibrary(o, benchPeriods(now, o.years).month, client, server.url, headers, log);
      log(`  search by credit code: ${searchLine(f)}`);
      log(`  附件5 ${sgsSummaryLine(f)}; server CPU ${(server.cpuSeconds() - cpu).toFixed(1)} s, peak RSS ${server.peakRssMb()} MB`);
      return f;
    } finally {
      await client.end();
    }
  });
}

/** `--only writers`: the concurrent-filings phase alone, `o.runs` times on the one server (fresh obligations each). */
export function runWritersOnly(o: BenchOptions, log: (line: string) => void = console.log): Promise<WritersFigures[]> {
  return withBenchServer(o, log, async (dataset, server, databaseUrl) => {
    const token = await adminToken(server.url);
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const figures: WritersFigures[] = [];
      for (let i = 0; i < o.runs; i++) {
        for (const rate of [undefined, PACED_FILINGS_PER_SECOND]) {
          const f = await measureWriters(server.url, token, client, Math.min(200, dataset.units), log, cpuProbe(server, o), rate);
          log(`  ${writersLine(f)} in ${f.seconds} s`);
          figures.push(f);
        }
      }
      return figures;
    } finally {
      await client.end();
    }
  });
}

/** `--only notices|circular|assessment`: that phase alone on its own server (its time and the server's peak RSS). */
export function runJobOnly(o: BenchOptions, log: (line: string) => void = console.log): Promise<{ seconds: number; peakRssMb: number }> {
  return withBenchServer(o, log, async (_dataset, server, databaseUrl, now) => {
    const headers = { authorization: `Bearer ${await adminToken(server.url)}` };
    log(`  server peak RSS after start-up: ${server.peakRssMb()} MB`);
    let seconds: number;
    if (o.only === 'notices') {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      await client.query('TRUNCATE notices CASCADE').finally(() => client.end());
      const run = await timeOnce(() => noticesJob(server.url, headers, now));
      seconds = run.seconds;
      log(`  notices job: ${seconds} s, ${run.result} notices`);
    } else if (o.only === 'circular') {
      seconds = (await timeOnce(() => circularDraft(caller(server.url, headers), benchPeriods(now, o.years).quarter))).seconds;
      log(`  circular draft: ${seconds} s`);
    } else {
      seconds = (await timeOnce(() => assessmentExport(server.url, headers, benchPeriods(now, o.years).year))).seconds;
      log(`  assessment: ${seconds} s`);
    }
    log(`  server peak RSS: ${server.peakRssMb()} MB`);
    return { seconds, peakRssMb: server.peakRssMb() };
  });
}

/**
 * The quarter's circular drafted (POST /api/circulars). A draft left by an earlier run on this dataset is
 * discarded first (not timed), so the draft is made afresh.
 */
async function circularDraft(call: Call, quarter: string): Promise<void> {
  const [year, number] = quarter.split('-Q').map(Number);
  const filter = encodeURIComponent(JSON.stringify({ year, quarter: number, state: 'DRAFT' }));
  const drafts = JSON.parse((await call('GET', `/api/circulars?filter=${filter}`)).toString()) as { id: number }[];
  for (const d of drafts) await call('DELETE', `/api/circulars/${d.id}`);
  await call('POST', '/api/circulars', { year, quarter: number });
}

/** The unit whose address the ranking's after-a-write timing changes. */
const firstUnit = async (client: pg.Client) =>
  (await client.query<{ id: number }>('SELECT id FROM units WHERE active ORDER BY sort_order LIMIT 1')).rows[0]!.id;

/** `--only ranking`: the quarter's and the year's ranking alone (cached, floor, first after a write). */
export function runRankingOnly(o: BenchOptions, log: (line: string) => void = console.log): Promise<RankingFigures[]> {
  return withBenchServer(o, log, async (_dataset, server, databaseUrl, now) => {
    const call = caller(server.url, { authorization: `Bearer ${await adminToken(server.url)}` });
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const writeUnit = await firstUnit(client);
      const { quarter, year } = benchPeriods(now, o.years);
      const figures: RankingFigures[] = [];
      for (const from of [quarter, year]) {
        const f = await measureRanking(o.runs, call, client, from, writeUnit);
        log(`  ranking ${from}: ${rankingLine(f)}`);
        figures.push(f);
      }
      return figures;
    } finally {
      await client.end();
    }
  });
}

/**
 * The ranking of `from` (a quarter or a year) for every unit: cached, its SQL floor sent straight through `pg`, the
 * first computation after a write (a unit's address changed before each timed request, not timed: the cached
 * ranking recomputes that unit's row), and after a change to every unit (the scoring rules saved: computed whole).
 */
async function measureRanking(runs: number, call: Call, client: pg.Client, from: string, writeUnit: number): Promise<RankingFigures> {
  const range = parseMonthOrQuarterOrYearRange(from, from)!;
  const ranking = () => call('GET', `/api/compliance/ranking?from=${from}&to=${from}`);
  const api = await timeRepeated(runs, ranking);
  const query = rankingCountsSql({ ...range, streamCode: null, unitId: null }, null, new Date());
  // A write before each timed request (not timed): the cached ranking is invalid, the request computes it. Floor
  // and first computation in turn, so that their ratio does not depend on when the machine was busier.
  let n = 0;
  const rulesPath = `/api/compliance/scoring-rules/${range.toMonth.slice(0, 4)}`;
  const { latePerReport, missingPerReport, excusedPerReport, noContact } = JSON.parse((await call('GET', rulesPath)).toString()) as Record<string, number>;
  const [floor, afterWrite, afterChangeToAll] = await timeInterleaved(runs, [
    () => elapsedMs(() => client.query(query.text, query.values)),
    async () => {
      await call('PUT', `/api/units/${writeUnit}`, { address: `基准测试地址${++n}` });
      return elapsedMs(ranking);
    },
    async () => {
      await call('PUT', rulesPath, { latePerReport, missingPerReport, excusedPerReport, noContact });
      return elapsedMs(ranking);
    },
  ]);
  const ratio = (ms: number) => Math.round((ms / floor.medianMs) * 100) / 100;
  return {
    apiFirstMs: api.firstMs, apiMedianMs: api.medianMs, apiP95Ms: api.p95Ms, sqlMedianMs: floor.medianMs, ratio: ratio(api.medianMs),
    afterWriteMedianMs: afterWrite.medianMs, afterWriteRatio: ratio(afterWrite.medianMs),
    afterChangeToAllMedianMs: afterChangeToAll.medianMs, afterChangeToAllRatio: ratio(afterChangeToAll.medianMs),
  };
}

/** The day's notices job (POST …/jobs/run), answering how many notices it stored. */
async function noticesJob(url: string, headers: Record<string, string>, now: Date): Promise<number> {
  const res = await fetch(`${url}/api/notices/jobs/run`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ asOf: now.toISOString(), dryRun: false }),
  });
  if (!res.ok) throw new Error(`notices job → ${res.status}: ${(await res.text()).slice(0, 300)}`);
  return ((await res.json()) as { notices: unknown[] }).notices.length;
}

/** The year's assessment of every unit, as the office exports it. */
async function assessmentExport(url: string, headers: Record<string, string>, year: string): Promise<void> {
  const res = await fetch(`${url}/api/assessments/${year}/export.xlsx`, { headers });
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`assessment export → ${res.status}`);
}

async function adminToken(url: string): Promise<string> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: BENCH_ADMIN_PASSWORD }),
  });
  return ((await login.json()) as { token: string }).token;
}

async function withBenchServer<T>(
  o: BenchOptions,
  log: (line: string) => void,
  work: (dataset: DatasetInfo, server: RunningServer, databaseUrl: string, now: Date) => Promise<T>,
): Promise<T> {
  const now = new Date();
  let stopDatabase = async () => undefined as unknown;
  let databaseUrl = o.databaseUrl;
  if (!databaseUrl) {
    if (o.fresh) await import('node:fs/promises').then((fs) => fs.rm(o.dataDir, { recursive: true, force: true }));
    const { startEmbeddedPostgres } = await import('../database/embedded-postgres.ts');
    const db = await startEmbeddedPostgres(o.dataDir);
    await db.createDatabase('bench');
    databaseUrl = db.url('bench');
    stopDatabase = () => db.stop();
  }
  try {
    const { migrate } = await import('../database/migrator.ts');
    await migrate(databaseUrl);
    log(`Dataset: ${o.units} units × ${o.years} years …`);
    const dataset = await prepareDataset(databaseUrl, o, now);
    log(dataset.reused ? 'Dataset reused.' : `Dataset built in ${dataset.buildSeconds} s.`);
    const server = await startServer(databaseUrl, BENCH_ADMIN_PASSWORD, o.cpuProfileDir);
    try {
      return await work(dataset, server, databaseUrl, now);
    } finally {
      await server.stop();
    }
  } finally {
    await stopDatabase();
  }
}

async function measure(
  o: BenchOptions,
  dataset: DatasetInfo,
  url: string,
  databaseUrl: string,
  now: Date,
  log: (line: string) => void,
  server: RunningServer,
): Promise<BenchResults> {
  const peakRssMb = () => server.peakRssMb();
  const token = await adminToken(url);
  const headers = { authorization: `Bearer ${token}` };
  const call = caller(url, headers);

  const { month, quarter, year } = benchPeriods(now, o.years);
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on('error', () => undefined); // a database stopped under it (a failed run) is reported by the run
  await client.connect();

  const writeUnit = await firstUnit(client);
  const rss = (phase: string) => log(`  server peak RSS after ${phase}: ${peakRssMb()} MB`);
  rss('start-up');
  // First, while the server's peak is its start-up: the import's memory growth is then its own.
  log(`Records: a library of ${o.records}, an import of ${o.importRows} rows, 附件5 of ${month} …`);
  const records = await measureRecords(o, month, client, url, headers, () => server.rssMb(), peakRssMb, log);
  rss('records');
  log(`Ranking ${quarter} and ${year} …`);
  const rankingQuarter = await measureRanking(o.runs, call, client, quarter, writeUnit);
  const rankingYear = await measureRanking(o.runs, call, client, year, writeUnit);
  rss('rankings');
  // The matrix as the dashboard pages it: the first 50 units of the quarter.
  const matrix: Timing = await timeRepeated(o.runs, () => call('GET', `/api/compliance/matrix?from=${quarter}&to=${quarter}&range=[0,49]`));
  const filter = encodeURIComponent(JSON.stringify({ status: ['OVERDUE', 'RETURNED'], streamCode: 'SGS_MONTHLY', from: `${year}-01`, to: `${year}-12` }));
  const page: Timing = await timeRepeated(o.runs, () => call('GET', `/api/obligations?filter=${filter}&range=[0,24]&sort=["dueAt","DESC"]`));
  const unfiltered: Timing = await timeRepeated(o.runs, () => call('GET', '/api/obligations?range=[0,24]'));

  rss('matrix and list');
  const writers = await measureWriters(url, token, client, Math.min(200, dataset.units), log, cpuProbe(server, o));
  const writersPaced = await measureWriters(url, token, client, Math.min(200, dataset.units), log, cpuProbe(server, o), PACED_FILINGS_PER_SECOND);
  rss('writers');
  log('Notices job, circular draft, assessment …');
  // The day's job as on a database that never ran it (a reused dataset keeps the last run's notices).
  await client.query('TRUNCATE notices CASCADE');
  await client.end();
  const notices = await timeOnce(() => noticesJob(url, headers, now));
  rss('notices job');
  const circular = await timeOnce(() => circularDraft(call, quarter));
  rss('circular draft');
  const assessment = await timeOnce(() => assessmentExport(url, headers, year));
  rss('assessment');

  log(`Throughput: ${o.connections} connections for ${o.duration} s …`);
  // Readers page the ranking (the first 50 of 10,000 units), as the dashboard does — many people, not one
  // account sending 16 requests at once (the server bounds one user's requests in flight).
  const tokens = await readerTokens(url, token, Math.ceil(o.connections / 2));
  let turn = 0;
  const load = await autocannon({
    url: `${url}/api/compliance/ranking?from=${quarter}&to=${quarter}&range=[0,49]`,
    connections: o.connections,
    duration: o.duration,
    requests: [{ setupRequest: (req) => ({ ...req, headers: { ...req.headers, authorization: `Bearer ${tokens[turn++ % tokens.length]}` } }) }],
  });

  return {
    cores: os.cpus().length,
    date: now.toISOString(),
    scale: { units: dataset.units, years: o.years, obligations: dataset.obligations },
    dataset,
    rankingQuarter,
    rankingYear,
    matrixQuarterMedianMs: matrix.medianMs,
    obligationsPageMedianMs: page.medianMs,
    obligationsUnfilteredMedianMs: unfiltered.medianMs,
    noticesJob: { seconds: notices.seconds, notices: notices.result },
    circularDraftSeconds: circular.seconds,
    assessmentSeconds: assessment.seconds,
    throughput: { rps: Math.round(load.requests.average), p99Ms: load.latency.p99, errors: load.errors + load.non2xx + load.timeouts },
    writers,
    writersPaced,
    records,
    peakRssMb: peakRssMb(),
  };
}

/**
 * The steady stream of the paced phase: a quarter of the burst goal, far above a real deadline day (10,000 units
 * filing within its last working hour come at ~3 a second).
 */
export const PACED_FILINGS_PER_SECOND = 50;

export const writersLine = (w: WritersFigures) =>
  `${w.units} units: ${w.filingsPerSecond} filings/s, p99 ${w.p99Ms} ms, ${w.errors} errors` +
  (w.cpu ? `; CPU per filing: server ${perFiling(w.cpu.server, w)} ms, database ${w.cpu.database === null ? '?' : perFiling(w.cpu.database, w)} ms, clients ${perFiling(w.cpu.clients, w)} ms` : '');
const perFiling = (seconds: number, w: WritersFigures) => (w.units === 0 ? 0 : Math.round((seconds * 10_000) / w.units) / 10);

/** The CPU of the server under test and of the embedded database (none when the run uses another database). */
const cpuProbe = (server: RunningServer, o: BenchOptions): CpuProbe => ({
  server: () => server.cpuSeconds(),
  database: () => (o.databaseUrl ? null : databaseCpuSeconds(path.join(o.dataDir, 'pg'))),
});

const rankingLine = (f: RankingFigures) =>
  `API first ${f.apiFirstMs} ms; after a write median ${f.afterWriteMedianMs} ms (ratio ${f.afterWriteRatio}); after a change to every unit ${f.afterChangeToAllMedianMs} ms (ratio ${f.afterChangeToAllRatio}); cached median ${f.apiMedianMs} ms (p95 ${f.apiP95Ms}, ratio ${f.ratio}); SQL ${f.sqlMedianMs} ms`;

export function formatResults(r: BenchResults): string {
  const rows: [string, string][] = [
    ['scale', `${r.scale.units} units × ${r.scale.years} years, ${r.scale.obligations} obligations, ${r.cores} cores`],
    ['ranking, quarter', rankingLine(r.rankingQuarter)],
    ['ranking, year', rankingLine(r.rankingYear)],
    ['matrix, quarter (50 units)', `median ${r.matrixQuarterMedianMs} ms`],
    ['obligations, first page', `median ${r.obligationsPageMedianMs} ms filtered, ${r.obligationsUnfilteredMedianMs} ms unfiltered`],
    ['concurrent filings', writersLine(r.writers)],
    [`filings arriving ${PACED_FILINGS_PER_SECOND}/s`, writersLine(r.writersPaced)],
    ['notices job, one day', `${r.noticesJob.seconds} s, ${r.noticesJob.notices} notices`],
    ['circular draft', `${r.circularDraftSeconds} s`],
    ['assessment (year, all units)', `${r.assessmentSeconds} s`],
    ['ranking page under load', `${r.throughput.rps} req/s, p99 ${r.throughput.p99Ms} ms, ${r.throughput.errors} errors`],
    ['records: search by credit code', searchLine(r.records)],
    ['records: import of a data file', importLine(r.records)],
    ['records: 附件5 (all units)', sgsSummaryLine(r.records)],
    ['server peak RSS', `${r.peakRssMb} MB`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  return `${rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n')}\n\nGoals (issue 16):\n${formatGoals(goalChecks(r))}`;
}

export async function writeResults(r: BenchResults, out: string): Promise<void> {
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify({ ...r, goals: goalChecks(r) }, null, 2)}\n`);
}

const READER_PASSWORD = 'Bench-reader-2026';

/** Signed-in leading-group readers for the load test (created once per dataset). */
async function readerTokens(url: string, adminToken: string, n: number): Promise<string[]> {
  const tokens: string[] = [];
  for (let i = 1; i <= n; i++) {
    const username = `bench_reader_${i}`;
    await fetch(`${url}/api/users`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: READER_PASSWORD, role: 'LEADER' }),
    }); // 400 when it exists already: then it is simply signed in
    const res = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: READER_PASSWORD }) });
    if (!res.ok) throw new Error(`reader ${username} could not sign in: ${res.status}`);
    tokens.push(((await res.json()) as { token: string }).token);
  }
  return tokens;
}

// Many writers at once (issue 16): units file at the same time, as on a province's deadline day, and the
// office reviews each filing at once. Reports filings per second (a filing = the unit's POST and the office's
// review), the p99 of each request, and errors. One account may have 8 requests in flight, so units file under
// their own accounts and the reviews are shared among as many office accounts as that needs.
import pg from 'pg';
import { percentile } from './stats.ts';

export interface WritersFigures {
  units: number;
  filingsPerSecond: number;
  p99Ms: number;
  errors: number;
  seconds: number;
  /**
   * CPU seconds spent during the phase by the server (one thread for JavaScript), the database's processes and
   * this process (the clients): on a 2-core machine their sum per filing bounds the filings per second.
   */
  cpu: { server: number; database: number | null; clients: number } | null;
}

/** Reads the CPU seconds used so far by the server under test and by the database. */
export interface CpuProbe {
  server(): number;
  database(): number | null;
}

const PASSWORD = 'Bench-writer-2026';

/** Tokens signed in by earlier runs on the same server (`--only writers --runs N` repeats the phase). */
const signedIn = new Map<string, string>();

async function signIn(url: string, adminToken: string, username: string, role: 'UNIT' | 'ADMIN', unitId: number | null) {
  const key = `${url} ${username}`;
  const known = signedIn.get(key);
  if (known) return known;
  await fetch(`${url}/api/users`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD, role, unitId }),
  }); // 400 when it exists already (a reused dataset): then it is simply signed in
  const res = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }) });
  if (!res.ok) throw new Error(`${username} could not sign in: ${res.status}`);
  const { token } = (await res.json()) as { token: string };
  signedIn.set(key, token);
  return token;
}

/** One obligation per unit that can be filed now: past due, its period over, nothing filed, not exempt. */
async function fileable(client: pg.Client, n: number) {
  const { rows } = await client.query<{ id: number; unit_id: number }>(
    `SELECT DISTINCT ON (o.unit_id) o.id, o.unit_id
     FROM obligations o JOIN units u ON u.id = o.unit_id AND u.active
     WHERE o.latest_submission_id IS NULL AND o.due_at < now()
       AND NOT EXISTS (SELECT 1 FROM exemptions e WHERE e.obligation_id = o.id)
     ORDER BY o.unit_id, o.due_at DESC
     LIMIT $1`,
    [n],
  );
  return rows;
}

export interface WritersCast {
  units: { id: number; unit_id: number; token: string }[];
  reviewers: string[];
}

/** The units that can file now, signed in, and the office accounts that review their filings. */
export async function prepareWriters(url: string, adminToken: string, client: pg.Client, n: number): Promise<WritersCast> {
  const targets = await fileable(client, n);
  const units = [];
  for (const t of targets) units.push({ ...t, token: await signIn(url, adminToken, `bench_unit_${t.unit_id}`, 'UNIT', t.unit_id) });
  const reviewers: string[] = [];
  for (let i = 1; i <= Math.ceil(targets.length / 6); i++) reviewers.push(await signIn(url, adminToken, `bench_office_${i}`, 'ADMIN', null));
  return { units, reviewers };
}

/**
 * Every unit files at once (or, given `arrivalsPerSecond`, the units arrive one after another at that rate, as
 * a deadline day's filings come in over time) and each filing is reviewed as soon as it is in.
 */
export async function fileAndReview(url: string, { units, reviewers }: WritersCast, arrivalsPerSecond?: number): Promise<WritersFigures> {
  const latencies: number[] = [];
  let errors = 0;
  const post = async (pathname: string, token: string, body: unknown) => {
    const start = performance.now();
    const res = await fetch(`${url}${pathname}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    latencies.push(performance.now() - start);
    const answer = (await res.json()) as { id?: number };
    if (!res.ok) errors++;
    return res.ok ? answer : null;
  };
  const start = performance.now();
  await Promise.all(units.map(async (u, i) => {
    if (arrivalsPerSecond) await new Promise((resolve) => setTimeout(resolve, start + (i * 1000) / arrivalsPerSecond - performance.now()));
    const filed = await post('/api/submissions', u.token, { obligationId: u.id, kind: 'NO_DATA', reason: '本期无新增信息（基准测试）' });
    if (filed?.id) await post('/api/reviews', reviewers[i % reviewers.length]!, { submissionId: filed.id, decision: 'ACCEPT' });
  }));
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    units: units.length,
    filingsPerSecond: Math.round(units.length / seconds),
    p99Ms: Math.round(percentile(latencies, 99)),
    errors,
    seconds: Math.round(seconds * 100) / 100,
    cpu: null,
  };
}

export async function measureWriters(
  url: string,
  adminToken: string,
  client: pg.Client,
  n: number,
  log: (line: string) => void,
  probe?: CpuProbe,
  arrivalsPerSecond?: number,
): Promise<WritersFigures> {
  const cast = await prepareWriters(url, adminToken, client, n);
  log(`Writers: ${cast.units.length} units filing ${arrivalsPerSecond ? `one after another, ${arrivalsPerSecond} a second` : 'at once'}, each filing reviewed at once …`);
  const before = probe && { server: probe.server(), database: probe.database(), clients: process.cpuUsage() };
  const figures = await fileAndReview(url, cast, arrivalsPerSecond);
  if (!probe || !before) return figures;
  const database = probe.database();
  const clients = process.cpuUsage(before.clients);
  const round = (s: number) => Math.round(s * 100) / 100;
  return {
    ...figures,
    cpu: {
      server: round(probe.server() - before.server),
      database: database === null || before.database === null ? null : round(database - before.database),
      clients: round((clients.user + clients.system) / 1e6),
    },
  };
}

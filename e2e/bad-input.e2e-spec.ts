// No 5xx for anything a client can send: the bad-input corpus (support/bad-input.ts) — every class of input
// that once answered 500 × every route it applies to, as an office user, a unit user and without logging
// in — answers 4xx, logs no error, and leaves every table of the database exactly as it was.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { describeRoutes, type RouteInfo } from '../backend/src/openapi/openapi.ts';
import { type BadRequest, CLASSES, requestsFor, type Role, uploadRequests } from './support/bad-input.ts';
import { buildScenario } from './support/scenario.ts';
import { startTestApp, type TestApp } from './support/test-app.ts';

const CHINESE = /[\u4e00-\u9fff]/;

/** Row count and checksum of every table. */
async function snapshot(t: TestApp): Promise<Record<string, string>> {
  const tables = await t.prisma.$queryRawUnsafe<{ name: string }[]>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await t.prisma.$queryRawUnsafe<{ n: number; h: string }[]>(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS h FROM "${name}" t`,
    );
    out[name] = `${row.n} rows, ${row.h}`;
  }
  return out;
}

interface Outcome {
  req: BadRequest;
  status: number;
  body: { message?: unknown; errors?: Record<string, unknown> } | null;
}

async function send(base: string, tokens: Record<Role, string | null>, req: BadRequest): Promise<Outcome> {
  const headers: Record<string, string> = {};
  const token = tokens[req.role];
  if (token) headers.Authorization = `Bearer ${token}`;
  let body: string | FormData | undefined;
  if (req.multipart) {
    const form = new FormData();
    for (const [k, v] of Object.entries(req.multipart.fields)) form.set(k, v);
    form.set('file', new Blob([Buffer.from('%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n%%EOF\n', 'latin1')]), req.multipart.fileName);
    body = form;
  } else if (req.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = req.json;
  }
  const res = await fetch(base + req.url, { method: req.method.toUpperCase(), headers, body });
  const text = await res.text();
  let parsed: Outcome['body'] = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  return { req, status: res.status, body: parsed };
}

/** Runs the requests `width` at a time. */
async function pool<T, R>(items: T[], width: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i]);
      }
    }),
  );
  return results;
}

const allowedFor = (route: RouteInfo, role: Role) =>
  route.isPublic || role === 'ANON' || !route.roles || route.roles.includes(role);

describe('bad-input corpus', () => {
  let t: TestApp;
  let outcomes: Outcome[];
  let routes: RouteInfo[];
  let before: Record<string, string>;
  let after: Record<string, string>;
  let base: string;
  let adminToken: string;
  const errorLog = jest.spyOn(Logger.prototype, 'error');

  beforeAll(async () => {
    t = await startTestApp();
    // Some history, so that the ids the corpus leaves good (1, a unit's obligation) name real records.
    const s = await buildScenario(t);
    const unitId = s.units[0]!.id;
    await s.addContact(unitId);
    const [first, second] = await s.obligations(unitId, '2026-01', '2026-03');
    await s.fileAndAccept(first!, -1);
    await s.excuse(second!);
    adminToken = await t.adminToken();
    const tokens: Record<Role, string | null> = { ADMIN: adminToken, UNIT: await t.userToken('UNIT', unitId), ANON: null };
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    routes = describeRoutes(t.app);
    const corpus: BadRequest[] = [];
    for (const role of ['ADMIN', 'UNIT', 'ANON'] as const) {
      for (const route of routes) if (allowedFor(route, role)) corpus.push(...requestsFor(route, role));
      corpus.push(...uploadRequests(role));
    }
    before = await snapshot(t);
    errorLog.mockClear();
    outcomes = await pool(corpus, 8, (req) => send(base, tokens, req));
    after = await snapshot(t);
  }, 120_000);
  afterAll(() => t.close());

  const line = (o: Outcome) =>
    `${o.status} ${o.req.role} ${o.req.method.toUpperCase()} ${o.req.url} ${o.req.json ?? JSON.stringify(o.req.multipart ?? '')} ${JSON.stringify(o.body)}`;

  it('covers every route and every class', () => {
    expect(outcomes.length).toBeGreaterThan(2000);
    const hit = new Set(outcomes.map((o) => o.req.route));
    const missed = routes.map((r) => `${r.method.toUpperCase()} ${r.path}`).filter((r) => !hit.has(r));
    // Routes with neither a path parameter nor input are the only ones the corpus has nothing to send to.
    const inputless = routes.filter((r) => !/\{/.test(r.path) && !r.body && !r.query && !r.list).map((r) => `${r.method.toUpperCase()} ${r.path}`);
    expect(missed.filter((r) => !inputless.includes(r))).toEqual([]);
    expect(new Set(outcomes.map((o) => o.req.cls))).toEqual(new Set(Object.keys(CLASSES)));
    expect(routes.filter((r) => r.list).length).toBeGreaterThanOrEqual(14);
  });

  it('answers no request with 5xx', () => {
    expect(outcomes.filter((o) => o.status >= 500).map(line)).toEqual([]);
  });

  it('refuses every bad value with a 4xx and a Chinese message (400s name their fields)', () => {
    const accepted = outcomes.filter((o) => !o.req.mayPass && (o.status < 400 || o.status >= 500));
    expect(accepted.map(line)).toEqual([]);
    const refused = outcomes.filter((o) => o.status >= 400 && o.status < 500);
    expect(refused.filter((o) => !CHINESE.test(String(o.body?.message))).map(line)).toEqual([]);
    const bare400 = refused.filter((o) => o.status === 400 && (!o.body?.errors || Object.keys(o.body.errors).length === 0));
    expect(bare400.map(line)).toEqual([]);
  });

  it('writes no error (and no stack trace) to the log', () => {
    expect(errorLog.mock.calls.map((c) => String(c[0]).slice(0, 300))).toEqual([]);
  });

  it('leaves the database unchanged', () => {
    expect(after).toEqual(before);
  });

  // The inputs issue 10 names, literally: each a 400 with the field and its Chinese message.
  it.each([
    ['ADMIN', 'get', '/api/calendar/due?stream=SGS_MONTHLY&period=9999-12', undefined, 'period', '年份须在2000至2100之间'],
    ['ADMIN', 'get', '/api/dashboard/figures?month=0000-01', undefined, 'month', '年份须在2000至2100之间'],
    ['ADMIN', 'get', '/api/dashboard/figures?asOf=0000-01-01T00:00:00Z', undefined, 'asOf', '年份须在2000至2100之间'],
    ['ADMIN', 'post', '/api/submissions', { obligationId: 1, kind: 'NO_DATA', reason: '本期无数据', receivedAt: '0001-01-01T00:00:00Z' }, 'receivedAt', '年份须在2000至2100之间'],
    ['ADMIN', 'get', `/api/units?filter=${encodeURIComponent('{"id":2147483648}')}`, undefined, 'filter.id', '编号应为 1 至 2147483647 之间的整数'],
    ['ADMIN', 'post', '/api/contacts', { unitId: 2147483648, name: '张三' }, 'unitId', '编号应为 1 至 2147483647 之间的整数'],
    ['ADMIN', 'get', `/api/units?filter=${encodeURIComponent('{"__proto__":1}')}`, undefined, 'filter', '不支持的筛选条件：__proto__'],
    ['ADMIN', 'get', `/api/units?filter=${encodeURIComponent('{"constructor":{"x":1}}')}`, undefined, 'filter', '不支持的筛选条件：constructor'],
    ['ADMIN', 'get', '/api/units?range=[1e20,1e20]', undefined, 'range', '分页起始位置不能超过 1000000000'],
    ['ADMIN', 'post', '/api/units', { name: '区\u0000测试局' }, 'name', '不能包含空字符（\\u0000）'],
    ['ANON', 'post', '/api/auth/login', { username: 'admin\u0000', password: 'x' }, 'username', '不能包含空字符（\\u0000）'],
  ] as const)('%s %s %s %j → 400 { %s: %s }', async (role, method, url, body, field, message) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (role === 'ADMIN') headers.Authorization = `Bearer ${adminToken}`;
    const res = await fetch(base + url, { method: method.toUpperCase(), headers, body: body && JSON.stringify(body) });
    expect(res.status).toBe(400);
    expect((await res.json()).errors).toEqual({ [field]: message });
  });

  it('names the rules in Chinese: years, ids, NUL bytes and filter keys', () => {
    const messages = (match: (o: Outcome) => boolean) =>
      outcomes.filter((o) => o.status === 400 && match(o)).flatMap((o) => Object.values(o.body?.errors ?? {}).map(String));
    expect(messages((o) => o.req.cls === 'edgeYear')).toContain('年份须在2000至2100之间');
    expect(messages((o) => o.req.cls === 'bigId')).toContain('编号应为 1 至 2147483647 之间的整数');
    expect(messages((o) => o.req.cls === 'nul')).toContain('不能包含空字符（\\u0000）');
    expect(messages((o) => o.req.url.includes('__proto__') && o.req.url.includes('filter'))).toContain('不支持的筛选条件：__proto__');
  });
});

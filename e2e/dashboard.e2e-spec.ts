// The office home's aggregates (GET /api/dashboard/*): counted in SQL, held here to the per-obligation
// statuses of the obligations list and the domain's metric rules over a generated year of history.
import type { Obligation } from '@credit/contract/api';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generateHistory } from '../backend/src/demo/history.ts';
import { shanghaiDate } from '../backend/src/domain/dates.ts';
import { computeMetrics, isMissing } from '../backend/src/domain/metrics.ts';
import { bearer, startTestApp, type TestApp } from './support/test-app.ts';

const NOW = new Date('2026-09-20T12:00:00+08:00');
const AS_OF = NOW.toISOString();

describe('GET /api/dashboard/*', () => {
  let t: TestApp;
  let admin: string;
  let all: Obligation[];
  const get = (url: string, token = admin) => t.http().get(url).set(bearer(token));

  beforeAll(async () => {
    t = await startTestApp();
    await generateHistory(t.app, { now: NOW, seed: 'dashboard', months: 12 });
    admin = await t.adminToken();
    const res = await get(`/api/obligations?range=[0,999]&filter=${encodeURIComponent(JSON.stringify({ asOf: AS_OF }))}`);
    all = res.body;
    expect(all.length).toBeGreaterThan(600);
  });
  afterAll(() => t.close());

  it('the obligations list carries `missing` (the status SQL\'s verdict), as the domain rule says', () => {
    for (const o of all) expect({ id: o.id, missing: o.missing }).toEqual({ id: o.id, missing: isMissing(o) });
    expect(all.some((o) => o.missing && o.status === 'RETURNED')).toBe(true);
    expect(all.some((o) => o.missing && o.status === 'OVERDUE')).toBe(true);
  });

  it('figures: the reports due in the month, as the obligations list and the metric rules count them', async () => {
    const res = await get(`/api/dashboard/figures?month=2026-09&asOf=${AS_OF}`);
    expect(res.status).toBe(200);
    const due = all.filter((o) => shanghaiDate(new Date(o.dueAt)).startsWith('2026-09'));
    const missingUnits = new Set(due.filter(isMissing).map((o) => o.unitId));
    expect(res.body).toEqual({
      month: '2026-09',
      obligations: due.length,
      exempt: due.filter((o) => o.status === 'EXEMPT').length,
      owed: due.filter((o) => o.status !== 'EXEMPT').length,
      pending: due.filter((o) => o.status === 'PENDING').length,
      filed: due.filter((o) => ['SUBMITTED', 'ON_TIME', 'LATE'].includes(o.status)).length,
      returned: due.filter((o) => o.status === 'RETURNED').length,
      units: new Set(due.map((o) => o.unitId)).size,
      unitsOverdue: missingUnits.size,
      ...computeMetrics(due),
    });
    expect(res.body.obligations).toBe(49); // 33 双公示 + 13 红黑榜 + 3 代码转换, due in September
    expect(res.body.unitsOverdue).toBeGreaterThan(0);
  });

  it('figures of a month with nothing due: zero counts and rates "—" (null), never 0 %', async () => {
    const res = await get(`/api/dashboard/figures?month=2030-01&asOf=${AS_OF}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ obligations: 0, expected: 0, unitsOverdue: 0, onTimeRate: null, submittedRate: null });
  });

  it('trend: twelve period months, each as the ranking rules count that month', async () => {
    expect(all.filter((o) => o.period === 'ONCE').length).toBe(33 + 13);
    const res = await get(`/api/dashboard/trend?to=2026-09&asOf=${AS_OF}`);
    expect(res.status).toBe(200);
    expect(res.body.from).toBe('2025-10');
    expect(res.body.months.map((m: { month: string }) => m.month)).toHaveLength(12);
    for (const m of res.body.months) {
      // a one-off report counts in the month of its due day (the stock reports: 2026-02)
      const inMonth = all.filter((o) => (o.period === 'ONCE' ? shanghaiDate(new Date(o.dueAt)).slice(0, 7) : o.period) === m.month);
      const { month, open: _open, ...metrics } = m;
      expect([month, metrics]).toEqual([month, computeMetrics(inMonth)]);
    }
    expect(res.body.months.at(-1).onTimeRate).toBeNull(); // 2026-09 is not due yet on the 20th
    expect(res.body.months[0].onTimeRate).toBeGreaterThan(0.5);
  });

  it('overdue: the units missing reports now, most first, each with those reports and its primary contact', async () => {
    const res = await get(`/api/dashboard/overdue?asOf=${AS_OF}`);
    expect(res.status).toBe(200);
    const missing = all.filter(isMissing);
    const perUnit = new Map<number, number[]>();
    for (const o of missing) perUnit.set(o.unitId, [...(perUnit.get(o.unitId) ?? []), o.id]);
    expect(res.body.total).toBe(perUnit.size);
    for (const row of res.body.rows) {
      expect(row.obligations.map((o: { obligationId: number }) => o.obligationId).sort()).toEqual(perUnit.get(row.unitId)!.sort());
      expect(row.overdue).toBe(perUnit.get(row.unitId)!.length);
      const primary = await t.prisma.contact.findFirst({ where: { unitId: row.unitId, primary: true } });
      if (primary) expect(row.contact).toMatchObject({ id: primary.id, name: primary.name, phone: primary.phone, email: primary.email });
    }
    const counts = res.body.rows.map((r: { overdue: number }) => r.overdue);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const limited = await get(`/api/dashboard/overdue?asOf=${AS_OF}&limit=1`);
    expect(limited.body.rows).toHaveLength(1);
    expect(limited.body.total).toBe(perUnit.size);
  });

  it('is for the office and the leading group only', async () => {
    const unitId = (await t.prisma.unit.findFirstOrThrow()).id;
    const leader = await t.userToken('LEADER');
    const unit = await t.userToken('UNIT', unitId);
    for (const path of ['figures', 'trend', 'overdue']) {
      expect((await get(`/api/dashboard/${path}`, leader)).status).toBe(200);
      expect((await get(`/api/dashboard/${path}`, unit)).status).toBe(403);
      expect((await t.http().get(`/api/dashboard/${path}`)).status).toBe(401);
    }
  });

  it.each([
    ['figures?month=2026-13', 'month'],
    ['figures?asOf=yesterday', 'asOf'],
    ['trend?months=0', 'months'],
    ['trend?to=2026-9', 'to'],
    ['overdue?limit=5000', 'limit'],
  ])('GET /api/dashboard/%s → 400 naming %s', async (path, field) => {
    const res = await get(`/api/dashboard/${path}`);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors)).toEqual([field]);
  });
});

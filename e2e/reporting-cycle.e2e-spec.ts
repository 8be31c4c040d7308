// The reporting cycle end to end (issue 3): filings recorded by the office with their received time, a
// return and a re-filing, an accepted explanation, an exemption; then the 2026-Q1 ranking and a replay.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ObligationsService } from '../backend/src/obligations/obligations.service.ts';
import { bearer, startTestApp, type TestApp } from './support/test-app.ts';

const COUNTS = { legalPersonLicenses: 12, legalPersonPenalties: 3, naturalPersonLicenses: 40, naturalPersonPenalties: 1 };

describe('reporting cycle, 2026-Q1, SGS_MONTHLY', () => {
  let t: TestApp;
  let admin: string;
  let units: { id: number; name: string }[];
  /** obligation id of (unit index, month '2026-01') */
  const ob = new Map<string, number>();
  const key = (unit: number, month: string) => `${unit}:${month}`;

  const post = async (url: string, body: object, expected = 201) => {
    const res = await t.http().post(url).set(bearer(admin)).send(body);
    if (res.status !== expected) throw new Error(`${url} ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const file = (unit: number, month: string, receivedAt: string, extra: object = { kind: 'DATA', counts: COUNTS }) =>
    post('/api/submissions', { obligationId: ob.get(key(unit, month)), receivedAt, ...extra });
  const review = (submissionId: number, decision: 'ACCEPT' | 'RETURN', reason?: string) =>
    post('/api/reviews', { submissionId, decision, reason });

  beforeAll(async () => {
    t = await startTestApp({ TRACKING_START: '2026-01' });
    admin = await t.adminToken();
    await t.app.get(ObligationsService).generate(new Date('2026-11-27T10:00:00+08:00'));
    units = await t.prisma.unit.findMany({ orderBy: { sortOrder: 'asc' }, select: { id: true, name: true } });
    const rows = await t.prisma.obligation.findMany({ where: { stream: { code: 'SGS_MONTHLY' }, period: { in: ['2026-01', '2026-02', '2026-03'] } } });
    for (const o of rows) ob.set(key(units.findIndex((u) => u.id === o.unitId), o.period), o.id);
    for (const i of [0, 1, 2, 3]) await t.prisma.contact.create({ data: { unitId: units[i].id, name: `联系人${i}`, primary: true } });

    // Unit 0: all three on time.
    for (const [month, at] of [['2026-01', '2026-02-03T09:00:00+08:00'], ['2026-02', '2026-03-04T09:00:00+08:00'], ['2026-03', '2026-04-07T18:00:00+08:00']]) {
      await review((await file(0, month, at)).id, 'ACCEPT');
    }
    // Unit 1: on time, two days late, and a NO_DATA 情况说明 on time.
    await review((await file(1, '2026-01', '2026-02-05T23:00:00+08:00')).id, 'ACCEPT');
    await review((await file(1, '2026-02', '2026-03-07T10:00:00+08:00')).id, 'ACCEPT');
    await review((await file(1, '2026-03', '2026-04-01T10:00:00+08:00', { kind: 'NO_DATA', reason: '本月未产生双公示信息' })).id, 'ACCEPT');
    // Unit 2: returned then corrected within the window (stays on time); a return never corrected; an
    // explanation accepted for the month it missed.
    const first = await file(2, '2026-01', '2026-02-04T09:00:00+08:00');
    await review(first.id, 'RETURN', '法人行政许可数与公示系统不一致');
    const second = await file(2, '2026-01', t.clock.now().toISOString());
    expect(second.version).toBe(2);
    await review(second.id, 'ACCEPT');
    await review((await file(2, '2026-02', '2026-03-09T09:00:00+08:00')).id, 'RETURN', '缺少附件');
    const explanation = await post('/api/explanations', { obligationId: ob.get(key(2, '2026-03')), category: 'STAFF_CHANGE', text: '原联系人调岗，新联系人尚未交接' });
    await post(`/api/explanations/${explanation.id}/decision`, { decision: 'ACCEPT' }, 200);
    // Unit 3: January waived.
    await post('/api/exemptions', { obligationId: ob.get(key(3, '2026-01')), reason: '机构改革，当月职能划转' });
  });
  afterAll(() => t.close());

  const ranking = async (query: Record<string, string>) => {
    const res = await t.http().get('/api/compliance/ranking').query({ from: '2026-01', to: '2026-03', stream: 'SGS_MONTHLY', ...query }).set(bearer(admin));
    expect(res.status).toBe(200);
    return res.body as Record<string, unknown>[];
  };

  it('generated one obligation per unit and month from the assignments', async () => {
    expect(ob.size).toBe(33 * 3);
    const jan = await t.http().get('/api/calendar/due').query({ stream: 'SGS_MONTHLY', period: '2026-03' });
    const o = await t.prisma.obligation.findUniqueOrThrow({ where: { id: ob.get(key(0, '2026-03')) } });
    expect(o.dueAt.toISOString()).toBe(new Date(jan.body.dueAt).toISOString());
  });

  it('ranks 2026-Q1 with the expected numbers, order and rank numbers', async () => {
    const rows = await ranking({});
    expect(rows).toHaveLength(33);
    const pick = (r: Record<string, unknown>) => [r.rank, r.unitName, r.expected, r.onTime, r.late, r.missing, r.excused, r.inReview, r.daysLate, r.score];
    expect(rows.slice(0, 5).map(pick)).toEqual([
      [1, units[0].name, 3, 3, 0, 0, 0, 0, 0, 100],
      [2, units[1].name, 3, 2, 1, 0, 0, 0, 2, 99.5],
      [3, units[2].name, 3, 1, 0, 1, 1, 0, 0, 98.75],
      [4, units[3].name, 2, 0, 0, 2, 0, 0, 0, 98],
      [5, units[4].name, 3, 0, 0, 3, 0, 0, 0, 96],
    ]);
    // The 29 units that filed nothing and have no contact tie at rank 5, listed in the plan's order.
    expect(rows.slice(4).every((r) => r.rank === 5 && r.score === 96)).toBe(true);
    expect(rows.slice(4).map((r) => r.unitName)).toEqual(units.slice(4).map((u) => u.name));
    expect(rows[0].onTimeRate).toBe(1);
    expect(rows[1].onTimeRate).toBeCloseTo(2 / 3);
    expect(rows[1].submittedRate).toBe(1);
  });

  it('lists obligation statuses with days late and the latest version', async () => {
    const res = await t.http().get('/api/obligations').query({ filter: JSON.stringify({ unitId: units[2].id, streamCode: 'SGS_MONTHLY', from: '2026-01', to: '2026-03' }), sort: '["period","ASC"]' }).set(bearer(admin));
    expect(res.body.map((o: { period: string; status: string }) => [o.period, o.status])).toEqual([
      ['2026-01', 'ON_TIME'],
      ['2026-02', 'RETURNED'],
      ['2026-03', 'EXCUSED'],
    ]);
    expect(res.headers['content-range']).toBe('obligations 0-2/3');
    const late = await t.http().get(`/api/obligations/${ob.get(key(1, '2026-02'))}`).set(bearer(admin));
    expect(late.body).toMatchObject({ status: 'LATE', daysLate: 2, unitName: units[1].name, streamCode: 'SGS_MONTHLY' });
    const exempt = await t.http().get(`/api/obligations/${ob.get(key(3, '2026-01'))}`).set(bearer(admin));
    expect(exempt.body.status).toBe('EXEMPT');
  });

  it('replays any past day: asOf 2026-02-20 sees only what was known then', async () => {
    const asOf = '2026-02-20T12:00:00+08:00';
    const res = await t.http().get('/api/obligations').query({ filter: JSON.stringify({ streamCode: 'SGS_MONTHLY', from: '2026-01', to: '2026-02', asOf, unitId: units[0].id }), sort: '["period","ASC"]' }).set(bearer(admin));
    // Filed on 2026-02-03, but accepted only later: at that day it was waiting for review.
    expect(res.body.map((o: { status: string }) => o.status)).toEqual(['SUBMITTED', 'PENDING']);
    const rows = await ranking({ from: '2026-01', to: '2026-01', asOf });
    const byName = new Map(rows.map((r) => [r.unitName, r]));
    expect(byName.get(units[0].name)).toMatchObject({ expected: 1, inReview: 1, onTime: 0 });
    expect(byName.get(units[4].name)).toMatchObject({ expected: 1, missing: 1 });
    // The exemption was granted after that day: then the obligation was simply overdue.
    expect(byName.get(units[3].name)).toMatchObject({ expected: 1, missing: 1 });
  });

  it('pages the ranking and the matrix for province-sized registries', async () => {
    const full = await ranking({});
    const page = await t.http().get('/api/compliance/ranking').query({ from: '2026-01', to: '2026-03', stream: 'SGS_MONTHLY', range: '[2,6]' }).set(bearer(admin));
    expect(page.headers['content-range']).toBe('ranking 2-6/33');
    expect(page.body).toEqual(full.slice(2, 7));
    const matrix = await t.http().get('/api/compliance/matrix').query({ from: '2026-Q1', to: '2026-Q1', range: '[0,4]' }).set(bearer(admin));
    expect(matrix.body.total).toBe(33);
    expect(matrix.body.rows.map((r: { unitName: string }) => r.unitName)).toEqual(units.slice(0, 5).map((u) => u.name));
    expect(matrix.body.rows[1].cells['2026-02']).toEqual(expect.arrayContaining([expect.objectContaining({ status: 'LATE' })]));
    const bad = await t.http().get('/api/compliance/ranking').query({ from: '2026-01', to: '2026-03', range: '[5,1]' }).set(bearer(admin));
    expect(bad.status).toBe(400);
    expect(bad.body.errors.range).toBeDefined();
  });

  it('a range with nothing due yet gives null rates, not 0 % or 100 %', async () => {
    const rows = await ranking({ from: '2026-11', to: '2026-11' });
    expect(rows[0]).toMatchObject({ expected: 0, onTimeRate: null, submittedRate: null });
  });

  it('the matrix shows units × months of statuses', async () => {
    const res = await t.http().get('/api/compliance/matrix').query({ from: '2026-Q1', to: '2026-Q1', stream: 'SGS_MONTHLY' }).set(bearer(admin));
    expect(res.status).toBe(200);
    expect(res.body.months).toEqual(['2026-01', '2026-02', '2026-03']);
    const row = res.body.rows.find((r: { unitId: number }) => r.unitId === units[1].id);
    expect(row.cells['2026-02']).toEqual([expect.objectContaining({ status: 'LATE', daysLate: 2, streamCode: 'SGS_MONTHLY' })]);
    expect(res.body.rows).toHaveLength(33);
  });

  it('the year’s scoring rules come from the database and change the scores', async () => {
    const put = await t.http().put('/api/compliance/scoring-rules/2026').set(bearer(admin)).send({ latePerReport: 2, missingPerReport: 3, excusedPerReport: 1, noContact: 0 });
    expect(put.status).toBe(200);
    const rows = await ranking({});
    const byName = new Map(rows.map((r) => [r.unitName, r]));
    expect(byName.get(units[1].name)?.score).toBe(98);
    expect(byName.get(units[2].name)?.score).toBe(96);
    expect(byName.get(units[4].name)?.score).toBe(91);
    await t.prisma.scoringRules.deleteMany();
  });

  it('every step left an audit event', async () => {
    const resources = await t.prisma.auditEvent.groupBy({ by: ['resource'], _count: true });
    const counts = Object.fromEntries(resources.map((r) => [r.resource, r._count]));
    expect(counts).toMatchObject({ submissions: 9, reviews: 9, explanations: 2, exemptions: 1 });
  });
});

// The plan's registry (召政〔2018〕3号 三(五)) as seeded, the due-date endpoint, and an idempotent seed.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SeedService } from '../backend/src/app.ts';
import { readPlan } from '../backend/src/seed/plan.ts';
import { bearer, startTestApp, TEST_NOW, type TestApp } from './support/test-app.ts';

const PLAN_UNITS = [
  '区编办', '区法院', '天桥公安分局', '召陵公安分局', '区教体局', '区科技局', '区民政局', '区司法局', '区财政局',
  '区人社局', '区城乡建设局', '区交通运输局', '区水利局', '区农林局', '区畜牧局', '区商务局', '区文化旅游局',
  '区卫计委', '区审计局', '区统计局', '区民族宗教局', '区安监局', '区环保局', '区人防办', '区农机站', '区国土分局',
  '区国税局', '区地税局', '区工商分局', '区质监分局', '区规划分局', '区食药监分局', '区政府金融办',
];

describe('registry seeded from the plan', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
  });
  afterAll(() => t.close());

  it('lists the 33 units of the plan in its order', async () => {
    const res = await t.http().get('/api/units').query({ range: '[0,99]' }).set(bearer(admin));
    expect(res.status).toBe(200);
    expect(res.body.map((u: { name: string }) => u.name)).toEqual(PLAN_UNITS);
    expect(res.headers['content-range']).toBe('units 0-32/33');
  });

  it.each([
    ['SGS_MONTHLY', 33, 'MONTHLY'],
    ['SGS_STOCK', 33, 'ONCE'],
    ['HHB', 13, 'MONTHLY'],
    ['HHB_STOCK', 13, 'ONCE'],
    ['XYDM', 3, 'MONTHLY'],
  ])('stream %s is assigned to %i units (%s)', async (code, count, cadence) => {
    const streams = await t.http().get('/api/streams').query({ filter: JSON.stringify({ code }) }).set(bearer(admin));
    expect(streams.body).toHaveLength(1);
    expect(streams.body[0].cadence).toBe(cadence);
    const res = await t
      .http()
      .get('/api/assignments')
      .query({ filter: JSON.stringify({ streamId: streams.body[0].id }), range: '[0,99]' })
      .set(bearer(admin));
    expect(res.body).toHaveLength(count);
    expect(new Set(res.body.map((a: { validFrom: string }) => a.validFrom))).toEqual(new Set(['2026-01-01']));
  });

  it('assigns XYDM to exactly 区编办, 区民政局, 区工商分局', async () => {
    const plan = await readPlan();
    const xydm = plan.streams.find((s) => s.code === 'XYDM');
    expect(xydm?.units).toEqual(['区编办', '区民政局', '区工商分局']);
    const units = await t.prisma.unit.findMany({
      where: { assignments: { some: { stream: { code: 'XYDM' } } } },
      orderBy: { sortOrder: 'asc' },
    });
    expect(units.map((u) => u.name)).toEqual(['区编办', '区民政局', '区工商分局']);
  });

  it('keeps the office details as settings, not as a reporting unit', async () => {
    const office = await t.prisma.setting.findUnique({ where: { key: 'office' } });
    expect(office?.value).toMatchObject({ name: '区发改委', email: 'fgw5859@126.com', phone: '2605859' });
    expect(await t.prisma.unit.count({ where: { name: '区发改委' } })).toBe(0);
  });

  it.each([
    ['SGS_MONTHLY', '2026-09', '2026-10-08T23:59:59.999+08:00', '2026-10-05'],
    ['SGS_MONTHLY', '2026-01', '2026-02-05T23:59:59.999+08:00', undefined],
    ['SGS_MONTHLY', '2026-04', '2026-05-06T23:59:59.999+08:00', '2026-05-05'],
    ['HHB', '2025-12', '2026-01-05T23:59:59.999+08:00', undefined],
  ])('due time of %s %s is %s', async (stream, period, dueAt, shiftedFrom) => {
    const res = await t.http().get('/api/calendar/due').query({ stream, period });
    expect(res.status).toBe(200);
    expect(res.body.dueAt).toBe(dueAt);
    expect(new Date(res.body.dueAt).getTime()).toBe(new Date(dueAt).getTime());
    expect(res.body.shiftedFrom).toBe(shiftedFrom);
  });

  it('warns, rather than guesses silently, for a year the holiday calendar does not hold', async () => {
    const res = await t.http().get('/api/calendar/due').query({ stream: 'SGS_MONTHLY', period: '2031-09' });
    expect(res.status).toBe(200);
    expect(res.body.calendarKnown).toBe(false);
    expect(res.body.warning).toContain('2031');
  });

  it('lists a year\'s holidays and 调休 workdays for the calendar page, and says plainly when a year is not held', async () => {
    const known = await t.http().get('/api/calendar/holidays').query({ year: 2026 });
    expect(known.status).toBe(200);
    expect(known.body.calendarKnown).toBe(true);
    expect(known.body.holidays).toContainEqual({ name: '国庆节', from: '2026-10-01', to: '2026-10-07', days: 7 });
    const unknown = await t.http().get('/api/calendar/holidays').query({ year: 2031 });
    expect(unknown.body).toMatchObject({ calendarKnown: false, holidays: [], workdays: [] });
    expect(unknown.body.warning).toContain('尚未收录国务院办公厅公布的2031年节假日安排，截止日暂按周末顺延计算');
  });

  it.each([
    [{ stream: 'SGS_MONTHLY', period: '2026-13' }, 400, 'period'],
    [{ stream: 'SGS_MONTHLY', period: '2026-Q3' }, 400, 'period'],
    [{ stream: 'SGS_STOCK', period: 'ONCE' }, 400, 'period'],
    [{ period: '2026-09' }, 400, 'stream'],
    [{ stream: 'NOPE', period: '2026-09' }, 404, undefined],
  ])('refuses a bad due-date query %j with %i', async (query, status, field) => {
    const res = await t.http().get('/api/calendar/due').query(query);
    expect(res.status).toBe(status);
    if (field) expect(res.body.errors[field]).toMatch(/[\u4e00-\u9fff]/);
  });

  it('dates what it creates by the app\'s clock, seeded or entered (not by the database\'s now())', async () => {
    const near = (at: string | Date, clock: number) => expect(Math.abs(new Date(at).getTime() - clock)).toBeLessThan(60_000);
    // The seed ran at the test clock's start (November 2026), whatever day this machine has.
    for (const u of await t.prisma.unit.findMany()) near(u.createdAt, Date.parse(TEST_NOW));
    for (const st of await t.prisma.stream.findMany()) near(st.createdAt, Date.parse(TEST_NOW));
    t.clock.set('2026-03-02T09:00:00+08:00');
    const unit = await t.http().post('/api/units').set(bearer(admin)).send({ name: '区新设局' });
    expect(unit.status).toBe(201);
    near(unit.body.createdAt, t.clock.nowMs());
    const user = await t.http().post('/api/users').set(bearer(admin)).send({ username: 'clocked', password: 'password-123', role: 'LEADER' });
    expect(user.status).toBe(201);
    near(user.body.createdAt, t.clock.nowMs());
    t.clock.set(TEST_NOW);
  });

  it('a second seed run changes nothing', async () => {
    const snapshot = async () => ({
      units: await t.prisma.unit.findMany({ orderBy: { id: 'asc' } }),
      streams: await t.prisma.stream.findMany({ orderBy: { id: 'asc' } }),
      assignments: await t.prisma.assignment.findMany({ orderBy: { id: 'asc' } }),
      settings: await t.prisma.setting.findMany({ orderBy: { key: 'asc' } }),
      users: await t.prisma.user.findMany({ orderBy: { id: 'asc' } }),
    });
    const before = await snapshot();
    const result = await t.app.get(SeedService).run();
    expect(result).toEqual({ units: 0, streams: 0, assignments: 0, settings: 0, adminCreated: false });
    expect(await snapshot()).toEqual(before);
  });

  it('does not re-assign a stream the office ended for a unit', async () => {
    const first = await t.prisma.assignment.findFirstOrThrow({ where: { stream: { code: 'HHB' } } });
    await t.prisma.assignment.delete({ where: { id: first.id } });
    await t.prisma.assignment.create({
      data: { unitId: first.unitId, streamId: first.streamId, validFrom: first.validFrom, validTo: new Date('2026-03-31T00:00:00Z') },
    });
    const result = await t.app.get(SeedService).run();
    expect(result.assignments).toBe(0);
  });
});

// Obligations follow the assignments: generated incrementally each day, reworked for what a registry change
// touches, never more than the assignments allow, and without burning ids on re-runs.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { shanghaiDate } from '../backend/src/domain/dates.ts';
import { monthsBetween } from '../backend/src/domain/periods.ts';
import { ObligationsService } from '../backend/src/obligations/obligations.service.ts';
import { bearer, startTestApp, type TestApp } from './support/test-app.ts';

describe('obligation generation', () => {
  let t: TestApp;
  let admin: string;
  let service: ObligationsService;
  const count = (where: object = {}) => t.prisma.obligation.count({ where });

  beforeAll(async () => {
    t = await startTestApp({ TRACKING_START: '2026-01' });
    admin = await t.adminToken();
    service = t.app.get(ObligationsService);
  });
  afterAll(() => t.close());

  it('owes each assigned unit every month begun, and re-running changes nothing', async () => {
    await service.generate(new Date('2026-03-10T09:00:00+08:00'));
    expect(await count()).toBe((33 + 13 + 3) * 3);
    const again = await service.generate(new Date('2026-03-10T09:00:00+08:00'));
    expect(again).toEqual({ created: 0, updated: 0, removed: 0 });
  });

  it('the daily run adds the new month only, and ids stay dense (no sequence burnt)', async () => {
    const result = await service.generate(new Date('2026-04-01T00:05:00+08:00'), { full: false });
    expect(result.created).toBe(33 + 13 + 3);
    const [{ max }] = await t.prisma.$queryRaw<{ max: number }[]>`SELECT max(id)::int AS max FROM obligations`;
    expect(max).toBe(await count());
  });

  it('a new assignment gets its whole history at once; ending it removes what it no longer owes', async () => {
    const unit = await t.prisma.unit.findFirstOrThrow({ where: { name: '区科技局' } });
    const hhb = await t.prisma.stream.findUniqueOrThrow({ where: { code: 'HHB' } });
    expect(await count({ unitId: unit.id, streamId: hhb.id })).toBe(0);
    const created = await t.http().post('/api/assignments').set(bearer(admin)).send({ unitId: unit.id, streamId: hhb.id, validFrom: '2026-02-01' });
    expect(created.status).toBe(201);
    const months = monthsBetween('2026-02', shanghaiDate(t.clock.now()).slice(0, 7));
    const periods = (await t.prisma.obligation.findMany({ where: { unitId: unit.id, streamId: hhb.id }, orderBy: { period: 'asc' } })).map((o) => o.period);
    expect(periods).toEqual(months);

    const ended = await t.http().put(`/api/assignments/${created.body.id}`).set(bearer(admin)).send({ validTo: '2026-03-31' });
    expect(ended.status).toBe(200);
    const left = (await t.prisma.obligation.findMany({ where: { unitId: unit.id, streamId: hhb.id }, orderBy: { period: 'asc' } })).map((o) => o.period);
    expect(left).toEqual(['2026-02', '2026-03']);
  });

  it('a filed obligation is kept even when its assignment is ended', async () => {
    const unit = await t.prisma.unit.findFirstOrThrow({ where: { name: '区民政局' } });
    const xydm = await t.prisma.stream.findUniqueOrThrow({ where: { code: 'XYDM' } });
    const april = await t.prisma.obligation.findFirstOrThrow({ where: { unitId: unit.id, streamId: xydm.id, period: '2026-04' } });
    const filed = await t.http().post('/api/submissions').set(bearer(admin)).send({ obligationId: april.id, kind: 'NO_DATA', reason: '本月无新赋代码' });
    expect(filed.status).toBe(201);
    const assignment = await t.prisma.assignment.findFirstOrThrow({ where: { unitId: unit.id, streamId: xydm.id } });
    const res = await t.http().put(`/api/assignments/${assignment.id}`).set(bearer(admin)).send({ validTo: '2026-02-28' });
    expect(res.status).toBe(200);
    const periods = (await t.prisma.obligation.findMany({ where: { unitId: unit.id, streamId: xydm.id }, orderBy: { period: 'asc' } })).map((o) => o.period);
    expect(periods).toEqual(['2026-01', '2026-02', '2026-04']);
  });

  it('a changed due rule re-dates only what is not yet due', async () => {
    const stream = await t.prisma.stream.findUniqueOrThrow({ where: { code: 'SGS_MONTHLY' } });
    const past = await t.prisma.obligation.findFirstOrThrow({ where: { streamId: stream.id, period: '2026-01' } });
    const res = await t.http().put(`/api/streams/${stream.id}`).set(bearer(admin)).send({ dueDay: 10 });
    expect(res.status).toBe(200);
    const after = await t.prisma.obligation.findUniqueOrThrow({ where: { id: past.id } });
    expect(after.dueAt).toEqual(past.dueAt);
    const current = shanghaiDate(t.clock.now()).slice(0, 7);
    const open = await t.prisma.obligation.findFirstOrThrow({ where: { streamId: stream.id, period: current } });
    const due = await t.http().get('/api/calendar/due').query({ stream: 'SGS_MONTHLY', period: current });
    expect(open.dueAt.toISOString()).toBe(new Date(due.body.dueAt).toISOString());
    expect(due.body.dueDate.slice(8)).toMatch(/^(1[0-9])$/);
  });

  it('a one-off stream is owed once its due date is set', async () => {
    const stock = await t.prisma.stream.findUniqueOrThrow({ where: { code: 'HHB_STOCK' } });
    expect(await count({ streamId: stock.id })).toBe(0);
    const res = await t.http().put(`/api/streams/${stock.id}`).set(bearer(admin)).send({ dueDate: '2026-06-30' });
    expect(res.status).toBe(200);
    const rows = await t.prisma.obligation.findMany({ where: { streamId: stock.id } });
    expect(rows).toHaveLength(13);
    expect(new Set(rows.map((r) => r.period))).toEqual(new Set(['ONCE']));
  });
});

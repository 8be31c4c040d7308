// The cached ranking never goes stale: any write, on any instance, is seen by the next request.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ComplianceRepository } from '../backend/src/compliance/compliance.repository.ts';
import { ObligationsService } from '../backend/src/obligations/obligations.service.ts';
import { bearer, startTestApp, type TestApp } from './support/test-app.ts';

describe('ranking cache', () => {
  let a: TestApp;
  let b: TestApp;
  let tokenA: string;
  let tokenB: string;
  let unit: { id: number; name: string };

  beforeAll(async () => {
    a = await startTestApp({ TRACKING_START: '2026-01' });
    b = await startTestApp({ TRACKING_START: '2026-01' }, { databaseUrl: a.databaseUrl });
    await a.app.get(ObligationsService).generate(new Date('2026-11-27T10:00:00+08:00'));
    tokenA = await a.adminToken();
    tokenB = await b.adminToken();
    unit = await a.prisma.unit.findFirstOrThrow({ where: { sortOrder: 7 } });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  const row = async (t: TestApp, token: string) => {
    const res = await t.http().get('/api/compliance/ranking').query({ from: '2026-02', to: '2026-02', stream: 'SGS_MONTHLY' }).set(bearer(token));
    expect(res.status).toBe(200);
    return res.body.find((r: { unitId: number }) => r.unitId === unit.id);
  };

  it('a filing accepted on one instance shows at once on both', async () => {
    expect(await row(a, tokenA)).toMatchObject({ missing: 1, onTime: 0, rank: 1 });
    expect(await row(b, tokenB)).toMatchObject({ missing: 1, onTime: 0 });
    const o = await a.prisma.obligation.findFirstOrThrow({ where: { unitId: unit.id, period: '2026-02', stream: { code: 'SGS_MONTHLY' } } });
    const s = await a.http().post('/api/submissions').set(bearer(tokenA)).send({ obligationId: o.id, kind: 'NO_DATA', reason: '本月无数据', receivedAt: '2026-03-02T09:00:00+08:00' });
    await a.http().post('/api/reviews').set(bearer(tokenA)).send({ submissionId: s.body.id, decision: 'ACCEPT' }).expect(201);
    expect(await row(a, tokenA)).toMatchObject({ missing: 0, onTime: 1, rank: 1 });
    expect(await row(b, tokenB)).toMatchObject({ missing: 0, onTime: 1, rank: 1, score: 99 });
  });

  it('a contact added on one instance lifts the score on the other', async () => {
    await a.http().post('/api/contacts').set(bearer(tokenA)).send({ unitId: unit.id, name: '周八', primary: true }).expect(201);
    expect(await row(b, tokenB)).toMatchObject({ score: 100, hasContact: true });
  });

  it('knows when the next status in a range changes by itself', async () => {
    const repo = a.app.get(ComplianceRepository);
    const now = new Date('2026-11-27T10:00:00+08:00');
    const next = await repo.nextDueAfter({ fromMonth: '2026-11', toMonth: '2026-11', streamCode: null, unitId: null }, now);
    expect(next?.toISOString()).toBe('2026-12-07T15:59:59.999Z');
    expect(await repo.nextDueAfter({ fromMonth: '2026-02', toMonth: '2026-02', streamCode: null, unitId: null }, now)).toBeNull();
  });
});

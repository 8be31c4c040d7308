// Many writers at once (issue 16): 50 units file and are reviewed concurrently while the ranking is read over
// and over. Writers no longer queue on one version row, and the cached ranking never goes stale: every read
// holds every filing that completed before the read began and none that began after it ended, and the last
// read equals a ranking computed from scratch.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ObligationsService } from '../backend/src/obligations/obligations.service.ts';
import { COUNTS } from './support/scenario.ts';
import { bearer, startTestApp, TEST_NOW, type TestApp } from './support/test-app.ts';

const UNITS = 33; // every unit of the plan; 50 filings: all units file September, 17 of them August too
const RANGE = { from: '2026-08', to: '2026-09', stream: 'SGS_MONTHLY' };

interface Filing {
  unitId: number;
  obligationId: number;
  token: string;
  filedFrom?: number;
  filedAt?: number;
  acceptedAt?: number;
}
type RankingRow = { unitId: number; missing: number; inReview: number; late: number; onTime: number; rank: number; score: number };

/** At most `n` of `work` at once (one account may have 8 requests in flight). */
async function pool<T>(n: number, items: T[], work: (item: T) => Promise<void>) {
  const queue = [...items];
  await Promise.all(Array.from({ length: n }, async () => {
    for (let item = queue.shift(); item; item = queue.shift()) await work(item);
  }));
}

describe('50 concurrent filings and reviews interleaved with ranking reads', () => {
  let t: TestApp;
  let admins: string[];
  let reader: string;
  const filings: Filing[] = [];
  /** The last change row before the concurrent writes. */
  let lastChangeBefore = 0n;

  beforeAll(async () => {
    t = await startTestApp({ TRACKING_START: '2026-01' });
    await t.app.get(ObligationsService).generate(new Date(TEST_NOW));
    admins = [await t.adminToken(), await t.userToken('ADMIN'), await t.userToken('ADMIN')];
    reader = await t.userToken('LEADER');
    const units = await t.prisma.unit.findMany({ where: { active: true }, orderBy: { sortOrder: 'asc' } });
    expect(units).toHaveLength(UNITS);
    for (const [i, u] of units.entries()) {
      const token = await t.userToken('UNIT', u.id);
      for (const period of i < 17 ? ['2026-08', '2026-09'] : ['2026-09']) {
        const o = await t.prisma.obligation.findFirstOrThrow({ where: { unitId: u.id, period, stream: { code: 'SGS_MONTHLY' } } });
        filings.push({ unitId: u.id, obligationId: o.id, token });
      }
    }
    expect(filings).toHaveLength(50);
  });
  afterAll(() => t.close());

  it('every read is consistent with the writes around it; the last equals a ranking from scratch', async () => {
    const read = async () => {
      const res = await t.http().get('/api/compliance/ranking').query(RANGE).set(bearer(reader));
      expect(res.status).toBe(200);
      return res.body as RankingRow[];
    };
    const before = new Map((await read()).map((r) => [r.unitId, r]));
    lastChangeBefore = (await t.prisma.$queryRaw<{ id: bigint }[]>`SELECT coalesce(max(id), 0) AS id FROM data_changes`)[0]!.id;
    const reads: { startedAt: number; endedAt: number; rows: RankingRow[] }[] = [];
    let writing = true;
    const readers = Array.from({ length: 2 }, async () => {
      while (writing) {
        const startedAt = performance.now();
        const rows = await read();
        reads.push({ startedAt, endedAt: performance.now(), rows });
      }
    });
    let n = 0;
    await pool(12, [...filings], async (f) => {
      f.filedFrom = performance.now();
      const filed = await t.http().post('/api/submissions').set(bearer(f.token)).send({ obligationId: f.obligationId, kind: 'DATA', counts: COUNTS });
      expect(filed.status).toBe(201);
      f.filedAt = performance.now();
      const review = await t.http().post('/api/reviews').set(bearer(admins[n++ % admins.length]!)).send({ submissionId: filed.body.id, decision: 'ACCEPT' });
      expect(review.status).toBe(201);
      f.acceptedAt = performance.now();
    });
    writing = false;
    await Promise.all(readers);
    expect(reads.length).toBeGreaterThan(5);

    // Per unit, which of its filings a read must (or must not) contain.
    for (const r of reads) {
      const rows = new Map(r.rows.map((x) => [x.unitId, x]));
      for (const unitId of new Set(filings.map((f) => f.unitId))) {
        const mine = filings.filter((f) => f.unitId === unitId);
        const row = rows.get(unitId)!;
        const was = before.get(unitId)!;
        const accepted = mine.filter((f) => f.acceptedAt! < r.startedAt).length;
        const filed = mine.filter((f) => f.filedAt! < r.startedAt).length;
        const notYet = mine.filter((f) => f.filedFrom! > r.endedAt).length;
        expect({ unitId, late: row.late >= was.late + accepted }).toEqual({ unitId, late: true });
        expect({ unitId, missing: row.missing <= was.missing - filed }).toEqual({ unitId, missing: true });
        expect({ unitId, missing: row.missing >= notYet }).toEqual({ unitId, missing: true });
      }
    }

    // After the last write: the cached answer is the one computed from scratch (asOf bypasses the cache).
    const cached = await read();
    const fresh = await t.http().get('/api/compliance/ranking').query({ ...RANGE, asOf: new Date(t.clock.now().getTime() + 1000).toISOString() }).set(bearer(reader));
    expect(cached).toEqual(fresh.body);
    const filedBy = (unitId: number) => filings.filter((f) => f.unitId === unitId).length;
    expect(cached.map((r) => [r.unitId, r.missing, r.inReview])).toEqual(cached.map((r) => [r.unitId, before.get(r.unitId)!.missing - filedBy(r.unitId), 0]));
    expect(cached.reduce((s, r) => s + r.late, 0)).toBe(50 + [...before.values()].reduce((s, r) => s + r.late, 0));
  });

  it('a writing transaction leaves one change row per unit it touched, however many statements it runs', async () => {
    const rows = await t.prisma.$queryRaw<{ n: bigint; distinct: bigint }[]>`
      SELECT count(*) AS n, count(DISTINCT (txid, coalesce(unit_id, 0))) AS distinct FROM data_changes`;
    expect(rows[0]!.n).toBe(rows[0]!.distinct);
    // The filings and reviews named their units only (none stood for every unit): 50 filings, 50 reviews.
    const written = await t.prisma.$queryRaw<{ unit_id: number | null; txids: bigint }[]>`
      SELECT unit_id, count(DISTINCT txid) AS txids FROM data_changes WHERE id > ${lastChangeBefore} GROUP BY unit_id`;
    expect(written.filter((r) => r.unit_id === null)).toEqual([]);
    const filedBy = (unitId: number) => filings.filter((f) => f.unitId === unitId).length;
    expect(written.map((r) => [r.unit_id, Number(r.txids)]).sort()).toEqual([...new Set(filings.map((f) => f.unitId))].map((u) => [u, 2 * filedBy(u)]).sort());
    // A unit's own change names that unit, once.
    const unitId = filings[0]!.unitId;
    const last = (await t.prisma.$queryRaw<{ id: bigint }[]>`SELECT max(id) AS id FROM data_changes`)[0]!.id;
    const res = await t.http().put(`/api/units/${unitId}`).set(bearer(admins[0]!)).send({ address: '召陵区新地址1号' });
    expect(res.status).toBe(200);
    const added = await t.prisma.$queryRaw<{ unit_id: number | null }[]>`SELECT unit_id FROM data_changes WHERE id > ${last}`;
    expect(added).toEqual([{ unit_id: unitId }]);
  });
});

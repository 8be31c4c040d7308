// The set-based status in SQL must agree with the pure reference (domain/status.ts and domain/metrics.ts)
// for random histories replayed at many instants, and the stored state must equal the replay of now.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Prisma } from '../backend/src/generated/prisma/client.ts';
import { computeMetrics, isExpected, isMissing } from '../backend/src/domain/metrics.ts';
import { obligationStatus, type ObligationFacts } from '../backend/src/domain/status.ts';
import { metricCounts, replayedFacts, storedFacts, withStatus } from '../backend/src/obligations/obligation-status.sql.ts';
import { ObligationsRepository } from '../backend/src/obligations/obligations.repository.ts';
import { ObligationsService } from '../backend/src/obligations/obligations.service.ts';
import { startTestApp, type TestApp } from './support/test-app.ts';

/** Deterministic PRNG (mulberry32) so a failure can be reproduced. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;

describe('SQL status = reference status', () => {
  let t: TestApp;
  const facts = new Map<number, ObligationFacts>();

  beforeAll(async () => {
    t = await startTestApp({ TRACKING_START: '2026-01' });
    await t.app.get(ObligationsService).generate(new Date('2026-06-30T10:00:00+08:00'));
    const obligations = await t.prisma.obligation.findMany({ where: { stream: { code: 'SGS_MONTHLY' } }, include: { stream: true }, orderBy: { id: 'asc' }, take: 150 });
    const random = rng(20261127);
    const at = (base: Date, maxDays: number) => new Date(base.getTime() + Math.floor(random() * maxDays * DAY));
    const repo = t.app.get(ObligationsRepository);
    for (const o of obligations) {
      const f: ObligationFacts = { dueAt: o.dueAt, correctionWorkdays: o.stream.correctionWorkdays, exemptedAt: null, submissions: [], explanations: [] };
      let clock = new Date(o.dueAt.getTime() - 4 * DAY);
      const versions = Math.floor(random() * 4);
      for (let v = 1; v <= versions; v++) {
        clock = at(clock, v === 1 ? 8 : 3);
        const s = await t.prisma.submission.create({ data: { obligationId: o.id, version: v, kind: random() < 0.2 ? 'NO_DATA' : 'DATA', reason: '说明', filedAt: clock } });
        const fact = { id: s.id, version: v, filedAt: clock, review: null as ObligationFacts['submissions'][number]['review'] };
        f.submissions.push(fact);
        const roll = random();
        if (roll < 0.25) break; // left waiting for review
        clock = at(clock, 4);
        const decision = roll > 0.6 ? 'ACCEPT' : 'RETURN';
        fact.review = { decision, decidedAt: clock };
        const timelinessAt = decision === 'ACCEPT' ? obligationStatus(f, clock).timelinessAt : null;
        await t.prisma.review.create({ data: { submissionId: s.id, decision, reason: '审核', decidedAt: clock, timelinessAt } });
        if (decision === 'ACCEPT') break;
      }
      if (random() < (f.submissions.length === 0 ? 0.4 : 0.1)) {
        const decidedAt = at(o.dueAt, 20);
        await t.prisma.explanation.create({ data: { obligationId: o.id, category: 'OTHER', text: '说明情况', filedAt: decidedAt, status: 'ACCEPTED', decidedAt } });
        f.explanations.push({ status: 'ACCEPTED', decidedAt });
      }
      if (random() < 0.08) {
        f.exemptedAt = at(o.dueAt, 30);
        await t.prisma.exemption.create({ data: { obligationId: o.id, reason: '免报', createdAt: f.exemptedAt } });
      }
      await repo.refreshState(t.prisma, o.id);
      facts.set(o.id, f);
    }
  });
  afterAll(() => t.close());

  const ids = () => [...facts.keys()];
  const where = () => Prisma.sql`o.id = ANY(${ids()}::int[])`;

  it.each(['2026-02-01', '2026-02-06', '2026-03-05', '2026-03-06', '2026-04-10', '2026-05-20', '2026-09-01'])(
    'replayed at %s',
    async (day) => {
      const asOf = new Date(`${day}T12:00:00+08:00`);
      const rows = await t.prisma.$queryRaw<
        { id: number; status: string; days_late: number | null; past_due: boolean; latest_submission_id: number | null; missing: boolean; expected: boolean }[]
      >(withStatus(replayedFacts(asOf, where()), asOf));
      expect(rows).toHaveLength(facts.size);
      for (const row of rows) {
        const expected = obligationStatus(facts.get(row.id)!, asOf);
        expect({ id: row.id, status: row.status, daysLate: row.days_late, pastDue: row.past_due, latest: row.latest_submission_id }).toEqual({
          id: row.id,
          status: expected.status,
          daysLate: expected.daysLate,
          pastDue: expected.pastDue,
          latest: expected.latestSubmissionId,
        });
        // The verdict columns every consumer selects are the domain's isMissing / isExpected.
        expect({ id: row.id, missing: row.missing, expected: row.expected }).toEqual({ id: row.id, missing: isMissing(expected), expected: isExpected(expected) });
      }
      // And the per-unit aggregation equals the reference metrics.
      const counts = await t.prisma.$queryRaw<{ group_key: number; expected: number; on_time: number; late: number; missing: number; excused: number; in_review: number; days_late: number }[]>(
        metricCounts(withStatus(replayedFacts(asOf, where()), asOf), Prisma.sql`s.unit_id`),
      );
      const units = await t.prisma.obligation.findMany({ where: { id: { in: ids() } }, select: { id: true, unitId: true } });
      for (const c of counts) {
        const mine = units.filter((u) => u.unitId === c.group_key).map((u) => obligationStatus(facts.get(u.id)!, asOf));
        const m = computeMetrics(mine);
        expect([c.expected, c.on_time, c.late, c.missing, c.excused, c.in_review, c.days_late]).toEqual([m.expected, m.onTime, m.late, m.missing, m.excused, m.inReview, m.daysLate]);
      }
    },
  );

  it('the stored state equals the replay of now', async () => {
    const now = t.clock.now();
    const stored = await t.prisma.$queryRaw<{ id: number; status: string; days_late: number | null }[]>(withStatus(storedFacts(where()), now));
    const replayed = await t.prisma.$queryRaw<{ id: number; status: string; days_late: number | null }[]>(withStatus(replayedFacts(now, where()), now));
    const byId = (rows: { id: number }[]) => [...rows].sort((a, b) => a.id - b.id);
    expect(byId(stored)).toEqual(byId(replayed));
    const statuses = new Set(stored.map((r) => r.status));
    // The random histories cover the statuses that matter.
    for (const s of ['ON_TIME', 'LATE', 'SUBMITTED', 'RETURNED', 'OVERDUE', 'EXCUSED', 'EXEMPT']) expect(statuses).toContain(s);
  });
});

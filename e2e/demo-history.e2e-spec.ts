// The reusable history generator (npm run demo, the benchmark): realistic, set-based, and with every
// obligation's stored state exactly what the live system would have computed from the same facts.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Prisma } from '../backend/src/generated/prisma/client.ts';
import { generateHistory, HistoryAlreadyPresent, type HistoryResult } from '../backend/src/demo/history.ts';
import { generateDemoRecords } from '../backend/src/demo/history-records.ts';
import { generateHistoryNotices } from '../backend/src/demo/history-notices.ts';
import { obligationStatus } from '../backend/src/domain/status.ts';
import { replayedFacts } from '../backend/src/obligations/obligation-status.sql.ts';
import { startTestApp, type TestApp } from './support/test-app.ts';

const NOW = new Date('2026-09-20T12:00:00+08:00');

/** Every obligation's status at NOW by the pure domain rules, from the rows the generator wrote. */
async function domainStatuses(t: TestApp) {
  const rows = await t.prisma.obligation.findMany({
    include: {
      stream: { select: { correctionWorkdays: true } },
      exemption: true,
      explanations: true,
      submissions: { include: { review: true } },
    },
  });
  return rows.map((o) => ({
    id: o.id,
    unitId: o.unitId,
    ...obligationStatus(
      {
        dueAt: o.dueAt,
        correctionWorkdays: o.stream.correctionWorkdays,
        exemptedAt: o.exemption?.createdAt ?? null,
        explanations: o.explanations,
        submissions: o.submissions,
      },
      NOW,
    ),
  }));
}

describe('demo history (33 units, 12 months)', () => {
  let t: TestApp;
  let result: HistoryResult;
  beforeAll(async () => {
    t = await startTestApp();
    result = await generateHistory(t.app, { now: NOW, seed: 'e2e', months: 12 });
  });
  afterAll(() => t.close());

  it('covers a year of the plan: every unit, every month, the one-off stock reports', async () => {
    expect(result).toMatchObject({ fromMonth: '2025-09', units: 33, unitsAdded: 0 });
    const periods = await t.prisma.obligation.groupBy({ by: ['period'], _count: true, orderBy: { period: 'asc' } });
    expect(periods.map((p) => p.period)).toEqual([
      '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05',
      '2026-06', '2026-07', '2026-08', '2026-09', 'ONCE',
    ]);
    expect(periods.find((p) => p.period === '2026-08')?._count).toBe(33 + 13 + 3);
    expect(result.obligations).toBe(await t.prisma.obligation.count());
    expect(result.submissions).toBe(await t.prisma.submission.count());
  });

  it('stores on every obligation the state a refresh from its facts computes', async () => {
    const [row] = await t.prisma.$queryRaw<{ n: number }[]>(Prisma.sql`
      SELECT count(*)::int AS n FROM obligations o JOIN (${replayedFacts(null, Prisma.sql`true`)}) f ON f.id = o.id
      WHERE (o.state, o.timeliness_at, o.latest_submission_id) IS DISTINCT FROM (f.state, f.timeliness_at, f.latest_submission_id)`);
    expect(row.n).toBe(0);
    expect(await t.prisma.obligation.count({ where: { state: { not: 'OPEN' } } })).toBeGreaterThan(500);
  });

  it('agrees, obligation by obligation, with the domain rules replayed from the same facts', async () => {
    const expected = await domainStatuses(t);
    const res = await t.http()
      .get('/api/obligations')
      .query({ filter: JSON.stringify({ asOf: NOW.toISOString() }), range: '[0,999]', sort: '["id","ASC"]' })
      .set('Authorization', `Bearer ${await t.adminToken()}`);
    expect(res.status).toBe(200);
    const api = new Map((res.body as { id: number; status: string; daysLate: number | null }[]).map((o) => [o.id, o]));
    expect(api.size).toBe(expected.length);
    for (const e of expected) expect([e.id, api.get(e.id)?.status, api.get(e.id)?.daysLate]).toEqual([e.id, e.status, e.daysLate]);
  });

  it('is mostly on time, with some late, a few missing, returns, explanations and exemptions', async () => {
    const statuses = await domainStatuses(t);
    const share = (s: string) => statuses.filter((x) => x.status === s).length / statuses.length;
    expect(share('ON_TIME')).toBeGreaterThan(0.65);
    expect(share('LATE')).toBeGreaterThan(0.03);
    expect(share('OVERDUE') + share('RETURNED')).toBeGreaterThan(0);
    expect(share('OVERDUE') + share('RETURNED')).toBeLessThan(0.1);
    expect(share('EXEMPT')).toBeGreaterThan(0);
    expect(await t.prisma.review.count({ where: { decision: 'RETURN' } })).toBeGreaterThan(10);
    const explanations = await t.prisma.explanation.groupBy({ by: ['status'], _count: true });
    expect(explanations.length).toBeGreaterThan(1);
    expect(await t.prisma.attachment.count()).toBeGreaterThan(0);
    const unitsWithContacts = await t.prisma.contact.groupBy({ by: ['unitId'], where: { primary: true } });
    expect(unitsWithContacts.length).toBeGreaterThan(25);
  });

  it('dates nothing after its end', async () => {
    expect(await t.prisma.submission.count({ where: { filedAt: { gt: NOW } } })).toBe(0);
    expect(await t.prisma.review.count({ where: { decidedAt: { gt: NOW } } })).toBe(0);
    expect(await t.prisma.explanation.count({ where: { filedAt: { gt: NOW } } })).toBe(0);
  });

  it('gives the accepted 双公示 filings their records: mostly valid, a few classic mistakes, counts = the valid records', async () => {
    const entered = await generateDemoRecords(t.app, { months: 3, now: NOW, seed: 'e2e' });
    expect(entered).toBeGreaterThan(50);
    expect(await t.prisma.creditRecord.count()).toBe(entered);
    const imports = await t.prisma.recordImport.findMany({ where: { submissionId: { not: null } }, include: { submission: true } });
    const rows = imports.reduce((n, i) => n + i.rows, 0);
    const valid = imports.reduce((n, i) => n + i.valid, 0);
    expect(valid).toBe(entered);
    expect(valid / rows).toBeGreaterThan(0.8);
    expect(valid).toBeLessThan(rows); // some mistakes, for the screens that show them
    expect(imports.some((i) => i.late > 0)).toBe(true);
    for (const i of imports) {
      const s = i.submission!;
      const library = await t.prisma.creditRecord.groupBy({ by: ['kind'], where: { submissionId: s.id }, _count: true });
      const count = (k: string) => library.find((l) => l.kind === k)?._count ?? 0;
      expect([s.legalPersonPenalties, s.legalPersonLicenses, s.naturalPersonPenalties, s.naturalPersonLicenses]).toEqual([
        count('CF_LEGAL'), count('XK_LEGAL'), count('CF_NATURAL'), count('XK_NATURAL'),
      ]);
    }
  });

  it('holds the notices its chase would have sent, each made on its morning from the facts of that morning', async () => {
    // A unit contact's account, of a unit still missing a report from long ago: it has read its older notices.
    const missing = await t.prisma.obligation.findFirstOrThrow({ where: { state: 'OPEN', dueAt: { lt: new Date(NOW.getTime() - 60 * 86_400_000) } } });
    const chasedUnit = { id: missing.unitId };
    await t.userToken('UNIT', chasedUnit.id);
    const started = Date.now();
    const stored = await generateHistoryNotices(t.app, { fromMonth: result.fromMonth, now: NOW });
    const notices = await t.prisma.notice.findMany({ include: { items: true } });
    expect(stored).toBe(notices.length);
    expect(new Set(notices.map((n) => n.kind))).toEqual(new Set(['REMINDER', 'OVERDUE', 'ESCALATION', 'SUMMARY']));
    // Spread over the year, each dated at 09:00 Beijing time of its day, none after the history's end.
    expect(new Set(notices.map((n) => n.forDate.toISOString().slice(0, 7))).size).toBeGreaterThanOrEqual(12);
    for (const n of notices) {
      expect([n.id, n.createdAt.toISOString()]).toEqual([n.id, new Date(`${n.forDate.toISOString().slice(0, 10)}T09:00:00+08:00`).toISOString()]);
      expect(n.createdAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
    }
    // From the facts of its morning: nothing filed on time at its first version was ever chased as overdue,
    // and every overdue item was past due that morning.
    const onTimeFirst = await t.prisma.submission.findMany({
      where: { version: 1, review: { decision: 'ACCEPT' } },
      include: { obligation: { select: { dueAt: true } } },
    });
    const filedInTime = new Set(onTimeFirst.filter((s) => s.filedAt <= s.obligation.dueAt).map((s) => s.obligationId));
    const overdue = notices.filter((n) => n.kind === 'OVERDUE');
    const dues = new Map((await t.prisma.obligation.findMany({ select: { id: true, dueAt: true } })).map((o) => [o.id, o.dueAt]));
    for (const n of overdue) {
      for (const id of n.obligationIds) {
        expect([n.id, id, filedInTime.has(id)]).toEqual([n.id, id, false]);
        expect(dues.get(id)!.getTime()).toBeLessThan(n.createdAt.getTime());
      }
    }
    // Older notices have been read by their unit; the chase's mails of the past are not sent again.
    const read = await t.prisma.noticeRead.findMany({ include: { notice: true } });
    expect(read.length).toBeGreaterThan(0);
    for (const r of read) expect(r.notice.unitId).toBe(chasedUnit.id);
    expect(await t.prisma.mail.count({ where: { status: 'PENDING' } })).toBe(0);
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 120_000);

  it('refuses to write a second history into the same database', async () => {
    await expect(generateHistory(t.app, { now: NOW })).rejects.toBeInstanceOf(HistoryAlreadyPresent);
  });
});

describe('demo history at another scale', () => {
  let t: TestApp;
  afterAll(() => t.close());

  it('adds synthetic units with their assignments and gives them a history too', async () => {
    t = await startTestApp();
    const result = await generateHistory(t.app, { now: NOW, seed: 'scale', units: 45, months: 3, batchSize: 50 });
    expect(result).toMatchObject({ units: 45, unitsAdded: 12, fromMonth: '2026-06' });
    const synthetic = await t.prisma.unit.findFirstOrThrow({ where: { sortOrder: 45 } });
    expect(synthetic.name).toBe('模拟单位00045');
    const owed = await t.prisma.obligation.count({ where: { unitId: synthetic.id, stream: { code: 'SGS_MONTHLY' } } });
    expect(owed).toBe(4); // 2026-06 … 2026-09
    expect(await t.prisma.submission.count({ where: { obligation: { unitId: synthetic.id } } })).toBeGreaterThan(0);
  });
});

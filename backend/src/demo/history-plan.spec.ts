import { describe, expect, it } from '@jest/globals';
import { dueDateFor, dueInstant } from '../domain/calendar.ts';
import { obligationStatus } from '../domain/status.ts';
import { monthsBetween } from '../domain/periods.ts';
import { planHistory, type HistoryObligation, type HistoryPlan } from './history-plan.ts';
import { planContacts } from './history-people.ts';

const NOW = new Date('2026-10-20T10:00:00+08:00');
const rule = { cadence: 'MONTHLY' as const, dueDay: 5, dueDate: null, holidayPolicy: 'NEXT_WORKDAY' as const };

/** 33 units × the monthly 双公示 of 2025-10 … 2026-10, due dates by the real calendar. */
function obligations(units = 33): HistoryObligation[] {
  const rows: HistoryObligation[] = [];
  let id = 1;
  for (let u = 1; u <= units; u++) {
    for (const period of monthsBetween('2025-10', '2026-10')) {
      rows.push({
        id: id++,
        unitOrder: u,
        unitName: `单位${u}`,
        streamCode: u % 3 === 0 ? 'HHB' : 'SGS_MONTHLY',
        requiresCounts: u % 3 !== 0,
        correctionWorkdays: 3,
        period,
        dueAt: dueInstant(dueDateFor(rule, period)!.dueDate),
      });
    }
  }
  return rows;
}

/** Each obligation's status at NOW, replayed by the domain rules from the planned facts. */
function statuses(list: HistoryObligation[], plan: HistoryPlan) {
  return list.map((o) => {
    const subs = plan.submissions.filter((s) => s.obligationId === o.id);
    return obligationStatus(
      {
        dueAt: o.dueAt,
        correctionWorkdays: o.correctionWorkdays,
        exemptedAt: plan.exemptions.find((e) => e.obligationId === o.id)?.createdAt ?? null,
        explanations: plan.explanations.filter((e) => e.obligationId === o.id),
        submissions: subs.map((s) => ({ id: s.version, version: s.version, filedAt: s.filedAt, review: s.review })),
      },
      NOW,
    );
  });
}

describe('planHistory', () => {
  const list = obligations();
  const plan = planHistory(list, 'seed-1', NOW);

  it('tells the same story for the same seed, another for another seed', () => {
    expect(planHistory(list, 'seed-1', NOW)).toEqual(plan);
    expect(planHistory(list, 'seed-2', NOW)).not.toEqual(plan);
  });

  it('dates nothing after now', () => {
    const times = [
      ...plan.submissions.flatMap((s) => [s.filedAt, s.review?.decidedAt]),
      ...plan.explanations.flatMap((e) => [e.filedAt, e.decidedAt]),
      ...plan.exemptions.map((e) => e.createdAt),
    ].filter((t): t is Date => t instanceof Date);
    expect(times.length).toBeGreaterThan(300);
    expect(times.every((t) => t.getTime() <= NOW.getTime())).toBe(true);
  });

  it('numbers versions 1, 2, … and files a new one only after a return', () => {
    const byObligation = new Map<number, typeof plan.submissions>();
    for (const s of plan.submissions) byObligation.set(s.obligationId, [...(byObligation.get(s.obligationId) ?? []), s]);
    for (const versions of byObligation.values()) {
      versions.forEach((s, i) => {
        expect(s.version).toBe(i + 1);
        if (i > 0) {
          expect(versions[i - 1]!.review?.decision).toBe('RETURN');
          expect(s.filedAt.getTime()).toBeGreaterThan(versions[i - 1]!.review!.decidedAt.getTime());
        }
      });
    }
  });

  it('gives an obligation one story only: exempt, filed, or explained', () => {
    const filed = new Set(plan.submissions.map((s) => s.obligationId));
    const explained = new Set(plan.explanations.map((e) => e.obligationId));
    for (const e of plan.exemptions) expect(filed.has(e.obligationId) || explained.has(e.obligationId)).toBe(false);
    for (const id of explained) expect(filed.has(id)).toBe(false);
  });

  it('fixes the timeliness of every acceptance as the review service would', () => {
    const accepted = plan.submissions.filter((s) => s.review?.decision === 'ACCEPT');
    expect(accepted.length).toBeGreaterThan(300);
    for (const s of accepted) {
      const o = list.find((x) => x.id === s.obligationId)!;
      const versions = plan.submissions.filter((x) => x.obligationId === o.id);
      const replay = obligationStatus(
        {
          dueAt: o.dueAt,
          correctionWorkdays: 3,
          exemptedAt: null,
          explanations: [],
          submissions: versions.map((v) => ({ id: v.version, version: v.version, filedAt: v.filedAt, review: v.review })),
        },
        s.review!.decidedAt,
      );
      expect(s.review!.timelinessAt).toEqual(replay.timelinessAt);
    }
  });

  it('is mostly on time, with some late, a few missing, returns, explanations and exemptions', () => {
    const count = (status: string) => statuses(list, plan).filter((s) => s.status === status).length;
    const total = list.length;
    expect(count('ON_TIME') / total).toBeGreaterThan(0.7);
    expect(count('ON_TIME') / total).toBeLessThan(0.95);
    expect(count('LATE')).toBeGreaterThan(total * 0.03);
    expect(count('OVERDUE') + count('RETURNED')).toBeGreaterThan(0);
    expect(count('OVERDUE') + count('RETURNED')).toBeLessThan(total * 0.1);
    expect(count('PENDING')).toBeGreaterThan(0); // 2026-10 is not due yet
    expect(plan.submissions.filter((s) => s.review?.decision === 'RETURN').length).toBeGreaterThan(10);
    expect(plan.submissions.some((s) => s.kind === 'NO_DATA' && s.reason)).toBe(true);
    expect(plan.submissions.some((s) => s.attachment && !s.counts)).toBe(true);
    expect(new Set(plan.explanations.map((e) => e.status)).size).toBeGreaterThan(1);
    expect(plan.exemptions.length).toBeGreaterThan(0);
  });
});

describe('planContacts', () => {
  const units = Array.from({ length: 200 }, (_, i) => ({ id: i + 1, sortOrder: i + 1 }));
  const rows = planContacts(units, 'seed-1');

  it('gives most units one primary contact and leaves a few without anyone', () => {
    const primaries = rows.filter((r) => r.primary);
    expect(new Set(primaries.map((r) => r.unitId)).size).toBe(primaries.length);
    expect(primaries.length).toBeGreaterThan(180);
    expect(primaries.length).toBeLessThan(200);
    expect(rows.some((r) => r.leader && !r.primary)).toBe(true);
  });

  it('writes numbers and addresses the contacts form accepts', () => {
    for (const r of rows) {
      expect(r.phone).toMatch(/^[0-9+\-() 转]{5,30}$/);
      expect(r.mobile).toMatch(/^1\d{10}$/);
      expect(r.email).toMatch(/^[a-z0-9]+@zhaoling\.example$/);
    }
  });
});

import { describe, expect, it } from '@jest/globals';
import { DEFAULT_SCORING_RULES, scoreFromCounts } from '../domain/score.ts';
import { assessUnit, rankResults } from './assessment-results.ts';
import type { DeductionFact, YearFactsRow } from './assessments.dto.ts';

const fact = (obligationId: number, status: DeductionFact['status'], daysLate: number | null = null, pastDue = true): DeductionFact => ({
  obligationId,
  streamName: '“双公示”信息月度统计',
  period: `2026-${String(((obligationId - 1) % 12) + 1).padStart(2, '0')}`,
  status,
  pastDue,
  daysLate,
});

const row = (unitId: number, counts: Partial<YearFactsRow>, facts: DeductionFact[] | null): YearFactsRow => ({
  unit_id: unitId,
  unit_name: `单位${unitId}`,
  sort_order: unitId,
  has_contact: true,
  expected: 10,
  on_time: 10,
  late: 0,
  missing: 0,
  excused: 0,
  in_review: 0,
  days_late: 0,
  records_filed: 0,
  records_valid: 0,
  records_late: 0,
  ...counts,
  facts,
});

describe('assessUnit', () => {
  const unit = row(1, { on_time: 6, late: 1, missing: 2, excused: 1, days_late: 3, has_contact: false }, [
    fact(1, 'LATE', 3),
    fact(2, 'OVERDUE'),
    fact(3, 'RETURNED'),
    fact(4, 'EXCUSED'),
  ]);
  const { result, deductions } = assessUnit(unit, DEFAULT_SCORING_RULES, 1.5, 2026);

  it('lists one deduction per cause, naming the obligation, and the missing contact last', () => {
    expect(deductions.map((d) => [d.cause, d.obligationId, d.points])).toEqual([
      ['LATE', 1, 0.5],
      ['MISSING', 2, 1],
      ['MISSING', 3, 1],
      ['EXCUSED', 4, 0.25],
      ['NO_CONTACT', null, 1],
    ]);
    expect(deductions[0]!.label).toBe('“双公示”信息月度统计 2026年1月：迟报（迟报3天）');
    expect(deductions.every((d) => d.unitId === 1)).toBe(true);
  });

  it('the deductions add up to 100 minus the computed score, which the counts give too', () => {
    expect(result.deductionTotal).toBe(3.75);
    expect(result.computedScore).toBe(96.25);
    expect(result.computedScore).toBe(scoreFromCounts({ late: 1, missing: 2, excused: 1 }, false, DEFAULT_SCORING_RULES));
  });

  it('adds the adjustments on top, in hundredths', () => {
    expect(result).toMatchObject({ id: '2026-1', adjustmentTotal: 1.5, score: 97.75, onTimeRate: 0.6 });
  });

  it('never goes below 0, whatever is deducted or adjusted', () => {
    const facts = Array.from({ length: 120 }, (_, i) => fact(i + 1, 'OVERDUE'));
    const { result: r } = assessUnit(row(2, { on_time: 0, missing: 120, expected: 120 }, facts), DEFAULT_SCORING_RULES, -5, 2026);
    expect([r.computedScore, r.score, r.deductionTotal]).toEqual([0, 0, 120]);
  });

  it('a unit with nothing against it loses nothing', () => {
    const { result: r, deductions: d } = assessUnit(row(3, {}, null), DEFAULT_SCORING_RULES, 0, 2026);
    expect([r.computedScore, r.score, d]).toEqual([100, 100, []]);
  });
});

describe('rankResults', () => {
  it('ranks on the final score, so an adjustment can move a unit up', () => {
    const a = assessUnit(row(1, { on_time: 9, late: 1 }, [fact(1, 'LATE', 1)]), DEFAULT_SCORING_RULES, 1, 2026).result;
    const b = assessUnit(row(2, {}, null), DEFAULT_SCORING_RULES, 0, 2026).result;
    expect(rankResults([b, a]).map((r) => [r.unitId, r.rank, r.score])).toEqual([
      [1, 1, 100.5],
      [2, 2, 100],
    ]);
  });
});

import { describe, expect, it } from '@jest/globals';
import { DEFAULT_SCORING_RULES, scoreFromCounts } from '../domain/score.ts';
import { schemeFromSimpleRules } from '../domain/assessment-scheme.ts';
import { DEFAULT_GRADE_BANDS } from '../domain/grades.ts';
import { assessYear, type YearExtras } from './assessment-results.ts';
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

const SCHEME = { ...schemeFromSimpleRules(DEFAULT_SCORING_RULES), grades: [...DEFAULT_GRADE_BANDS] };
const noExtras = (): YearExtras => ({ adjustments: new Map(), bonuses: new Map(), exclusions: new Map() });
const adjusted = (unitId: number, points: number): YearExtras => ({ ...noExtras(), adjustments: new Map([[unitId, [{ id: 1, points, reason: '调整' }]]]) });
const one = (r: YearFactsRow, extras = noExtras()) => {
  const y = assessYear([r], SCHEME, extras, 2026);
  return { result: y.results[0]!, deductions: y.deductions };
};

describe('assessYear under the default scheme', () => {
  const unit = row(1, { on_time: 6, late: 1, missing: 2, excused: 1, days_late: 3, has_contact: false }, [
    fact(1, 'LATE', 3),
    fact(2, 'OVERDUE'),
    fact(3, 'RETURNED'),
    fact(4, 'EXCUSED'),
  ]);
  const { result, deductions } = one(unit, adjusted(1, 1.5));

  it('lists one deduction per cause, naming the obligation, in the rules\' order', () => {
    expect(deductions.map((d) => [d.cause, d.obligationId, d.points])).toEqual([
      ['LATE', 1, 0.5],
      ['MISSING', 2, 1],
      ['MISSING', 3, 1],
      ['EXCUSED', 4, 0.25],
      ['NO_CONTACT', null, 1],
    ]);
    expect(deductions[0]!.label).toBe('“双公示”信息月度统计 2026年1月：迟报（迟报3天）');
    expect(deductions[0]!.key).toBe('LATE:1');
    expect(deductions.every((d) => d.unitId === 1 && d.kind === 'PER_ITEM')).toBe(true);
  });

  it('the deductions add up to 100 minus the computed score, which the counts give too', () => {
    expect(result.deductionTotal).toBe(3.75);
    expect(result.computedScore).toBe(96.25);
    expect(result.computedScore).toBe(scoreFromCounts({ late: 1, missing: 2, excused: 1 }, false, DEFAULT_SCORING_RULES));
  });

  it('adds the adjustments on top, in hundredths, and grades', () => {
    expect(result).toMatchObject({ id: '2026-1', adjustmentTotal: 1.5, score: 97.75, onTimeRate: 0.6, grade: 'EXCELLENT', gradeLabel: '优秀' });
  });

  it('never goes below 0, whatever is deducted or adjusted; what is lost stops at the 100 points', () => {
    const facts = Array.from({ length: 120 }, (_, i) => fact(i + 1, 'OVERDUE'));
    const { result: r } = one(row(2, { on_time: 0, missing: 120, expected: 120 }, facts), adjusted(2, -5));
    expect([r.computedScore, r.score, r.deductionTotal, r.gradeLabel]).toEqual([0, 0, 100, '不合格']);
  });

  it('a unit with nothing against it loses nothing', () => {
    const { result: r, deductions: d } = one(row(3, {}, null));
    expect([r.computedScore, r.score, d]).toEqual([100, 100, []]);
  });

  it('ranks on the final score, so an adjustment can move a unit up', () => {
    const y = assessYear([row(2, {}, null), row(1, { on_time: 9, late: 1 }, [fact(1, 'LATE', 1)])], SCHEME, adjusted(1, 1), 2026);
    expect(y.results.map((r) => [r.unitId, r.rank, r.score])).toEqual([
      [1, 1, 100.5],
      [2, 2, 100],
    ]);
  });
});

describe('assessYear under a scheme with records, bonuses and 容缺', () => {
  const scheme = {
    categories: [{ id: 'BS', name: '报送工作', maxPoints: 80 }, { id: 'GJ', name: '信息归集', maxPoints: 20 }],
    rules: [
      { kind: 'PER_ITEM' as const, id: 'MISSING', categoryId: 'BS', name: '逾期未报', cause: 'MISSING' as const, pointsEach: 2 },
      { kind: 'RATE_THRESHOLD' as const, id: 'HGL', categoryId: 'GJ', name: '合规率', metric: 'complianceRate' as const, bands: [{ atLeast: 1, points: 0 }, { atLeast: 0.98, points: 1 }, { points: 2 }] },
      { kind: 'PER_ITEM' as const, id: 'CBJL', categoryId: 'GJ', name: '迟报记录', cause: 'RECORD_LATE' as const, pointsEach: 0.5, cap: 1 },
      { kind: 'BONUS' as const, id: 'CX', categoryId: 'BS', name: '创新做法', pointsEach: 2, cap: 2 },
    ],
    bonusCap: 5,
    grades: [...DEFAULT_GRADE_BANDS],
  };
  it('feeds records, bonuses and 容缺 from the facts and traces each in words', () => {
    const extras: YearExtras = {
      ...noExtras(),
      bonuses: new Map([[1, [{ claimId: 9, ruleId: 'CX', points: 2, label: '信用承诺制改革' }]]]),
      exclusions: new Map([[2, ['GJ']]]),
    };
    const y = assessYear([
      row(1, { records_filed: 100, records_valid: 97, records_late: 3 }, [fact(5, 'OVERDUE')]),
      row(2, {}, null),
    ], scheme, extras, 2026);
    // Unit 1: BS 80 − 2 = 78; GJ 20 − 2 (97 % < 98 %) − 1 (3 late records, cap 1) = 17; + 2 bonus = 97.
    // Unit 2: BS 80; GJ 容缺 = unit 1's 17 → 97.
    expect(y.results.map((r) => [r.unitId, r.score, r.bonusTotal, r.deductionTotal])).toEqual([[1, 97, 2, 5], [2, 97, 0, 0]]);
    const labels = y.deductions.map((d) => [d.unitId, d.kind, d.points, d.label]);
    expect(labels).toEqual([
      [1, 'PER_ITEM', 2, '“双公示”信息月度统计 2026年5月：逾期未报'],
      [1, 'RATE_THRESHOLD', 2, '合规率：合规率97%'],
      [1, 'PER_ITEM', 0.5, '迟报记录（第1条）'],
      [1, 'PER_ITEM', 0.5, '迟报记录（第2条）'],
      [1, 'PER_ITEM', 0, '迟报记录（第3条）（已达上限）'],
      [1, 'BONUS', 2, '加分：创新做法（信用承诺制改革）'],
      [2, 'NOT_APPLICABLE', 17, '容缺：“信息归集”不适用，按其他1个单位的平均分17分计'],
    ]);
  });
});

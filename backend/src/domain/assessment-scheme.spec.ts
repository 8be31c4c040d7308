import { describe, expect, it } from '@jest/globals';
import {
  matchBand,
  schemeFromSimpleRules,
  scoreYear,
  type AssessmentScheme,
  type ItemCause,
  type RateBand,
  type UnitFacts,
} from './assessment-scheme.ts';
import { DEFAULT_SCORING_RULES, scoreFromCounts, scoreUnit } from './score.ts';
import type { ObligationStatus } from './status.ts';

const unit = (unitId: number, over: Partial<UnitFacts> = {}): UnitFacts => ({
  unitId, items: [], metrics: {}, bonuses: [], adjustments: [], ...over,
});
const items = (cause: ItemCause, n: number, from = 1) => Array.from({ length: n }, (_, i) => ({ cause, ref: from + i }));
const only = (scheme: AssessmentScheme, u: UnitFacts) => scoreYear(scheme, [u])[0]!;

// 南昌县 2023 (南信办字〔2023〕7号), 双公示 归集: −0.5 per record found wanting (the county counts the national spot
// check's findings; here: records filed late, RECORDS.md), at most 2;
// 合规率 100 % → 0, ≥ 98 % → −1, below → −2; 迟报率 0 → 0, ≤ 5 % → −1, above → −2.
const COMPLIANCE_BANDS: RateBand[] = [{ atLeast: 1, points: 0 }, { atLeast: 0.98, points: 1 }, { points: 2 }];
const NANCHANG: AssessmentScheme = {
  categories: [{ id: 'GJ', name: '双公示归集', maxPoints: 9 }],
  rules: [
    { kind: 'PER_ITEM', id: 'WZX', categoryId: 'GJ', name: '迟报记录', cause: 'RECORD_LATE', pointsEach: 0.5, cap: 2 },
    { kind: 'RATE_THRESHOLD', id: 'HGL', categoryId: 'GJ', name: '合规率', metric: 'complianceRate', bands: COMPLIANCE_BANDS },
    { kind: 'RATE_THRESHOLD', id: 'CBL', categoryId: 'GJ', name: '迟报率', metric: 'lateRecordRate', bands: [{ atMost: 0, points: 0 }, { atMost: 0.05, points: 1 }, { points: 2 }] },
  ],
};

describe('matchBand', () => {
  it.each<[number | null, number | null]>([
    [1, 0], [0.9999, 1], [0.98, 1], [0.9799, 2], [0, 2], [null, null],
  ])('合规率 %p → band %p', (rate, band) => {
    expect(matchBand(COMPLIANCE_BANDS, rate)).toBe(band);
  });
  it('a rate no band holds matches none', () => {
    expect(matchBand([{ atLeast: 0.5, points: 1 }], 0.2)).toBeNull();
  });
});

describe('南昌县 2023 归集 rules', () => {
  it.each<[string, number, number | null, number | null, number]>([
    // name, records found wanting, 合规率, 迟报率, expected category score (hand-computed)
    ['perfect', 0, 1, 0, 9],
    ['one missing record, 合规率 99 %', 1, 0.99, 0, 9 - 0.5 - 1],
    ['three missing, 合规率 98 % exactly, 迟报率 5 %', 3, 0.98, 0.05, 9 - 1.5 - 1 - 1],
    ['five missing (cap 2), 合规率 97.99 %, 迟报率 6 %', 5, 0.9799, 0.06, 9 - 2 - 2 - 2],
    ['nothing filed: rates unmeasurable deduct nothing', 0, null, null, 9],
  ])('%s', (_name, missing, compliance, late, expected) => {
    const r = only(NANCHANG, unit(1, { items: items('RECORD_LATE', missing), metrics: { complianceRate: compliance, lateRecordRate: late } }));
    expect(r.score).toBe(expected);
    expect(r.categories).toEqual([{ categoryId: 'GJ', score: expected, notApplicable: false }]);
    // Every point is traced: the rows add up to what the category lost.
    expect(r.rows.reduce((s, x) => s + x.points, 0)).toBeCloseTo(expected - 9, 10);
  });

  it('rows past a cap stay, with 0 points and marked capped', () => {
    const r = only(NANCHANG, unit(1, { items: items('RECORD_LATE', 5) }));
    expect(r.rows.map((x) => [x.key, x.points, x.nominalPoints, x.capped])).toEqual([
      ['WZX:1', -0.5, -0.5, false], ['WZX:2', -0.5, -0.5, false], ['WZX:3', -0.5, -0.5, false],
      ['WZX:4', -0.5, -0.5, false], ['WZX:5', 0, -0.5, true],
    ]);
  });

  it('a threshold row names its rate and band', () => {
    const r = only(NANCHANG, unit(1, { metrics: { complianceRate: 0.985 } }));
    expect(r.rows).toEqual([expect.objectContaining({ key: 'HGL:0', kind: 'RATE_THRESHOLD', cause: 'complianceRate', rate: 0.985, band: 1, points: -1 })]);
  });

  it('a cap that does not fall on a step cuts the last row short', () => {
    const scheme: AssessmentScheme = { categories: [{ id: 'A', name: 'A', maxPoints: 10 }], rules: [{ kind: 'PER_ITEM', id: 'L', categoryId: 'A', name: '迟报', cause: 'LATE', pointsEach: 0.3, cap: 1 }] };
    const r = only(scheme, unit(1, { items: items('LATE', 4) }));
    expect(r.rows.map((x) => x.points)).toEqual([-0.3, -0.3, -0.3, -0.1]);
    expect(r.score).toBe(9);
  });
});

describe('categories: floors, caps and weights', () => {
  it.each<[string, number, number | null, number]>([
    // deductions of 1 point each, category maxPoints 5, deductionCap → category score
    ['within the points', 3, null, 2],
    ['more than the points: floor 0', 8, null, 0],
    ['category cap 2', 8, 2, 3],
  ])('%s', (_name, n, cap, expected) => {
    const scheme: AssessmentScheme = {
      categories: [{ id: 'A', name: 'A', maxPoints: 5, deductionCap: cap }],
      rules: [{ kind: 'PER_ITEM', id: 'M', categoryId: 'A', name: '逾期未报', cause: 'MISSING', pointsEach: 1 }],
    };
    expect(only(scheme, unit(1, { items: items('MISSING', n) })).score).toBe(expected);
  });

  it('威海文登 共性 : 个性 = 7 : 3 by weights', () => {
    const scheme: AssessmentScheme = {
      categories: [{ id: 'GX', name: '共性指标', maxPoints: 100, weight: 0.7 }, { id: 'PX', name: '个性指标', maxPoints: 100, weight: 0.3 }],
      rules: [
        { kind: 'PER_ITEM', id: 'L', categoryId: 'GX', name: '迟报', cause: 'LATE', pointsEach: 5 },
        { kind: 'PER_ITEM', id: 'R', categoryId: 'PX', name: '迟报记录', cause: 'RECORD_LATE', pointsEach: 10 },
      ],
    };
    // 共性 100 − 10 = 90 × 0.7 = 63; 个性 100 − 20 = 80 × 0.3 = 24.
    const r = only(scheme, unit(1, { items: [...items('LATE', 2), ...items('RECORD_LATE', 2, 10)] }));
    expect(r.score).toBe(87);
    expect(r.categories.map((c) => c.score)).toEqual([90, 80]);
  });
});

describe('灌南县 2018: bonuses and 容缺', () => {
  const GUANNAN: AssessmentScheme = {
    categories: [{ id: 'A', name: '基础工作', maxPoints: 70 }, { id: 'B', name: '信用应用', maxPoints: 30 }],
    rules: [
      { kind: 'PER_ITEM', id: 'A1', categoryId: 'A', name: '逾期未报', cause: 'MISSING', pointsEach: 2 },
      { kind: 'PER_ITEM', id: 'B1', categoryId: 'B', name: '迟报', cause: 'LATE', pointsEach: 1.5 },
      { kind: 'BONUS', id: 'CX', categoryId: 'A', name: '创新做法', pointsEach: 2, cap: 4 },
      { kind: 'BONUS', id: 'AL', categoryId: 'A', name: '典型案例', pointsEach: 3, cap: 9 },
    ],
    bonusCap: 10,
  };
  const claims = (ruleId: string, n: number, from: number) => Array.from({ length: n }, (_, i) => ({ claimId: from + i, ruleId }));

  it.each<[string, number, number, number]>([
    // 创新 claims, 案例 claims, expected bonus (hand-computed: 创新 capped at 4, 案例 at 9, all at 10)
    ['one of each', 1, 1, 5],
    ['three 创新: capped at 4', 3, 0, 4],
    ['three 创新 and two 案例: 4 + 6 = 10', 3, 2, 10],
    ['two 创新 and three 案例: 4 + 9 = 13 → overall cap 10', 2, 3, 10],
  ])('%s', (_name, cx, al, bonus) => {
    const r = only(GUANNAN, unit(1, { bonuses: [...claims('CX', cx, 1), ...claims('AL', al, 100)] }));
    expect(r.bonusTotal).toBe(bonus);
    expect(r.score).toBe(100 + bonus);
    expect(r.rows.filter((x) => x.kind === 'BONUS').reduce((s, x) => s + x.points, 0)).toBe(bonus);
  });

  it('a declared bonus below the rule gives what was declared; above it, the rule', () => {
    const r = only(GUANNAN, unit(1, { bonuses: [{ claimId: 1, ruleId: 'AL', points: 1.5 }, { claimId: 2, ruleId: 'AL', points: 5 }] }));
    expect(r.rows.map((x) => x.points)).toEqual([1.5, 3]);
  });

  it('容缺: a category that does not apply scores the average of the others', () => {
    const [u1, u2, u3] = scoreYear(GUANNAN, [
      unit(1, { items: items('LATE', 2) }), // B: 30 − 3 = 27
      unit(2, { items: items('LATE', 3) }), // B: 30 − 4.5 = 25.5
      unit(3, { items: items('LATE', 5), notApplicable: ['B'] }), // B: (27 + 25.5) / 2 = 26.25; its LATE rows do not count
    ]);
    expect([u1!.score, u2!.score, u3!.score]).toEqual([97, 95.5, 96.25]);
    expect(u3!.categories).toContainEqual({ categoryId: 'B', score: 26.25, notApplicable: true });
    expect(u3!.rows).toEqual([expect.objectContaining({ kind: 'NOT_APPLICABLE', categoryId: 'B', points: 26.25, averageOf: 2 })]);
  });

  it('容缺 when no unit has the category: its full points', () => {
    const [u] = scoreYear(GUANNAN, [unit(1, { notApplicable: ['B'] })]);
    expect(u!.score).toBe(100);
  });
});

describe('appeals and adjustments', () => {
  const scheme = schemeFromSimpleRules(DEFAULT_SCORING_RULES);
  it('an upheld appeal leaves its row with 0 points and gives the points back', () => {
    const before = only(scheme, unit(1, { items: items('MISSING', 2) }));
    const after = only(scheme, unit(1, { items: items('MISSING', 2), waived: ['MISSING:2'] }));
    expect(before.score).toBe(98);
    expect(after.score).toBe(99);
    expect(after.rows.find((r) => r.key === 'MISSING:2')).toEqual(expect.objectContaining({ points: 0, nominalPoints: -1, waived: true, capped: false }));
  });
  it('manual adjustments add after the floor of the categories, and the total is floored at 0', () => {
    expect(only(scheme, unit(1, { items: items('MISSING', 120), adjustments: [{ id: 1, points: 3, reason: '复核' }] })).score).toBe(3);
    expect(only(scheme, unit(1, { adjustments: [{ id: 1, points: -120, reason: '错报' }] })).score).toBe(0);
    expect(only(scheme, unit(1, { adjustments: [{ id: 7, points: 1.5, reason: '表彰' }] })).rows).toEqual([
      expect.objectContaining({ key: 'MANUAL:7', kind: 'MANUAL', points: 1.5, label: '表彰' }),
    ]);
  });
});

describe('the default scheme reproduces the simple rules exactly', () => {
  const CAUSE: Partial<Record<ObligationStatus, ItemCause>> = { LATE: 'LATE', OVERDUE: 'MISSING', EXCUSED: 'EXCUSED' };
  // A deterministic spread of status mixes, including ones that hit the floor of 0.
  const cases = Array.from({ length: 40 }, (_, i) => ({ late: (i * 7) % 23, missing: (i * 13) % 37 + (i === 39 ? 90 : 0), excused: (i * 5) % 11, hasContact: i % 3 !== 0 }));
  it.each(cases)('late %p', ({ late, missing, excused, hasContact }) => {
    const statuses: ObligationStatus[] = [...Array(late).fill('LATE'), ...Array(missing).fill('OVERDUE'), ...Array(excused).fill('EXCUSED'), 'ON_TIME'];
    const obligations = statuses.map((status, i) => ({ obligationId: i + 1, status, pastDue: true }));
    const facts: UnitFacts = unit(1, {
      items: [
        ...obligations.flatMap((o) => (CAUSE[o.status] ? [{ cause: CAUSE[o.status]!, ref: o.obligationId }] : [])),
        ...(hasContact ? [] : [{ cause: 'NO_CONTACT' as const, ref: null }]),
      ],
    });
    const expected = scoreUnit({ obligations, hasContact });
    expect(only(schemeFromSimpleRules(DEFAULT_SCORING_RULES), facts).score).toBe(expected.score);
    expect(expected.score).toBe(scoreFromCounts({ late, missing, excused }, hasContact));
  });
});

import { describe, expect, it } from '@jest/globals';
import { DEFAULT_GRADE_BANDS, gradeUnits, type Grade, type GradeBand } from './grades.ts';

const ranked = (scores: number[]) => scores.map((score, i) => ({ unitId: i + 1, score }));
const grades = (bands: readonly GradeBand[], scores: number[]) => gradeUnits(bands, ranked(scores)).map((g) => g.grade);

describe('gradeUnits by bands', () => {
  it.each<[number, Grade]>([
    [100, 'EXCELLENT'], [90, 'EXCELLENT'], [89.99, 'GOOD'], [80, 'GOOD'], [79.5, 'PASS'], [60, 'PASS'], [59.99, 'FAIL'], [0, 'FAIL'],
  ])('%p → %p', (score, grade) => {
    expect(grades(DEFAULT_GRADE_BANDS, [score])).toEqual([grade]);
  });
});

describe('gradeUnits with quotas (ranking order resolves ties)', () => {
  const withQuota = (excellent: number, good?: number): GradeBand[] => [
    { grade: 'EXCELLENT', minScore: 90, quotaPercent: excellent },
    { grade: 'GOOD', minScore: 80, quotaPercent: good ?? null },
    { grade: 'PASS', minScore: 60 },
    { grade: 'FAIL', minScore: 0 },
  ];
  it.each<[string, GradeBand[], number[], Grade[]]>([
    [
      '10 units, 优秀 ≤ 20 % → 2 seats; the third 95 (tied in score, after in ranking order) is 良好',
      withQuota(20), [95, 95, 95, 91, 85, 82, 70, 65, 50, 40],
      ['EXCELLENT', 'EXCELLENT', 'GOOD', 'GOOD', 'GOOD', 'GOOD', 'PASS', 'PASS', 'FAIL', 'FAIL'],
    ],
    [
      '7 units, 优秀 ≤ 15 % → floor(1.05) = 1 seat',
      withQuota(15), [99, 98, 97, 70, 60, 59, 10],
      ['EXCELLENT', 'GOOD', 'GOOD', 'PASS', 'PASS', 'FAIL', 'FAIL'],
    ],
    [
      'a full 良好 pushes further down to 合格',
      withQuota(10, 20), [99, 98, 97, 96, 85, 84, 83, 82, 81, 80],
      ['EXCELLENT', 'GOOD', 'GOOD', 'PASS', 'PASS', 'PASS', 'PASS', 'PASS', 'PASS', 'PASS'],
    ],
    [
      'a quota never lifts a unit: below-band scores stay where they are',
      withQuota(50), [85, 70],
      ['GOOD', 'PASS'],
    ],
  ])('%s', (_name, bands, scores, expected) => {
    expect(grades(bands, scores)).toEqual(expected);
  });

  it('marks who fell by a quota', () => {
    expect(gradeUnits(withQuota(20), ranked([95, 95, 95, 50, 50])).map((g) => g.byQuota)).toEqual([false, true, true, false, false]);
  });
});

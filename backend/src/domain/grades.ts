// Grades of the annual assessment (DESIGN.md §2.7): score bands (优秀 / 良好 / 合格 / 不合格) with optional
// quotas ("优秀 ≤ 20 % of units"). Units are taken in ranking order (§2.4, so ties are resolved the way the
// ranking resolves them); a unit whose band is full falls to the next band down.

export type Grade = 'EXCELLENT' | 'GOOD' | 'PASS' | 'FAIL';

export { GRADE_LABELS } from './labels.ts';

export interface GradeBand {
  grade: Grade;
  /** Lowest score of the band (inclusive). */
  minScore: number;
  /** At most this share of all units (percent, rounded down to whole units); absent for no quota. */
  quotaPercent?: number | null;
}

export const DEFAULT_GRADE_BANDS: readonly GradeBand[] = Object.freeze([
  { grade: 'EXCELLENT', minScore: 90 },
  { grade: 'GOOD', minScore: 80 },
  { grade: 'PASS', minScore: 60 },
  { grade: 'FAIL', minScore: 0 },
] satisfies GradeBand[]);

export interface GradedUnit {
  unitId: number;
  grade: Grade;
  /** True when the score reached a higher band whose quota was full. */
  byQuota: boolean;
}

/**
 * Grades units given in ranking order (best first). Bands are read from the highest minScore down; the lowest
 * band should start at 0 (a score below every band gets the lowest band anyway).
 */
export function gradeUnits(bands: readonly GradeBand[], ranked: readonly { unitId: number; score: number }[]): GradedUnit[] {
  if (bands.length === 0) throw new RangeError('At least one grade band is needed');
  const ordered = [...bands].sort((a, b) => b.minScore - a.minScore);
  const lowest = ordered[ordered.length - 1]!;
  const seats = ordered.map((b) =>
    b.quotaPercent === null || b.quotaPercent === undefined ? Infinity : Math.floor((ranked.length * b.quotaPercent) / 100),
  );
  return ranked.map(({ unitId, score }) => {
    const reached = ordered.findIndex((b) => score >= b.minScore);
    const start = reached < 0 ? ordered.length - 1 : reached;
    for (let i = start; i < ordered.length; i++) {
      if (seats[i]! > 0 || i === ordered.length - 1) {
        seats[i]!--;
        return { unitId, grade: ordered[i]!.grade, byQuota: i !== start };
      }
    }
    return { unitId, grade: lowest.grade, byQuota: start !== ordered.length - 1 };
  });
}

// From a unit's year (counts and the obligations that cost points) to its annual result: the domain's
// scoreUnit gives the score and one deduction row per cause; adjustments are added on top (floor 0); units
// are ranked like the compliance ranking, on the final score. Pure: no Nest, no Prisma queries.
import type { AssessmentDeduction, AssessmentResult } from '../generated/prisma/client.ts';
import { DEDUCTION_CAUSE_LABELS, deductionLabel } from '../domain/labels.ts';
import { toMetrics, withRates } from '../domain/metrics.ts';
import { rankUnits } from '../domain/ranking.ts';
import { scoreUnit, type DeductionCause, type ScoringRules } from '../domain/score.ts';
import { assessmentId, type DeductionRow, type UnitResult, type YearFactsRow } from './assessments.dto.ts';

export type UnitDeduction = DeductionRow & { unitId: number };

const hundredths = (n: number) => Math.round(n * 100);

/** Adds the words: the cause's label and a line naming the obligation. */
export function describeDeduction(d: Omit<DeductionRow, 'causeLabel' | 'label'>): DeductionRow {
  return { ...d, causeLabel: DEDUCTION_CAUSE_LABELS[d.cause], label: deductionLabel(d) };
}

export function assessUnit(
  row: YearFactsRow,
  rules: ScoringRules,
  adjustmentTotal: number,
  year: number,
): { result: Omit<UnitResult, 'rank'>; deductions: UnitDeduction[] } {
  const facts = row.facts ?? [];
  const byId = new Map(facts.map((f) => [f.obligationId, f]));
  const scored = scoreUnit(
    { obligations: facts.map((f) => ({ obligationId: f.obligationId, status: f.status, pastDue: f.pastDue })), hasContact: row.has_contact },
    rules,
  );
  const deductions = scored.deductions.map((d) => {
    const f = d.obligationId !== null ? byId.get(d.obligationId) : undefined;
    return {
      unitId: row.unit_id,
      ...describeDeduction({
        cause: d.cause,
        obligationId: d.obligationId,
        streamName: f?.streamName ?? null,
        period: f?.period ?? null,
        status: f?.status ?? null,
        daysLate: f?.daysLate ?? null,
        points: d.points,
      }),
    };
  });
  const metrics = toMetrics(row);
  const deductionTotal = deductions.reduce((sum, d) => sum + hundredths(d.points), 0) / 100;
  return {
    result: {
      id: assessmentId(year, row.unit_id),
      year,
      unitId: row.unit_id,
      unitName: row.unit_name,
      sortOrder: row.sort_order,
      hasContact: row.has_contact,
      ...metrics,
      computedScore: scored.score,
      deductionTotal,
      adjustmentTotal,
      score: Math.max(0, hundredths(scored.score) + hundredths(adjustmentTotal)) / 100,
      finalised: false,
    },
    deductions,
  };
}

/** Ranks on the final score (then on-time rate, missing, days late; ties share a rank). */
export function rankResults(results: Omit<UnitResult, 'rank'>[]): UnitResult[] {
  return rankUnits(results);
}

export function fromFrozenResult(r: AssessmentResult, deductionTotal: number): UnitResult {
  const metrics = withRates(r);
  const computedScore = r.computedScore.toNumber();
  return {
    id: assessmentId(r.year, r.unitId),
    year: r.year,
    unitId: r.unitId,
    unitName: r.unitName,
    sortOrder: r.sortOrder,
    rank: r.rank,
    hasContact: r.hasContact,
    ...metrics,
    computedScore,
    deductionTotal,
    adjustmentTotal: r.adjustmentTotal.toNumber(),
    score: r.score.toNumber(),
    finalised: true,
  };
}

export function fromFrozenDeduction(d: AssessmentDeduction): UnitDeduction {
  return {
    unitId: d.unitId,
    ...describeDeduction({
      cause: d.cause as DeductionCause,
      obligationId: d.obligationId,
      streamName: d.streamName,
      period: d.period,
      status: d.status,
      daysLate: d.daysLate,
      points: d.points.toNumber(),
    }),
  };
}

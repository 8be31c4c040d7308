// From the year's facts (counts and the obligations that cost points, per unit) to every unit's annual result
// under the year's scheme (domain/assessment-scheme.ts): the rows that trace each point, the categories with
// 容缺, bonuses, adjustments, the rank (like the compliance ranking, on the final score) and the grade.
// Pure: no Nest, no Prisma queries.
import type { AssessmentDeduction, AssessmentResult } from '../generated/prisma/client.ts';
import { DEDUCTION_CAUSE_LABELS, deductionLabel } from '../domain/labels.ts';
import { toMetrics, withRates } from '../domain/metrics.ts';
import { rankUnits } from '../domain/ranking.ts';
import type { DeductionCause } from '../domain/score.ts';
import { scoreYear, type ItemCause, type ScoreRow, type UnitFacts } from '../domain/assessment-scheme.ts';
import { GRADE_LABELS, gradeUnits, type Grade } from '../domain/grades.ts';
import { figuresFromCounts } from '../records/domain/timeliness.ts';
import {
  assessmentId,
  type CategoryResult,
  type DeductionFact,
  type DeductionRow,
  type UnitResult,
  type YearFactsRow,
  type YearScheme,
} from './assessments.dto.ts';

export type UnitDeduction = DeductionRow & { unitId: number };

/** What the year adds to the facts: manual adjustments, confirmed bonuses, 容缺, rows an appeal removed. */
export interface YearExtras {
  adjustments: Map<number, { id: number; points: number; reason: string }[]>;
  bonuses: Map<number, { claimId: number; ruleId: string; points: number; label?: string }[]>;
  exclusions: Map<number, string[]>;
  waived?: Map<number, string[]>;
}

const OBLIGATION_CAUSE: Record<string, ItemCause> = { LATE: 'LATE', EXCUSED: 'EXCUSED' };
const LEGACY_CAUSES = new Set<string>(['LATE', 'MISSING', 'EXCUSED', 'NO_CONTACT']);
const RATE_LABELS: Record<string, string> = { onTimeRate: '按时率', submittedRate: '报送率', complianceRate: '合规率', lateRecordRate: '迟报率' };
/** The words a traced row's label ends with when a cap or an upheld appeal cut its points (read back when frozen). */
const CAPPED_MARK = '（已达上限）';
const WAIVED_MARK = '（申诉成立，不扣分）';
const percent = (r: number | null | undefined) => (r === null || r === undefined ? '—' : `${Math.round(r * 1000) / 10}%`);

/** The unit's facts as the scheme counts them; the facts' rows are the obligations that cost points. */
function unitFacts(row: YearFactsRow, extras: YearExtras): UnitFacts {
  const records = figuresFromCounts({ recordsFiled: row.records_filed, recordsValid: row.records_valid, recordsLate: row.records_late });
  const metrics = toMetrics(row);
  const counted = (cause: ItemCause, n: number) => Array.from({ length: n }, (_, i) => ({ cause, ref: i + 1 }));
  return {
    unitId: row.unit_id,
    items: [
      ...(row.facts ?? []).map((f) => ({ cause: OBLIGATION_CAUSE[f.status] ?? 'MISSING', ref: f.obligationId })),
      ...(row.has_contact ? [] : [{ cause: 'NO_CONTACT' as const, ref: null }]),
      ...counted('RECORD_LATE', records.recordsLate),
      ...counted('RECORD_INVALID', records.recordsFiled - records.recordsValid),
    ],
    metrics: { onTimeRate: metrics.onTimeRate, submittedRate: metrics.submittedRate, complianceRate: records.complianceRate, lateRecordRate: records.lateRecordRate },
    bonuses: extras.bonuses.get(row.unit_id) ?? [],
    adjustments: extras.adjustments.get(row.unit_id) ?? [],
    notApplicable: extras.exclusions.get(row.unit_id) ?? [],
    waived: extras.waived?.get(row.unit_id) ?? [],
  };
}

/** One traced row in words (a deduction and 容缺 as points lost or given, a bonus as points added). */
function describeRow(row: ScoreRow, scheme: YearScheme, fact: DeductionFact | undefined): DeductionRow {
  const rule = scheme.rules.find((r) => r.id === row.ruleId);
  const category = scheme.categories.find((c) => c.id === row.categoryId);
  const legacy = row.kind === 'PER_ITEM' && LEGACY_CAUSES.has(String(row.cause)) ? (row.cause as DeductionCause) : null;
  const base = {
    id: null, key: row.key, kind: row.kind as DeductionRow['kind'], ruleId: row.ruleId, ruleName: rule?.name ?? null, categoryId: row.categoryId,
    categoryName: category?.name ?? null, cause: legacy, obligationId: fact ? fact.obligationId : null,
    streamName: fact?.streamName ?? null, period: fact?.period ?? null, status: fact?.status ?? null, daysLate: fact?.daysLate ?? null,
    points: Math.abs(row.points), nominalPoints: Math.abs(row.nominalPoints), capped: row.capped, waived: row.waived,
  };
  const named = rule?.name ?? '';
  const [causeLabel, words] = ((): [string, string] => {
    if (row.kind === 'NOT_APPLICABLE') {
      return ['容缺', `容缺：“${category?.name ?? row.categoryId}”不适用，按其他${row.averageOf ?? 0}个单位的平均分${Math.abs(row.points)}分计`];
    }
    if (row.kind === 'BONUS') return ['加分', `加分：${named}${row.label ? `（${row.label}）` : ''}`];
    if (row.kind === 'RATE_THRESHOLD') return [named, `${named}：${RATE_LABELS[String(row.cause)] ?? ''}${percent(row.rate)}`];
    if (!legacy) return [named, `${named}（第${row.ref ?? 0}条）`];
    const label = deductionLabel({ cause: legacy, streamName: base.streamName, period: base.period, daysLate: base.daysLate });
    return [named || DEDUCTION_CAUSE_LABELS[legacy], label];
  })();
  return { ...base, causeLabel, label: `${words}${row.capped ? CAPPED_MARK : ''}${row.waived ? WAIVED_MARK : ''}` };
}

/** Every unit of the year, scored, ranked and graded; the rows of each (manual adjustments are listed apart). */
export function assessYear(rows: YearFactsRow[], scheme: YearScheme, extras: YearExtras, year: number) {
  const scored = scoreYear(scheme, rows.map((r) => unitFacts(r, extras)));
  const deductions: UnitDeduction[] = [];
  const results = rows.map((row, i) => {
    const s = scored[i]!;
    const facts = new Map((row.facts ?? []).map((f) => [f.obligationId, f]));
    for (const r of s.rows) {
      if (r.kind === 'MANUAL') continue;
      const fact = r.kind === 'PER_ITEM' && r.ref !== null && LEGACY_CAUSES.has(String(r.cause)) ? facts.get(r.ref) : undefined;
      deductions.push({ unitId: row.unit_id, ...describeRow(r, scheme, fact) });
    }
    const lost = s.rows.filter((r) => r.kind === 'PER_ITEM' || r.kind === 'RATE_THRESHOLD').reduce((sum, r) => sum - Math.round(r.points * 100), 0);
    const categories: CategoryResult[] = s.categories.map((c) => ({ ...c, name: scheme.categories.find((x) => x.id === c.categoryId)?.name ?? c.categoryId }));
    return {
      id: assessmentId(year, row.unit_id),
      year,
      unitId: row.unit_id,
      unitName: row.unit_name,
      sortOrder: row.sort_order,
      hasContact: row.has_contact,
      ...toMetrics(row),
      computedScore: s.scoreBeforeAdjustments,
      deductionTotal: lost / 100,
      bonusTotal: s.bonusTotal,
      adjustmentTotal: s.adjustmentTotal,
      score: s.score,
      categories,
      finalised: false,
    };
  });
  return { results: gradeResults(rankUnits(results), scheme), deductions };
}

/** Grades in ranking order (DESIGN.md §2.7: quotas, ties resolved by the ranking). */
export function gradeResults<T extends { unitId: number; score: number }>(ranked: T[], scheme: YearScheme): (T & { grade: Grade; gradeLabel: string })[] {
  const graded = gradeUnits(scheme.grades, ranked);
  return ranked.map((r, i) => ({ ...r, grade: graded[i]!.grade, gradeLabel: GRADE_LABELS[graded[i]!.grade] }));
}

export function fromFrozenResult(r: AssessmentResult, deductionTotal: number): UnitResult {
  const grade = (r.grade ?? 'PASS') as Grade;
  return {
    id: assessmentId(r.year, r.unitId),
    year: r.year,
    unitId: r.unitId,
    unitName: r.unitName,
    sortOrder: r.sortOrder,
    rank: r.rank,
    hasContact: r.hasContact,
    ...withRates(r),
    computedScore: r.computedScore.toNumber(),
    deductionTotal,
    bonusTotal: r.bonusTotal.toNumber(),
    adjustmentTotal: r.adjustmentTotal.toNumber(),
    score: r.score.toNumber(),
    categories: (r.categories as CategoryResult[] | null) ?? [],
    grade,
    gradeLabel: r.grade ? GRADE_LABELS[grade] : '—',
    finalised: true,
  };
}

/** A frozen row; rows frozen before schemes (no kind) were the four per-report causes. */
export function fromFrozenDeduction(d: AssessmentDeduction, scheme: YearScheme): UnitDeduction {
  const cause = (d.cause ?? null) as DeductionCause | null;
  const points = d.points.toNumber();
  return {
    id: d.id, unitId: d.unitId, key: d.rowKey ?? `${cause}:${d.obligationId ?? 0}`, kind: (d.kind ?? 'PER_ITEM') as DeductionRow['kind'],
    ruleId: d.ruleId ?? cause, ruleName: scheme.rules.find((r) => r.id === (d.ruleId ?? cause))?.name ?? null, categoryId: d.categoryId,
    categoryName: scheme.categories.find((c) => c.id === d.categoryId)?.name ?? null, cause, obligationId: d.obligationId,
    streamName: d.streamName, period: d.period, status: d.status, daysLate: d.daysLate, points, nominalPoints: points,
    capped: d.label?.includes(CAPPED_MARK) ?? false, waived: d.label?.endsWith(WAIVED_MARK) ?? false,
    causeLabel: cause ? DEDUCTION_CAUSE_LABELS[cause] : d.kind === 'BONUS' ? '加分' : d.kind === 'NOT_APPLICABLE' ? '容缺' : '',
    label: d.label ?? (cause ? deductionLabel({ cause, streamName: d.streamName, period: d.period, daysLate: d.daysLate }) : ''),
  };
}

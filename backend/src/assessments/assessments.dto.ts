import { type PipeTransform, Param } from '@nestjs/common';
import { z } from 'zod';
import { notFound } from '../common/errors.ts';
import { cellYesNo, type ListExport } from '../common/list-export.ts';
import type { ListSpec } from '../common/list-query.ts';
import { id, idQuery, MAX_YEAR, MIN_YEAR, parseOrThrow, yearQuery } from '../common/validation.ts';
import type { UnitCountsRow } from '../compliance/compliance.dto.ts';
import { yearParamSchema } from '../scoring-rules/scoring-rules.dto.ts';
import type { DeductionCause } from '../domain/score.ts';
import type { ScoreRowKind } from '../domain/assessment-scheme.ts';
import type { Grade } from '../domain/grades.ts';
import type { Metrics } from '../domain/metrics.ts';

/** Route parameter `:year`; a bad one is a 400 naming the field `year`. */
class YearPipe implements PipeTransform<unknown, number> {
  private readonly schema = z.object({ year: yearParamSchema });
  transform(value: unknown): number {
    return parseOrThrow(this.schema, { year: value }).year;
  }
}
export const YearParam = () => Param('year', new YearPipe());

export const adjustmentSchema = z.object({
  unitId: id(),
  points: z
    .number()
    .min(-100, '调整分值不能小于 -100')
    .max(100, '调整分值不能大于 100')
    .multipleOf(0.01, '调整分值最多两位小数')
    .refine((v) => v !== 0, '调整分值不能为 0'),
  reason: z.string().trim().min(5, '调整理由至少 5 个字').max(1000, '调整理由不能超过 1000 个字符'),
});
export type AdjustmentDto = z.infer<typeof adjustmentSchema>;

const CATEGORY_CODE = /^[A-Z][A-Z0-9_]{0,19}$/;

/** Route parameter `:categoryId`: anything but a category code names nothing (404). */
class CategoryIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown): string {
    if (typeof value !== 'string' || !CATEGORY_CODE.test(value)) throw notFound('容缺记录');
    return value;
  }
}
export const CategoryIdParam = () => Param('categoryId', new CategoryIdPipe());

export const exclusionSchema = z.object({
  unitId: id(),
  categoryId: z.string().trim().regex(CATEGORY_CODE, '类别编号有误'),
  reason: z.string().trim().min(5, '容缺理由至少 5 个字').max(1000, '理由不能超过 1000 个字符'),
});
export type ExclusionDto = z.infer<typeof exclusionSchema>;

type ExclusionRecord = { year: number; unitId: number; categoryId: string; reason: string; createdAt: Date };
export const exclusionId = (e: Pick<ExclusionRecord, 'year' | 'unitId' | 'categoryId'>) => `${e.year}-${e.unitId}-${e.categoryId}`;
export const toExclusionResponse = (e: ExclusionRecord) => ({
  year: e.year, unitId: e.unitId, categoryId: e.categoryId, reason: e.reason, createdAt: e.createdAt,
});

/** A body that may be absent (a POST without one): read as {}. */
const optionalBody = <S extends z.ZodObject>(schema: S) => z.preprocess((v) => v ?? {}, schema);

/** POST /api/assessments/:year/preliminary: 初评公示, with the appeal window in working days (default 5). */
export const preliminarySchema = optionalBody(z.object({
  appealWorkdays: z.number({ error: '申诉期须为工作日天数' }).int('申诉期须为整数个工作日').min(1, '申诉期至少 1 个工作日').max(30, '申诉期不能超过 30 个工作日').default(5),
}));
export type PreliminaryDto = z.infer<typeof preliminarySchema>;

/** POST /api/assessments/:year/finalise: `noAppeals` records that no unit appealed (ends the window early). */
export const finaliseSchema = optionalBody(z.object({ noAppeals: z.boolean({ error: '请选择是否无单位申诉' }).optional() }));
export type FinaliseDto = z.infer<typeof finaliseSchema>;

export const reopenSchema = z.object({
  reason: z.string().trim().min(5, '重新打开的理由至少 5 个字').max(1000, '理由不能超过 1000 个字符'),
});
export type ReopenDto = z.infer<typeof reopenSchema>;

const assessmentFilter = z.object({
  year: yearQuery().optional(),
  unitId: idQuery().optional(),
  id: z.union([z.string(), z.array(z.string())]).optional(),
  q: z.string().trim().max(100).optional(),
});
export type AssessmentFilter = z.infer<typeof assessmentFilter>;

export const ASSESSMENT_SORTABLE = ['rank', 'score', 'computedScore', 'adjustmentTotal', 'sortOrder', 'unitName', 'late', 'missing'] as const;
export type AssessmentSortField = (typeof ASSESSMENT_SORTABLE)[number];

export const ASSESSMENT_LIST: ListSpec<typeof assessmentFilter> = {
  sortable: ASSESSMENT_SORTABLE,
  defaultSort: ['rank', 'ASC'],
  filter: assessmentFilter,
};

/** An assessment row is a unit in a year: id '2026-17'. Anything else names nothing (404). */
class AssessmentIdPipe implements PipeTransform<unknown, { year: number; unitId: number }> {
  transform(value: unknown) {
    const m = /^(\d{4})-(\d{1,9})$/.exec(String(value));
    const [year, unitId] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
    if (year < MIN_YEAR || year > MAX_YEAR || unitId < 1) throw notFound('考核记录');
    return { year, unitId };
  }
}
export const AssessmentIdParam = () => Param('id', new AssessmentIdPipe());

export const assessmentId = (year: number, unitId: number) => `${year}-${unitId}`;

/** One obligation that costs points, as the year's status query gives it (JSON from SQL). */
export interface DeductionFact {
  obligationId: number;
  streamName: string;
  period: string;
  status: 'LATE' | 'OVERDUE' | 'EXCUSED' | 'RETURNED';
  pastDue: boolean;
  daysLate: number | null;
}

export type YearFactsRow = UnitCountsRow & { facts: DeductionFact[] | null };

export type { YearScheme } from '../scoring-rules/scoring-rules.service.ts';

/**
 * One traced row as the API shows it: a deduction (points lost, positive), a bonus (points added) or 容缺 (the
 * category's average given). `cause` is one of the four per-report causes, else null; `id` once frozen.
 */
export interface DeductionRow {
  id: number | null;
  key: string;
  kind: Exclude<ScoreRowKind, 'MANUAL'>;
  ruleId: string | null;
  ruleName: string | null;
  categoryId: string | null;
  categoryName: string | null;
  cause: DeductionCause | null;
  causeLabel: string;
  obligationId: number | null;
  streamName: string | null;
  period: string | null;
  status: string | null;
  daysLate: number | null;
  points: number;
  nominalPoints: number;
  capped: boolean;
  waived: boolean;
  label: string;
}

export interface CategoryResult {
  categoryId: string;
  name: string;
  score: number;
  notApplicable: boolean;
}

/** A unit's result in a year (live while the year is open, frozen once finalised). */
export interface UnitResult extends Metrics {
  id: string;
  year: number;
  unitId: number;
  unitName: string;
  sortOrder: number;
  rank: number;
  hasContact: boolean;
  /** The categories (weighted) plus bonuses, before manual adjustments. */
  computedScore: number;
  /** Points lost to deductions (after caps). */
  deductionTotal: number;
  bonusTotal: number;
  adjustmentTotal: number;
  /** computedScore + adjustments, floor 0. */
  score: number;
  categories: CategoryResult[];
  grade: Grade;
  gradeLabel: string;
  finalised: boolean;
}

export interface AdjustmentRow {
  id: number;
  year: number;
  unit_id: number;
  points: string;
  reason: string;
  created_at: Date;
  created_by: string | null;
}

export const toAdjustmentResponse = (a: AdjustmentRow) => ({
  id: a.id,
  year: a.year,
  unitId: a.unit_id,
  points: Number(a.points),
  reason: a.reason,
  createdAt: a.created_at,
  createdBy: a.created_by,
});

/** GET /api/assessments/export.xlsx: the list as it is filtered and sorted (the year's full sheet is :year/export.xlsx). */
export const ASSESSMENT_EXPORT: ListExport<UnitResult> = {
  title: '年度目标考核',
  columns: [
    { header: '年度', width: 8, value: (r) => r.year },
    { header: '名次', width: 6, value: (r) => r.rank },
    { header: '单位', width: 28, value: (r) => r.unitName },
    { header: '应报', width: 8, value: (r) => r.expected },
    { header: '按时', width: 8, value: (r) => r.onTime },
    { header: '迟报', width: 8, value: (r) => r.late },
    { header: '逾期未报', width: 10, value: (r) => r.missing },
    { header: '已说明', width: 8, value: (r) => r.excused },
    { header: '计算得分', width: 10, value: (r) => r.computedScore },
    { header: '加减分', width: 8, value: (r) => r.adjustmentTotal },
    { header: '得分', width: 8, value: (r) => r.score },
    { header: '已定稿', width: 8, value: (r) => cellYesNo(r.finalised) },
  ],
};

import { z } from 'zod';
import { cellDay, cellTime, cellWord, CIRCULAR_STATE_WORDS, type ListExport } from '../common/list-export.ts';
import { quarterLabel } from '../domain/labels.ts';
import type { Circular, CircularRow } from '../generated/prisma/client.ts';
import { idFilter, type ListSpec } from '../common/list-query.ts';
import { localDate, yearQuery } from '../common/validation.ts';
import { fromDbDateOrNull } from '../database/db-dates.ts';
import { withRates } from '../domain/metrics.ts';
import type { CircularSummary, RankedRow } from './circular-text.ts';

export const createCircularSchema = z.object({
  year: z.number().int().min(2000, '年度不能早于 2000 年').max(2100, '年度不能晚于 2100 年'),
  quarter: z.number().int().min(1, '季度应为 1–4').max(4, '季度应为 1–4'),
});
export type CreateCircularDto = z.infer<typeof createCircularSchema>;

/** react-admin sends the whole record on save: only the text is taken, the rest is ignored. */
export const updateCircularSchema = z.object({
  title: z.string().trim().min(1, '标题不能为空').max(200, '标题不能超过 200 个字符'),
  body: z.string().trim().min(1, '正文不能为空').max(50_000, '正文不能超过 50000 个字符'),
});
export type UpdateCircularDto = z.infer<typeof updateCircularSchema>;

export const publishCircularSchema = z.object({
  /** 成文日期; today (Asia/Shanghai) when absent. */
  issuedOn: localDate.optional(),
});
export type PublishCircularDto = z.infer<typeof publishCircularSchema>;

export const correctCircularSchema = z.object({
  reason: z.string().trim().min(5, '更正原因至少 5 个字').max(1000, '更正原因不能超过 1000 个字符'),
});
export type CorrectCircularDto = z.infer<typeof correctCircularSchema>;

const circularFilter = z.object({
  id: idFilter,
  year: yearQuery().optional(),
  quarter: z.coerce.number().int().min(1).max(4).optional(),
  state: z.enum(['DRAFT', 'PUBLISHED']).optional(),
});
export type CircularFilter = z.infer<typeof circularFilter>;

export const CIRCULAR_LIST: ListSpec<typeof circularFilter> = {
  sortable: ['id', 'year', 'quarter', 'version', 'state', 'number', 'issuedOn', 'createdAt', 'publishedAt'],
  defaultSort: ['id', 'DESC'],
  filter: circularFilter,
};

type Link = { id: number; number: string | null; state: string } | null;
export type CircularWithLinks = Circular & { replaces: Link; replacedBy: Link };

export function toCircularResponse(c: CircularWithLinks) {
  return {
    id: c.id,
    year: c.year,
    quarter: c.quarter,
    period: `${c.year}-Q${c.quarter}`,
    version: c.version,
    state: c.state,
    title: c.title,
    body: c.body,
    asOf: c.asOf,
    summary: c.summary as unknown as CircularSummary,
    number: c.number,
    issuedOn: fromDbDateOrNull(c.issuedOn),
    issuingBody: c.issuingBody,
    publishedAt: c.publishedAt,
    replacesId: c.replacesId,
    replaces: c.replaces,
    replacedBy: c.replacedBy,
    correctionReason: c.correctionReason,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

export function toRankedRow(r: CircularRow): RankedRow {
  const { rank, unitId, unitName, sortOrder, hasContact } = r;
  return { rank, unitId, unitName, sortOrder, hasContact, ...withRates(r), score: r.score.toNumber() };
}

export interface AcceptedExplanationRow {
  unit_name: string;
  stream_name: string;
  period: string;
  category: string;
  text: string;
}

/** GET /api/circulars/export.xlsx: the columns of the filtered list's workbook. */
export const CIRCULAR_EXPORT: ListExport<ReturnType<typeof toCircularResponse>> = {
  title: '季度通报',
  columns: [
  { header: '季度', width: 18, value: (r) => quarterLabel(r.year, r.quarter) },
  { header: '版本', width: 6, value: (r) => r.version },
  { header: '状态', width: 8, value: (r) => cellWord(CIRCULAR_STATE_WORDS)(r.state) },
  { header: '文号', width: 20, value: (r) => r.number },
  { header: '标题', width: 40, value: (r) => r.title },
  { header: '成文日期', width: 12, value: (r) => cellDay(r.issuedOn) },
  { header: '创建时间', width: 18, value: (r) => cellTime(r.createdAt) },
  { header: '发布时间', width: 18, value: (r) => cellTime(r.publishedAt) },
  ],
};

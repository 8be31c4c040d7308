import { z } from 'zod';
import { cellPeriod, cellTime, cellWord, EXPLANATION_STATUS_WORDS, type ListExport } from '../common/list-export.ts';
import { explanationCategoryLabel } from '../domain/labels.ts';
import type { Explanation } from '../generated/prisma/client.ts';
import { idFilter, type ListSpec, searchFilter } from '../common/list-query.ts';
import { obligationRef, type WithObligationRef } from '../obligations/obligation-ref.ts';
import { id, idQuery } from '../common/validation.ts';

/** What units really give as the reason for a missed report. */
export const EXPLANATION_CATEGORIES = ['STAFF_CHANGE', 'SYSTEM_FAILURE', 'DATA_NOT_READY', 'NOT_NOTIFIED', 'FORCE_MAJEURE', 'OTHER'] as const;

export const createExplanationSchema = z.object({
  obligationId: id(),
  category: z.enum(EXPLANATION_CATEGORIES),
  text: z.string().trim().min(5, '说明至少 5 个字').max(2000),
});
export type CreateExplanationDto = z.infer<typeof createExplanationSchema>;

export const decideExplanationSchema = z
  .object({ decision: z.enum(['ACCEPT', 'REJECT']), reason: z.string().trim().max(2000).optional() })
  .refine((v) => v.decision !== 'REJECT' || !!v.reason, { path: ['reason'], message: '不予采纳时须填写理由' });
export type DecideExplanationDto = z.infer<typeof decideExplanationSchema>;

const explanationFilter = z.object({
  id: idFilter,
  /** Unit name, stream name, period or text containing it. */
  q: searchFilter,
  obligationId: idQuery().optional(),
  unitId: idQuery().optional(),
  status: z.enum(['PENDING', 'ACCEPTED', 'REJECTED']).optional(),
  category: z.enum(EXPLANATION_CATEGORIES).optional(),
});
export type ExplanationFilter = z.infer<typeof explanationFilter>;

export const EXPLANATION_LIST: ListSpec<typeof explanationFilter> = {
  sortable: ['id', 'filedAt', 'decidedAt', 'status'],
  defaultSort: ['filedAt', 'DESC'],
  filter: explanationFilter,
};

export function toExplanationResponse(e: Explanation & WithObligationRef) {
  return {
    id: e.id,
    ...obligationRef(e),
    category: e.category,
    text: e.text,
    status: e.status,
    filedAt: e.filedAt,
    decisionReason: e.decisionReason,
    decidedAt: e.decidedAt,
  };
}

/** GET /api/explanations/export.xlsx: the columns of the filtered list's workbook. */
export const EXPLANATION_EXPORT: ListExport<ReturnType<typeof toExplanationResponse>> = {
  title: '未报说明',
  columns: [
  { header: '单位', width: 28, value: (r) => r.unitName },
  { header: '报送事项', width: 30, value: (r, n) => n.streamOfCode(r.streamCode) },
  { header: '所属期', width: 14, value: (r) => cellPeriod(r.period) },
  { header: '类别', width: 12, value: (r) => explanationCategoryLabel(r.category) },
  { header: '说明', width: 36, value: (r) => r.text },
  { header: '提交时间', width: 18, value: (r) => cellTime(r.filedAt) },
  { header: '处理状态', width: 10, value: (r) => cellWord(EXPLANATION_STATUS_WORDS)(r.status) },
  { header: '处理意见', width: 24, value: (r) => r.decisionReason },
  { header: '处理时间', width: 18, value: (r) => cellTime(r.decidedAt) },
  ],
};

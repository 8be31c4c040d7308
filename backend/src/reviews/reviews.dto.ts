import { z } from 'zod';
import { cellDay, cellTime, cellWord, DECISION_WORDS, type ListExport } from '../common/list-export.ts';
import type { Review } from '../generated/prisma/client.ts';
import { idFilter, type ListSpec } from '../common/list-query.ts';
import { id, idQuery } from '../common/validation.ts';

export const createReviewSchema = z
  .object({
    submissionId: id(),
    decision: z.enum(['ACCEPT', 'RETURN']),
    reason: z.string().trim().max(2000).optional(),
  })
  .refine((v) => v.decision !== 'RETURN' || !!v.reason, { path: ['reason'], message: '退回时须填写退回原因' });
export type CreateReviewDto = z.infer<typeof createReviewSchema>;

/** 批量通过: the selected filings of the review queue, accepted together (returning needs a reason each). */
export const bulkAcceptSchema = z.object({
  submissionIds: z.array(id()).min(1, '请至少选择一项').max(200, '一次最多办理 200 项'),
});
export type BulkAcceptDto = z.infer<typeof bulkAcceptSchema>;

const reviewFilter = z.object({
  id: idFilter,
  submissionId: idQuery().optional(),
  decision: z.enum(['ACCEPT', 'RETURN']).optional(),
  unitId: idQuery().optional(),
});
export type ReviewFilter = z.infer<typeof reviewFilter>;

export const REVIEW_LIST: ListSpec<typeof reviewFilter> = {
  sortable: ['id', 'decidedAt', 'decision'],
  defaultSort: ['decidedAt', 'DESC'],
  filter: reviewFilter,
};

export function toReviewResponse(r: Review & { submission: { obligationId: number; obligation: { unitId: number } } }) {
  return {
    id: r.id,
    submissionId: r.submissionId,
    obligationId: r.submission.obligationId,
    unitId: r.submission.obligation.unitId,
    decision: r.decision,
    reason: r.reason,
    reviewerId: r.reviewerId,
    decidedAt: r.decidedAt,
    timelinessAt: r.timelinessAt,
    correctionUntil: r.correctionUntil,
  };
}

/** GET /api/reviews/export.xlsx: the columns of the filtered list's workbook. */
export const REVIEW_EXPORT: ListExport<ReturnType<typeof toReviewResponse>> = {
  title: '审核记录',
  columns: [
  { header: '单位', width: 28, value: (r, n) => n.unit(r.unitId) },
  { header: '审核结果', width: 10, value: (r) => cellWord(DECISION_WORDS)(r.decision) },
  { header: '审核意见', width: 30, value: (r) => r.reason },
  { header: '审核人', width: 16, value: (r, n) => n.user(r.reviewerId) },
  { header: '审核时间', width: 18, value: (r) => cellTime(r.decidedAt) },
  { header: '及时性认定时间', width: 18, value: (r) => cellTime(r.timelinessAt) },
  { header: '补正期限', width: 12, value: (r) => cellDay(r.correctionUntil) },
  ],
};

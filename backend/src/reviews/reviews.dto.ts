import { z } from 'zod';
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

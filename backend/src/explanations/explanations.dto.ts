import { z } from 'zod';
import type { Explanation } from '../generated/prisma/client.ts';
import { idFilter, type ListSpec } from '../common/list-query.ts';
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

import { z } from 'zod';
import type { Exemption } from '../generated/prisma/client.ts';
import { idFilter, type ListSpec } from '../common/list-query.ts';
import { obligationRef, type WithObligationRef } from '../obligations/obligation-ref.ts';
import { id, idQuery } from '../common/validation.ts';

export const createExemptionSchema = z.object({
  obligationId: id(),
  reason: z.string().trim().min(2, '请填写免报理由').max(2000),
});
export type CreateExemptionDto = z.infer<typeof createExemptionSchema>;

const exemptionFilter = z.object({
  id: idFilter,
  obligationId: idQuery().optional(),
  unitId: idQuery().optional(),
});
export type ExemptionFilter = z.infer<typeof exemptionFilter>;

export const EXEMPTION_LIST: ListSpec<typeof exemptionFilter> = {
  sortable: ['id', 'createdAt'],
  defaultSort: ['createdAt', 'DESC'],
  filter: exemptionFilter,
};

export function toExemptionResponse(e: Exemption & WithObligationRef) {
  return {
    id: e.id,
    ...obligationRef(e),
    reason: e.reason,
    createdById: e.createdById,
    createdAt: e.createdAt,
  };
}

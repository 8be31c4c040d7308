import { z } from 'zod';
import { cellPeriod, cellTime, type ListExport } from '../common/list-export.ts';
import type { Exemption } from '../generated/prisma/client.ts';
import { idFilter, type ListSpec } from '../common/list-query.ts';
import { obligationRef, type WithObligationRef } from '../obligations/obligation-ref.ts';
import { id, idQuery } from '../common/validation.ts';

export const createExemptionSchema = z.object({
  obligationId: id(),
  reason: z.string().trim().min(2, '请填写免报理由').max(2000),
});
export type CreateExemptionDto = z.infer<typeof createExemptionSchema>;

/** 批量免报: the selected obligations, waived with one reason. */
export const bulkExemptSchema = z.object({
  obligationIds: z.array(id()).min(1, '请至少选择一项').max(200, '一次最多办理 200 项'),
  reason: createExemptionSchema.shape.reason,
});
export type BulkExemptDto = z.infer<typeof bulkExemptSchema>;

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

/** GET /api/exemptions/export.xlsx: the columns of the filtered list's workbook. */
export const EXEMPTION_EXPORT: ListExport<ReturnType<typeof toExemptionResponse>> = {
  title: '免报',
  columns: [
  { header: '单位', width: 28, value: (r) => r.unitName },
  { header: '报送事项', width: 30, value: (r, n) => n.streamOfCode(r.streamCode) },
  { header: '所属期', width: 14, value: (r) => cellPeriod(r.period) },
  { header: '免报理由', width: 36, value: (r) => r.reason },
  { header: '办理人', width: 16, value: (r, n) => n.user(r.createdById) },
  { header: '办理时间', width: 18, value: (r) => cellTime(r.createdAt) },
  ],
};

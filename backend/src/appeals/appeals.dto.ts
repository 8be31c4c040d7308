import { z } from 'zod';
import { cellTime, type ListExport } from '../common/list-export.ts';
import type { Appeal } from '../generated/prisma/client.ts';
import { idFilter, type ListSpec } from '../common/list-query.ts';
import { id, idQuery, yearQuery } from '../common/validation.ts';
import { APPEAL_STATUS_LABELS } from '../domain/labels.ts';

/** POST /api/assessments/:year/appeals: a unit contests one row of its preliminary result, or a refused bonus. */
export const fileAppealSchema = z
  .object({
    unitId: id().optional(),
    deductionId: id().optional(),
    bonusId: id().optional(),
    reason: z.string().trim().min(10, '申诉理由至少 10 个字').max(2000, '申诉理由不能超过 2000 个字符'),
    attachmentIds: z.array(id()).max(10, '附件最多 10 个').optional(),
  })
  .refine((v) => (v.deductionId === undefined) !== (v.bonusId === undefined), { path: ['deductionId'], message: '请选择申诉的一条扣分，或一项未予确认的加分' });
export type FileAppealDto = z.infer<typeof fileAppealSchema>;

export const decideAppealSchema = z
  .object({ decision: z.enum(['UPHOLD', 'REJECT'], { error: '复核结论须为申诉成立或不成立' }), reason: z.string().trim().max(2000).optional() })
  .refine((v) => v.decision !== 'REJECT' || !!v.reason, { path: ['reason'], message: '申诉不成立时须填写理由' });
export type DecideAppealDto = z.infer<typeof decideAppealSchema>;

const appealFilter = z.object({
  id: idFilter,
  year: yearQuery().optional(),
  unitId: idQuery().optional(),
  status: z.enum(['OPEN', 'UPHELD', 'REJECTED']).optional(),
});
export type AppealFilter = z.infer<typeof appealFilter>;

export const APPEAL_LIST: ListSpec<typeof appealFilter> = {
  sortable: ['id', 'createdAt', 'decidedAt', 'status'],
  defaultSort: ['createdAt', 'DESC'],
  filter: appealFilter,
};


export function toAppealResponse(a: Appeal & { unit: { name: string } }) {
  return {
    id: a.id,
    year: a.year,
    unitId: a.unitId,
    unitName: a.unit.name,
    deductionId: a.deductionId,
    bonusId: a.bonusId,
    subject: a.subject,
    points: a.points.toNumber(),
    reason: a.reason,
    attachmentIds: a.attachmentIds,
    status: a.status,
    statusLabel: APPEAL_STATUS_LABELS[a.status],
    decisionReason: a.decisionReason,
    decidedAt: a.decidedAt,
    createdAt: a.createdAt,
  };
}

/** GET /api/appeals/export.xlsx: the columns of the filtered list's workbook. */
export const APPEAL_EXPORT: ListExport<ReturnType<typeof toAppealResponse>> = {
  title: '年度考核申诉',
  columns: [
    { header: '年度', width: 8, value: (r) => r.year },
    { header: '单位', width: 28, value: (r) => r.unitName },
    { header: '申诉事项', width: 36, value: (r) => r.subject },
    { header: '分值', width: 8, value: (r) => r.points },
    { header: '申诉理由', width: 36, value: (r) => r.reason },
    { header: '状态', width: 10, value: (r) => r.statusLabel },
    { header: '复核意见', width: 30, value: (r) => r.decisionReason },
    { header: '复核时间', width: 18, value: (r) => cellTime(r.decidedAt) },
    { header: '申诉时间', width: 18, value: (r) => cellTime(r.createdAt) },
  ],
};

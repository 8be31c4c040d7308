import { z } from 'zod';
import { cellTime, type ListExport } from '../common/list-export.ts';
import type { BonusClaim } from '../generated/prisma/client.ts';
import { idFilter, type ListSpec } from '../common/list-query.ts';
import { id, idQuery, yearQuery } from '../common/validation.ts';
import { BONUS_STATUS_LABELS } from '../domain/labels.ts';

/** POST /api/assessments/:year/bonuses: a unit declares a bonus item of the year's scheme (DESIGN.md §3). */
export const declareBonusSchema = z.object({
  unitId: id().optional(),
  category: z.string().trim().regex(/^[A-Z][A-Z0-9_]{0,19}$/, '加分项目有误'),
  points: z.number({ error: '申报分值须为数字' }).positive('申报分值须大于 0').max(100, '申报分值不能大于 100').multipleOf(0.01, '申报分值最多两位小数'),
  reason: z.string().trim().min(5, '申报理由至少 5 个字').max(2000, '申报理由不能超过 2000 个字符'),
  attachmentIds: z.array(id()).max(10, '附件最多 10 个').optional(),
});
export type DeclareBonusDto = z.infer<typeof declareBonusSchema>;

export const decideBonusSchema = z
  .object({ decision: z.enum(['CONFIRM', 'REFUSE'], { error: '决定须为确认或不予确认' }), reason: z.string().trim().max(2000).optional() })
  .refine((v) => v.decision !== 'REFUSE' || !!v.reason, { path: ['reason'], message: '不予确认时须填写理由' });
export type DecideBonusDto = z.infer<typeof decideBonusSchema>;

const bonusFilter = z.object({
  id: idFilter,
  year: yearQuery().optional(),
  unitId: idQuery().optional(),
  status: z.enum(['PENDING', 'CONFIRMED', 'REFUSED']).optional(),
});
export type BonusFilter = z.infer<typeof bonusFilter>;

export const BONUS_LIST: ListSpec<typeof bonusFilter> = {
  sortable: ['id', 'createdAt', 'decidedAt', 'status', 'year'],
  defaultSort: ['createdAt', 'DESC'],
  filter: bonusFilter,
};


export function toBonusResponse(b: BonusClaim & { unit: { name: string } }, ruleName: string | null) {
  return {
    id: b.id,
    year: b.year,
    unitId: b.unitId,
    unitName: b.unit.name,
    category: b.ruleId,
    categoryName: ruleName,
    points: b.points.toNumber(),
    reason: b.reason,
    attachmentIds: b.attachmentIds,
    status: b.status,
    statusLabel: BONUS_STATUS_LABELS[b.status],
    decisionReason: b.decisionReason,
    decidedAt: b.decidedAt,
    createdAt: b.createdAt,
  };
}

/** GET /api/bonuses/export.xlsx: the columns of the filtered list's workbook. */
export const BONUS_EXPORT: ListExport<ReturnType<typeof toBonusResponse>> = {
  title: '年度考核加分申报',
  columns: [
    { header: '年度', width: 8, value: (r) => r.year },
    { header: '单位', width: 28, value: (r) => r.unitName },
    { header: '加分项目', width: 24, value: (r) => r.categoryName },
    { header: '申报分值', width: 10, value: (r) => r.points },
    { header: '申报理由', width: 36, value: (r) => r.reason },
    { header: '状态', width: 10, value: (r) => r.statusLabel },
    { header: '处理意见', width: 30, value: (r) => r.decisionReason },
    { header: '处理时间', width: 18, value: (r) => cellTime(r.decidedAt) },
    { header: '申报时间', width: 18, value: (r) => cellTime(r.createdAt) },
  ],
};

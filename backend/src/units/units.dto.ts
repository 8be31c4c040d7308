import { z } from 'zod';
import { cellTime, type ListExport } from '../common/list-export.ts';
import type { Unit } from '../generated/prisma/client.ts';
import { idFilter, searchFilter, type ListSpec } from '../common/list-query.ts';
import { optionalText, requiredText } from '../common/validation.ts';
import { isValidCreditCode } from '../domain/identifiers.ts';

const unitFilter = z.object({
  id: idFilter,
  q: searchFilter,
  active: z.boolean().optional(),
});
export type UnitFilter = z.infer<typeof unitFilter>;

export const UNIT_LIST: ListSpec<typeof unitFilter> = {
  sortable: ['id', 'name', 'sortOrder', 'createdAt'],
  defaultSort: ['sortOrder', 'ASC'],
  filter: unitFilter,
};

const creditCode = optionalText(18).refine((v) => v === null || isValidCreditCode(v.toUpperCase()), {
  message: '统一社会信用代码无效（应为 18 位，校验位正确）',
});

export const createUnitSchema = z.object({
  name: requiredText(100),
  sortOrder: z.number().int().min(1).max(1_000_000).optional(),
  creditCode,
  address: optionalText(200),
  active: z.boolean().default(true),
});
export type CreateUnitDto = z.infer<typeof createUnitSchema>;

export const updateUnitSchema = z.object({
  name: requiredText(100).optional(),
  sortOrder: z.number().int().min(1).max(1_000_000).optional(),
  creditCode: creditCode.optional(),
  address: optionalText(200).optional(),
  active: z.boolean().optional(),
});
export type UpdateUnitDto = z.infer<typeof updateUnitSchema>;

export function toUnitResponse(u: Unit) {
  return {
    id: u.id,
    name: u.name,
    sortOrder: u.sortOrder,
    creditCode: u.creditCode,
    address: u.address,
    active: u.active,
    createdAt: u.createdAt,
    updatedAt: u.updatedAt,
  };
}

/** GET /api/units/export.xlsx: the columns of the filtered list's workbook. */
export const UNIT_EXPORT: ListExport<ReturnType<typeof toUnitResponse>> = {
  title: '单位',
  columns: [
  { header: '排序号', width: 8, value: (r) => r.sortOrder },
  { header: '单位名称', width: 30, value: (r) => r.name },
  { header: '统一社会信用代码', width: 22, value: (r) => r.creditCode },
  { header: '地址', width: 30, value: (r) => r.address },
  { header: '状态', width: 8, value: (r) => (r.active ? '在用' : '停用') },
  { header: '创建时间', width: 18, value: (r) => cellTime(r.createdAt) },
  ],
};

import { z } from 'zod';
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

import { z } from 'zod';
import type { User } from '../generated/prisma/client.ts';
import { idFilter, searchFilter, type ListSpec } from '../common/list-query.ts';
import { id, idQuery, optionalText } from '../common/validation.ts';

const role = z.enum(['ADMIN', 'LEADER', 'UNIT']);

const userFilter = z.object({
  id: idFilter,
  q: searchFilter,
  role: role.optional(),
  unitId: idQuery().optional(),
  active: z.boolean().optional(),
});
export type UserFilter = z.infer<typeof userFilter>;

export const USER_LIST: ListSpec<typeof userFilter> = {
  sortable: ['id', 'username', 'role', 'unitId', 'createdAt'],
  defaultSort: ['id', 'ASC'],
  filter: userFilter,
};

export const username = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.-]{3,32}$/, '用户名为 3–32 位字母、数字、下划线、点或连字符');
export const password = z.string().min(8, '密码至少 8 位').max(72, '密码不能超过 72 位');

/** A UNIT user belongs to exactly one unit; office roles belong to none. */
function unitMatchesRole(v: { role?: string; unitId?: number | null }, ctx: z.RefinementCtx) {
  if (v.role === 'UNIT' && !v.unitId) ctx.addIssue({ code: 'custom', path: ['unitId'], message: '单位联系人必须指定所属单位' });
  if (v.role && v.role !== 'UNIT' && v.unitId) {
    ctx.addIssue({ code: 'custom', path: ['unitId'], message: '只有单位联系人可以指定所属单位' });
  }
}

export const createUserSchema = z
  .object({
    username,
    password,
    role,
    unitId: id().nullish().transform((v) => v ?? null),
    displayName: optionalText(50),
    active: z.boolean().default(true),
  })
  .superRefine(unitMatchesRole);
export type CreateUserDto = z.infer<typeof createUserSchema>;

export const updateUserSchema = z.object({
  password: password.optional(),
  role: role.optional(),
  unitId: id().nullish(),
  displayName: optionalText(50).optional(),
  active: z.boolean().optional(),
});
export type UpdateUserDto = z.infer<typeof updateUserSchema>;


export function toUserResponse(u: User) {
  return {
    id: u.id,
    username: u.username,
    role: u.role,
    unitId: u.unitId,
    displayName: u.displayName,
    active: u.active,
    createdAt: u.createdAt,
    updatedAt: u.updatedAt,
  };
}

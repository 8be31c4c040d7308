import { z } from 'zod';
import { cellTime, cellWord, ROLE_WORDS, type ListExport } from '../common/list-export.ts';
import type { User } from '../generated/prisma/client.ts';
import { idFilter, searchFilter, type ListSpec } from '../common/list-query.ts';
import { id, idQuery, optionalText } from '../common/validation.ts';
import { passwordProblem } from '../identity/password-policy.ts';

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
/** A new password: the policy's rules but the user name, which the schemas or services that know it add. */
export const password = z.string().superRefine((v, ctx) => {
  const problem = passwordProblem(v);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** The policy's user-name rule, for the schemas that carry both. */
function passwordNotUsername(v: { username: string; password: string }, ctx: z.RefinementCtx) {
  const problem = passwordProblem(v.password, v.username);
  if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: problem });
}

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
  .superRefine(unitMatchesRole)
  .superRefine(passwordNotUsername);
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

/** GET /api/users/export.xlsx: the columns of the filtered list's workbook. */
export const USER_EXPORT: ListExport<ReturnType<typeof toUserResponse>> = {
  title: '用户',
  columns: [
  { header: '用户名', width: 16, value: (r) => r.username },
  { header: '姓名', width: 12, value: (r) => r.displayName },
  { header: '角色', width: 14, value: (r) => cellWord(ROLE_WORDS)(r.role) },
  { header: '所属单位', width: 28, value: (r, n) => n.unit(r.unitId) },
  { header: '状态', width: 8, value: (r) => (r.active ? '在用' : '停用') },
  { header: '创建时间', width: 18, value: (r) => cellTime(r.createdAt) },
  ],
};

import { type Preferences, preferencesSchema } from '@credit/contract/api';
import { z } from 'zod';
import { cellYesNo, type ListExport } from '../common/list-export.ts';
import type { Contact } from '../generated/prisma/client.ts';
import { idFilter, searchFilter, type ListSpec } from '../common/list-query.ts';
import { id, idQuery, optionalText, requiredText } from '../common/validation.ts';

const contactFilter = z.object({
  id: idFilter,
  q: searchFilter,
  unitId: idQuery().optional(),
  primary: z.boolean().optional(),
  leader: z.boolean().optional(),
});
export type ContactFilter = z.infer<typeof contactFilter>;

export const CONTACT_LIST: ListSpec<typeof contactFilter> = {
  sortable: ['id', 'name', 'unitId', 'primary', 'leader', 'createdAt'],
  defaultSort: ['unitId', 'ASC'],
  filter: contactFilter,
};

const phone = optionalText(30).refine((v) => v === null || /^[0-9+\-() 转]{5,30}$/.test(v), {
  message: '电话号码格式不正确',
});
const mobile = optionalText(20).refine((v) => v === null || /^1\d{10}$/.test(v.replace(/[\s-]/g, '')), {
  message: '手机号应为 11 位数字',
});
const email = optionalText(100).refine((v) => v === null || z.email().safeParse(v).success, {
  message: '电子邮箱格式不正确',
});

const fields = {
  name: requiredText(50),
  post: optionalText(50),
  phone,
  mobile,
  email,
  primary: z.boolean().default(false),
  leader: z.boolean().default(false),
  /** The channels per kind of notice; null or absent: the office's defaults. */
  preferences: preferencesSchema.nullable().optional(),
};

export const createContactSchema = z.object({ unitId: id(), ...fields });
export type CreateContactDto = z.infer<typeof createContactSchema>;

export const updateContactSchema = z.object({
  name: fields.name.optional(),
  post: fields.post.optional(),
  phone: phone.optional(),
  mobile: mobile.optional(),
  email: email.optional(),
  primary: z.boolean().optional(),
  leader: z.boolean().optional(),
  preferences: fields.preferences,
});
export type UpdateContactDto = z.infer<typeof updateContactSchema>;

export function toContactResponse(c: Contact) {
  return {
    id: c.id,
    unitId: c.unitId,
    name: c.name,
    post: c.post,
    phone: c.phone,
    mobile: c.mobile,
    email: c.email,
    primary: c.primary,
    leader: c.leader,
    preferences: (c.preferences ?? null) as Preferences | null,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

/** GET /api/contacts/export.xlsx: the columns of the filtered list's workbook. */
export const CONTACT_EXPORT: ListExport<ReturnType<typeof toContactResponse>> = {
  title: '联系人',
  columns: [
  { header: '所属单位', width: 28, value: (r, n) => n.unit(r.unitId) },
  { header: '姓名', width: 10, value: (r) => r.name },
  { header: '职务', width: 14, value: (r) => r.post },
  { header: '办公电话', width: 16, value: (r) => r.phone },
  { header: '手机', width: 14, value: (r) => r.mobile },
  { header: '电子邮箱', width: 24, value: (r) => r.email },
  { header: '主要联系人', width: 10, value: (r) => cellYesNo(r.primary) },
  { header: '分管领导', width: 10, value: (r) => cellYesNo(r.leader) },
  ],
};

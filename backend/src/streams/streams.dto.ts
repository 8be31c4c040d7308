import { z } from 'zod';
import { CADENCE_WORDS, cellDay, cellWord, cellYesNo, HOLIDAY_WORDS, type ListExport } from '../common/list-export.ts';
import type { Stream } from '../generated/prisma/client.ts';
import { idFilter, searchFilter, type ListSpec } from '../common/list-query.ts';
import { localDate, optionalText, requiredText } from '../common/validation.ts';
import { fromDbDateOrNull } from '../database/db-dates.ts';

const cadence = z.enum(['MONTHLY', 'QUARTERLY', 'YEARLY', 'ONCE']);
const holidayPolicy = z.enum(['NEXT_WORKDAY', 'NONE']);

const streamFilter = z.object({
  id: idFilter,
  q: searchFilter,
  code: z.string().max(40).optional(),
  cadence: cadence.optional(),
  active: z.boolean().optional(),
});
export type StreamFilter = z.infer<typeof streamFilter>;

export const STREAM_LIST: ListSpec<typeof streamFilter> = {
  sortable: ['id', 'code', 'name', 'sortOrder', 'cadence'],
  defaultSort: ['sortOrder', 'ASC'],
  filter: streamFilter,
};

const fields = {
  code: z.string().trim().regex(/^[A-Z][A-Z0-9_]{1,39}$/, '编码应为大写字母开头的字母、数字或下划线'),
  name: requiredText(100),
  cadence,
  dueDay: z.number().int().min(1).max(31).default(5),
  dueDate: localDate.nullish().transform((v) => v ?? null),
  holidayPolicy: holidayPolicy.default('NEXT_WORKDAY'),
  correctionWorkdays: z.number().int().min(0).max(30).default(3),
  requiresCounts: z.boolean().default(false),
  since: localDate.nullish().transform((v) => v ?? null),
  description: optionalText(500),
  sortOrder: z.number().int().min(0).max(1_000_000).default(0),
  active: z.boolean().default(true),
};

export const createStreamSchema = z.object(fields);
export type CreateStreamDto = z.infer<typeof createStreamSchema>;

export const updateStreamSchema = z.object({
  name: fields.name.optional(),
  dueDay: z.number().int().min(1).max(31).optional(),
  dueDate: fields.dueDate.optional(),
  holidayPolicy: holidayPolicy.optional(),
  correctionWorkdays: z.number().int().min(0).max(30).optional(),
  requiresCounts: z.boolean().optional(),
  since: fields.since.optional(),
  description: fields.description.optional(),
  sortOrder: z.number().int().min(0).max(1_000_000).optional(),
  active: z.boolean().optional(),
});
export type UpdateStreamDto = z.infer<typeof updateStreamSchema>;

export function toStreamResponse(s: Stream) {
  return {
    id: s.id,
    code: s.code,
    name: s.name,
    cadence: s.cadence,
    dueDay: s.dueDay,
    dueDate: fromDbDateOrNull(s.dueDate),
    holidayPolicy: s.holidayPolicy,
    correctionWorkdays: s.correctionWorkdays,
    requiresCounts: s.requiresCounts,
    /** The record kinds the stream takes as a data file (RECORDS.md §1); empty: no data file. */
    recordKinds: s.recordKinds,
    since: fromDbDateOrNull(s.since),
    description: s.description,
    sortOrder: s.sortOrder,
    active: s.active,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}

/** GET /api/streams/export.xlsx: the columns of the filtered list's workbook. */
export const STREAM_EXPORT: ListExport<ReturnType<typeof toStreamResponse>> = {
  title: '报送事项',
  columns: [
  { header: '事项名称', width: 36, value: (r) => r.name },
  { header: '报送周期', width: 10, value: (r) => cellWord(CADENCE_WORDS)(r.cadence) },
  { header: '截止日（每期次月）', width: 12, value: (r) => (r.cadence === 'ONCE' ? null : r.dueDay) },
  { header: '截止日期', width: 12, value: (r) => cellDay(r.dueDate) },
  { header: '节假日处理', width: 16, value: (r) => cellWord(HOLIDAY_WORDS)(r.holidayPolicy) },
  { header: '补正期限（工作日）', width: 12, value: (r) => r.correctionWorkdays },
  { header: '须填统计数', width: 10, value: (r) => cellYesNo(r.requiresCounts) },
  { header: '起始日期', width: 12, value: (r) => cellDay(r.since) },
  { header: '说明', width: 30, value: (r) => r.description },
  { header: '状态', width: 8, value: (r) => (r.active ? '在用' : '停用') },
  ],
};

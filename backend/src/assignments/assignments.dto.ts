import { z } from 'zod';
import { cellDay, type ListExport } from '../common/list-export.ts';
import type { Assignment } from '../generated/prisma/client.ts';
import { idFilter, type ListSpec } from '../common/list-query.ts';
import { id, idQuery, localDate } from '../common/validation.ts';
import { fromDbDate, fromDbDateOrNull } from '../database/db-dates.ts';

const assignmentFilter = z.object({
  id: idFilter,
  unitId: idQuery().optional(),
  streamId: idQuery().optional(),
  /** Only assignments in force on this day. */
  activeOn: localDate.optional(),
});
export type AssignmentFilter = z.infer<typeof assignmentFilter>;

export const ASSIGNMENT_LIST: ListSpec<typeof assignmentFilter> = {
  sortable: ['id', 'unitId', 'streamId', 'validFrom', 'validTo'],
  defaultSort: ['unitId', 'ASC'],
  filter: assignmentFilter,
};

const range = <T extends { validFrom?: string; validTo?: string | null }>(v: T) =>
  !v.validFrom || !v.validTo || v.validTo >= v.validFrom;
const rangeError = { message: '结束日期不能早于开始日期', path: ['validTo'] };

export const createAssignmentSchema = z
  .object({
    unitId: id(),
    streamId: id(),
    validFrom: localDate,
    validTo: localDate.nullish().transform((v) => v ?? null),
  })
  .refine(range, rangeError);
export type CreateAssignmentDto = z.infer<typeof createAssignmentSchema>;

export const updateAssignmentSchema = z
  .object({
    validFrom: localDate.optional(),
    validTo: localDate.nullish(),
  })
  .refine(range, rangeError);
export type UpdateAssignmentDto = z.infer<typeof updateAssignmentSchema>;

export function toAssignmentResponse(a: Assignment) {
  return {
    id: a.id,
    unitId: a.unitId,
    streamId: a.streamId,
    validFrom: fromDbDate(a.validFrom),
    validTo: fromDbDateOrNull(a.validTo),
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

/** GET /api/assignments/export.xlsx: the columns of the filtered list's workbook. */
export const ASSIGNMENT_EXPORT: ListExport<ReturnType<typeof toAssignmentResponse>> = {
  title: '报送责任',
  columns: [
  { header: '单位', width: 28, value: (r, n) => n.unit(r.unitId) },
  { header: '报送事项', width: 36, value: (r, n) => n.stream(r.streamId) },
  { header: '开始日期', width: 12, value: (r) => cellDay(r.validFrom) },
  { header: '结束日期', width: 12, value: (r) => cellDay(r.validTo) },
  ],
};

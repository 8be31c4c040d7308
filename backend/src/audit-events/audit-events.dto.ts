import { z } from 'zod';
import { idFilter, searchFilter, type ListSpec } from '../common/list-query.ts';
import { idQuery } from '../common/validation.ts';

const auditEventFilter = z.object({
  id: idFilter,
  q: searchFilter,
  resource: z.string().max(50).optional(),
  recordId: z.coerce.string().max(50).optional(),
  userId: idQuery().optional(),
  unitId: idQuery().optional(),
  action: z.string().max(50).optional(),
});
export type AuditEventFilter = z.infer<typeof auditEventFilter>;

export const AUDIT_EVENT_LIST: ListSpec<typeof auditEventFilter> = {
  sortable: ['id', 'at', 'resource', 'action', 'username'],
  defaultSort: ['at', 'DESC'],
  filter: auditEventFilter,
};

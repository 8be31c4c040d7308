import { z } from 'zod';
import type { AuditEvent } from '../generated/prisma/client.ts';
import { AUDIT_ACTION_WORDS, cellTime, cellWord, type ListExport, RESOURCE_WORDS } from '../common/list-export.ts';
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

/** GET /api/audit-events/export.xlsx: who changed what, when (the changes themselves are on each event's page). */
export const AUDIT_EVENT_EXPORT: ListExport<AuditEvent> = {
  title: '操作日志',
  columns: [
    { header: '时间', width: 18, value: (r) => cellTime(r.at) },
    { header: '操作人', width: 20, value: (r, n) => (r.userId ? n.user(r.userId) : r.username) },
    { header: '操作', width: 10, value: (r) => cellWord(AUDIT_ACTION_WORDS)(r.action) },
    { header: '对象类型', width: 14, value: (r) => cellWord(RESOURCE_WORDS)(r.resource) },
    { header: '对象编号', width: 12, value: (r) => r.recordId },
    { header: '单位', width: 28, value: (r, n) => n.unit(r.unitId) },
  ],
};

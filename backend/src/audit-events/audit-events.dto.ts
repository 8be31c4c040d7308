import { z } from 'zod';
import type { AuditEvent } from '@credit/contract/api';
import { cellTime, type ListExport } from '../common/list-export.ts';
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
    { header: '操作人', width: 20, value: (r) => (r.userUnitName ? `${r.userName}（${r.userUnitName}）` : r.userName) },
    { header: '操作', width: 10, value: (r) => r.actionLabel },
    { header: '对象类型', width: 14, value: (r) => r.resourceLabel },
    { header: '对象编号', width: 12, value: (r) => r.recordId },
    { header: '单位', width: 28, value: (r) => r.unitName },
    { header: '变更内容', width: 60, value: (r) => r.changes.map((c) => `${c.label}：${c.before ?? '—'} → ${c.after ?? '—'}`).join('；') || null },
  ],
};

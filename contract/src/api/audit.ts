// GET /api/audit-events: one event of the audit log (操作日志), with its words: the actor's name and unit, the
// action and object in Chinese, and each changed field as 字段：修改前 → 修改后 in display form.
import { z } from 'zod';

export const auditChangeSchema = z.strictObject({
  field: z.string(),
  label: z.string(),
  /** The value before, as shown (2026-11-05 14:30, 是/否, names for ids); null: none. */
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export type AuditChange = z.infer<typeof auditChangeSchema>;

export const auditEventSchema = z.strictObject({
  id: z.number().int(),
  at: z.string().describe('ISO 8601'),
  userId: z.number().int().nullable(),
  username: z.string().nullable(),
  /** The actor's display name (the user's name, else the login; 系统 for a scheduled job). */
  userName: z.string(),
  /** The actor's unit (信用办 for the office, 领导小组 for its members). */
  userUnitName: z.string().nullable(),
  action: z.string(),
  actionLabel: z.string(),
  resource: z.string(),
  resourceLabel: z.string(),
  recordId: z.string(),
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  /** The stored record before and after, as written (machine-readable; the screens show `changes`). */
  before: z.unknown(),
  after: z.unknown(),
  changes: z.array(auditChangeSchema),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

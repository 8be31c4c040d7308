import type { SessionUser } from './session';

/** Actions that only read. */
const READ_ACTIONS = new Set(['list', 'show']);

/** Resources a UNIT user never sees. */
const UNIT_HIDDEN = new Set(['users', 'audit-events']);

/** Resources nobody writes through the dashboard. */
const READ_ONLY = new Set(['audit-events']);

type AnyRecord = Record<string, unknown> | undefined;

/**
 * The role rules of the dashboard (DESIGN §1); the server enforces the same rules and, for a
 * UNIT user, narrows every read to the user's own unit.
 * - ADMIN: everything (audit events are read-only for everybody);
 * - LEADER: list / show on everything, no writes;
 * - UNIT: list / show except users and audit events; edit the contacts of its own unit.
 */
export const canRoleAccess = (
  user: SessionUser | null,
  action: string,
  resource: string,
  record?: AnyRecord,
): boolean => {
  if (!user) return false;
  const read = READ_ACTIONS.has(action);
  if (READ_ONLY.has(resource) && !read) return false;
  switch (user.role) {
    case 'ADMIN':
      return true;
    case 'LEADER':
      return read;
    case 'UNIT':
      if (UNIT_HIDDEN.has(resource)) return false;
      if (read) return true;
      if (resource === 'contacts' && action === 'edit') {
        return record == null || String(record.unitId) === String(user.unitId);
      }
      return false;
    default:
      return false;
  }
};

import { canRoleAccess } from '../providers/permissions';
import { getUser, type SessionUser } from '../providers/session';

/**
 * The signed-in user, read synchronously from the session: the role decides which home, menu and
 * action buttons a page shows (the server enforces the same rules on every request).
 */
export const useSessionUser = (): SessionUser | null => getUser();

export const useRole = () => getUser()?.role ?? null;

/** Whether the signed-in user may perform `action` on `resource` (same rules as the auth provider). */
export const useCan = () => {
  const user = getUser();
  return (action: string, resource: string, record?: Record<string, unknown>) => canRoleAccess(user, action, resource, record);
};

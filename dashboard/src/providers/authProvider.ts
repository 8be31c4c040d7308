import type { LoginAnswer } from '@credit/contract/api';
import { HttpError, type AuthProvider } from 'react-admin';
import { t } from '../i18n/translate';
import { postJson } from './http';
import { canRoleAccess } from './permissions';
import { clearSession, getToken, getUser, saveSession } from './session';

const CJK = /[\u3400-\u9fff]/;

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    try {
      const { token, user } = await postJson<LoginAnswer>('/auth/login', { username, password });
      saveSession(token, user);
    } catch (error) {
      // 400/401: wrong credentials; keep the server's Chinese message when it has one
      if (error instanceof HttpError && (error.status === 400 || error.status === 401)) {
        const serverMessage = (error.body as { message?: unknown } | null)?.message;
        throw new Error(typeof serverMessage === 'string' && CJK.test(serverMessage) ? serverMessage : t('app.error.login'));
      }
      throw error;
    }
  },

  async logout() {
    // End the session on the server too (the token is refused from now on); signing out works offline anyway.
    if (getToken()) await postJson('/auth/logout', {}).catch(() => undefined);
    clearSession();
  },

  async checkAuth() {
    // No token at all is the normal first visit: go to the login page without a notification.
    if (!getToken() || !getUser()) throw { message: false };
  },

  async checkError(error: { status?: number }) {
    if (error?.status === 401) {
      clearSession();
      throw { message: 'ra.notification.logged_out' };
    }
    // 403 and the rest: stay signed in, the page shows the error.
  },

  async getIdentity() {
    const user = getUser();
    if (!user) throw { message: false };
    return {
      id: user.id,
      fullName: user.displayName || user.username,
      role: user.role,
      unitId: user.unitId,
    };
  },

  // No getPermissions: who may do what is `canAccess` (and useRole / useCan, common/useSession.ts), and nothing reads
  // react-admin's permissions. Without it react-admin knows at once that there are none to wait for; with it the
  // home waited for one more query (the route's permissions, after its auth check) before its first render.

  async canAccess({ action, resource, record }) {
    return canRoleAccess(getUser(), action, resource, record);
  },
};

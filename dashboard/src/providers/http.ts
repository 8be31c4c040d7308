import { fetchUtils, HttpError } from 'react-admin';
import { t } from '../i18n/translate';
import { API_URL } from './apiUrl';
import { getToken } from './session';

export { API_URL };

const CJK = /[\u3400-\u9fff]/;

const STATUS_KEYS: Record<number, string> = {
  400: 'app.error.400',
  401: 'app.error.401',
  403: 'app.error.403',
  404: 'app.error.404',
  409: 'app.error.409',
  413: 'app.error.413',
  429: 'app.error.429',
};

/**
 * Keeps the server's message when it is Chinese (the backend writes its messages in Chinese);
 * replaces anything else (HTTP status texts, framework defaults, network failures) by a Chinese
 * message, so no English reaches the UI. The body, with its field `errors`, is kept untouched:
 * react-admin's Create/Edit (pessimistic) put `body.errors` on the form fields.
 */
export const localizeError = (error: unknown): unknown => {
  if (error instanceof HttpError) {
    if (typeof error.message === 'string' && CJK.test(error.message)) return error;
    const key = STATUS_KEYS[error.status] ?? (error.status >= 500 ? 'app.error.500' : 'ra.notification.http_error');
    return new HttpError(t(key), error.status, error.body);
  }
  if (error instanceof TypeError) {
    // fetch() rejects with a TypeError when the server cannot be reached
    return new HttpError(t('app.error.network'), 0, null);
  }
  return error;
};

/** fetchJson with the bearer token of the session and Chinese error messages. */
export const httpClient = async (url: string, options: fetchUtils.Options = {}) => {
  const headers = new Headers(options.headers ?? { Accept: 'application/json' });
  const token = getToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  try {
    return await fetchUtils.fetchJson(url, { ...options, headers });
  } catch (error) {
    throw localizeError(error);
  }
};

/** POST a JSON body to a named endpoint under /api (login, password change …). */
export const postJson = <T = unknown>(path: string, body: unknown): Promise<T> =>
  httpClient(`${API_URL}${path}`, { method: 'POST', body: JSON.stringify(body) }).then(({ json }) => json as T);

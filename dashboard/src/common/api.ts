import { useQuery } from '@tanstack/react-query';
import { HttpError, useLogoutIfAccessDenied } from 'react-admin';
import { apiUrl, type Params } from '../providers/apiUrl';
import { type EarlyAnswer, takeEarly, takeEarlyIfHere } from '../providers/early';
import { API_URL, httpClient, localizeError } from '../providers/http';
import { getToken } from '../providers/session';

/** The answer of a GET: the one started while the home's code loaded (providers/early.ts) when there is one, else a request now. */
const get = async (url: string): Promise<EarlyAnswer> => (await takeEarly(url)) ?? httpClient(url);

/** A page of an answer that is an array, with `Content-Range: <name> <start>-<end>/<total>`. */
const toPage = <T>({ headers, json }: EarlyAnswer): { items: T[]; total: number } => {
  const total = Number(/\/(\d+)$/.exec(headers.get('Content-Range') ?? '')?.[1] ?? (json as T[]).length);
  return { items: json as T[], total };
};

/** GET a named endpoint under /api (the office home's aggregates, the ranking, the matrix). */
export const getJson = async <T>(path: string, params: Params = {}): Promise<T> => (await get(apiUrl(path, params))).json as T;

/** A page of a named endpoint that answers an array and `Content-Range: <name> <start>-<end>/<total>`. */
export const getPage = async <T>(path: string, params: Params): Promise<{ items: T[]; total: number }> => toPage<T>(await get(apiUrl(path, params)));

/** Past this an early answer drawn at once is asked for again, as the answer it stands for would be (early.ts). */
const EARLY_FRESH_MS = 10_000;

/**
 * A cached query; a 401 signs the user out like react-admin's own calls do. `early`: the answer already here
 * for it (takeEarlyIfHere), drawn in the first render; fresh for a while, so the mount does not ask again.
 */
const useSignedQuery = <T>(key: unknown[], load: () => Promise<T>, enabled: boolean, early: () => T | undefined) => {
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  return useQuery<T, Error>({
    queryKey: key,
    enabled,
    placeholderData: (previous) => previous,
    initialData: enabled ? early : undefined,
    // Data no request has updated yet is the early answer: fresh for a while; every other answer as before.
    staleTime: (query) => (query.state.dataUpdateCount === 0 && query.state.data !== undefined ? EARLY_FRESH_MS : 0),
    queryFn: async () => {
      try {
        return await load();
      } catch (error) {
        await logoutIfAccessDenied(error);
        throw error;
      }
    },
  });
};

/** The early answer of a named endpoint if it is already here, as `read` makes it. */
const earlyOf = <T>(path: string, params: Params, read: (answer: EarlyAnswer) => T) => () => {
  const answer = takeEarlyIfHere(apiUrl(path, params));
  return answer ? read(answer) : undefined;
};

/** A named endpoint as a cached query (the previous answer stays on screen while the next one loads). */
export const useApi = <T>(path: string, params: Params = {}, enabled = true) =>
  useSignedQuery(['api', path, params], () => getJson<T>(path, params), enabled, earlyOf(path, params, (a) => a.json as T));

/** A paged named endpoint (`range=[start,end]` → rows and the total of Content-Range). */
export const useApiPage = <T>(path: string, params: Params, enabled = true) =>
  useSignedQuery(['api-page', path, params], () => getPage<T>(path, params), enabled, earlyOf(path, params, toPage<T>));

export interface UploadedAttachment {
  id: number;
  fileName: string;
  size: number;
  mimeType: string;
}

/** The field messages of a 400 answer ({ errors: { field: '中文说明' } }), or null. */
export const fieldErrorsOf = (error: unknown): Record<string, string> | null => {
  const errors = error instanceof HttpError ? (error.body as { errors?: Record<string, string> } | null)?.errors : null;
  return errors && Object.keys(errors).length > 0 ? errors : null;
};

/** A failed save: the server's field messages go to the form, anything else to a notification. */
export const reportSaveError = (
  error: unknown,
  onFieldErrors: (errors: Record<string, string>) => void,
  notify: (message: string, options: { type: 'error' }) => void,
): void => {
  const errors = fieldErrorsOf(error);
  if (errors) onFieldErrors(errors);
  else notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
};

/**
 * Uploads one file (multipart `file`, with the `fields` given) to a named endpoint, with progress.
 * XMLHttpRequest, because fetch reports no upload progress. Rejects with an HttpError carrying the
 * server's Chinese message (the `file` field's, else the answer's).
 */
export const uploadFile = <T>(path: string, file: File, onProgress: (fraction: number) => void, fields: Record<string, string> = {}): Promise<T> =>
  new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${API_URL}${path}`);
    const token = getToken();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body as T);
      const answer = body as { message?: string; errors?: Record<string, string> } | null;
      const message = answer?.errors?.file ?? answer?.message ?? xhr.statusText;
      reject(localizeError(new HttpError(message, xhr.status, body)));
    };
    xhr.onerror = () => reject(localizeError(new TypeError('network')));
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append('file', file);
    xhr.send(form);
  });

/** A filing's attachment (POST /api/attachments). */
export const uploadAttachment = (file: File, onProgress: (fraction: number) => void) => uploadFile<UploadedAttachment>('/attachments', file, onProgress);

/** Downloads an attachment (the request needs the bearer token, so a plain link cannot do it). */
export const downloadAttachment = async (id: number, fileName: string): Promise<void> => {
  const token = getToken();
  const response = await fetch(`${API_URL}/attachments/${id}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw localizeError(new HttpError(response.statusText, response.status, null));
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

/** The types the server shows inline (GET /api/attachments/:id/preview): PDF and images. */
const PREVIEWABLE = new Set(['application/pdf', 'image/png', 'image/jpeg']);
export const isPreviewable = (mimeType: string | undefined): boolean => PREVIEWABLE.has(mimeType ?? '');

/**
 * Opens an attachment in a new tab (预览). The tab is opened at once, inside the click (a tab opened after the
 * request would be a blocked pop-up), and shows the file once it has come with the bearer token.
 */
export const previewAttachment = async (id: number): Promise<void> => {
  const tab = window.open('', '_blank');
  try {
    const token = getToken();
    const response = await fetch(`${API_URL}/attachments/${id}/preview`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
    if (!response.ok) throw localizeError(new HttpError(response.statusText, response.status, null));
    const url = URL.createObjectURL(await response.blob());
    if (tab) tab.location.href = url;
    else window.location.assign(url);
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch (error) {
    tab?.close();
    throw error;
  }
};

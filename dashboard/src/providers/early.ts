import { getToken } from './session';

/**
 * Requests started before react-admin has loaded (main.tsx starts the home's while its code downloads), handed
 * to the first `getJson` / `getPage` asking the same URL (common/api.ts). Kept free of react-admin imports: this
 * file is part of the eager bundle.
 */

/** The API lives on the same origin as the dashboard (Vite proxies it in development). */
export const API_URL = '/api';

export type Params = Record<string, string | number | undefined | null>;

/** The URL of a named endpoint; empty parameters are left out. */
export const apiUrl = (path: string, params: Params = {}): string => {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  const text = query.toString();
  return `${API_URL}${path}${text ? `?${text}` : ''}`;
};

/** The API's `range=[start,end]` of a page of rows. */
export const pageRange = (page: number, size: number): string => `[${page * size},${page * size + size - 1}]`;

/** An early answer older than this is not used: the page asks again. */
const FRESH_MS = 30_000;

const early = new Map<string, { at: number; answer: Promise<Response | null> }>();

/**
 * Starts a GET with the session's token; the answer waits for its taker. A failure (an error status, no network)
 * is left for the regular request to meet and report, so here it is just null.
 */
export const fetchEarly = (path: string, params: Params = {}): Promise<Response | null> => {
  const url = apiUrl(path, params);
  const token = getToken();
  const answer = fetch(url, { headers: { Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) } }).then(
    (response) => (response.ok ? response : null),
    () => null,
  );
  early.set(url, { at: performance.now(), answer });
  return answer;
};

/** The early answer for this URL, once (null: none, too old, or failed; ask the regular way). */
export const takeEarly = async (url: string): Promise<Response | null> => {
  const found = early.get(url);
  if (!found) return null;
  early.delete(url);
  return performance.now() - found.at < FRESH_MS ? found.answer : null;
};

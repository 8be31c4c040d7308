import { apiUrl, type Params } from './apiUrl';
import { getToken } from './session';

/**
 * The home's requests started while the application's code is still loading (main.tsx → preloadHome), handed to
 * the first `getJson` / `getPage` of the same URL (common/api.ts), so the server answers while the browser parses.
 * An early answer belongs to the page being opened: it is taken once, and all are dropped the moment the user goes
 * to another page (an answer kept for later could show data from before the user's own changes). Kept free of
 * react-admin imports: this file is part of the eager bundle.
 */

/** A home address: what the office's home is opened at (react-admin's router writes `#/`). */
const isHome = (hash: string): boolean => ['', '#', '#/'].includes(hash);

/** Past this the page asks again: an answer this old may miss a change made meanwhile in another tab. */
const FRESH_MS = 10_000;

const early = new Map<string, { at: number; answer: Promise<Response | null> }>();
let watching = false;

const dropOnLeavingHome = (): void => {
  if (watching) return;
  watching = true;
  window.addEventListener('hashchange', () => {
    if (!isHome(window.location.hash)) early.clear();
  });
};

/**
 * Starts a GET with the session's token; its answer waits for its taker. A failure (an error status, no network)
 * is left for the regular request to meet and report, so here it is null.
 */
export const fetchEarly = (path: string, params: Params = {}): Promise<Response | null> => {
  dropOnLeavingHome();
  const url = apiUrl(path, params);
  const token = getToken();
  const answer = fetch(url, { headers: { Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) } }).then(
    (response) => (response.ok ? response : null),
    () => null,
  );
  early.set(url, { at: performance.now(), answer });
  return answer;
};

/** The early answer of this URL, once; null when there is none (or it is too old, or failed): ask the regular way. */
export const takeEarly = async (url: string): Promise<Response | null> => {
  const found = early.get(url);
  if (!found) return null;
  early.delete(url);
  if (!isHome(window.location.hash) || performance.now() - found.at > FRESH_MS) return null;
  return found.answer;
};

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

/** An answer as the API gave it: its headers (Content-Range of a page) and its parsed body. */
export interface EarlyAnswer {
  headers: Headers;
  json: unknown;
}

interface Early {
  at: number;
  answer: Promise<EarlyAnswer | null>;
  /** The answer once it has come and been parsed (null before, or when it failed). */
  ready: EarlyAnswer | null;
}

const early = new Map<string, Early>();
let watching = false;

const dropOnLeavingHome = (): void => {
  if (watching) return;
  watching = true;
  window.addEventListener('hashchange', () => {
    if (!isHome(window.location.hash)) early.clear();
  });
};

/**
 * Starts a GET with the session's token and parses its answer as soon as it comes, before any panel asks; the
 * answer waits for its taker. A failure (an error status, no network, a body that is not JSON) is left for the
 * regular request to meet and report, so here it is null.
 */
export const fetchEarly = (path: string, params: Params = {}): Promise<EarlyAnswer | null> => {
  dropOnLeavingHome();
  const url = apiUrl(path, params);
  const token = getToken();
  const entry: Early = { at: performance.now(), answer: Promise.resolve(null), ready: null };
  entry.answer = fetch(url, { headers: { Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) } })
    .then(async (response) => (response.ok ? { headers: response.headers, json: (await response.json()) as unknown } : null))
    .catch(() => null)
    .then((answer) => (entry.ready = answer));
  early.set(url, entry);
  return entry.answer;
};

/** The early entry of this URL, removed (each is taken once); undefined when there is none or it may not be used. */
const take = (url: string, onlyReady: boolean): Early | undefined => {
  const found = early.get(url);
  if (!found || (onlyReady && !found.ready)) return undefined;
  early.delete(url);
  return isHome(window.location.hash) && performance.now() - found.at <= FRESH_MS ? found : undefined;
};

/** The early answer of this URL, once; null when there is none (or it is too old, or failed): ask the regular way. */
export const takeEarly = async (url: string): Promise<EarlyAnswer | null> => (await take(url, false)?.answer) ?? null;

/**
 * The early answer of this URL if it has already come, once, at once: a panel drawn with it is drawn complete in
 * its first render, instead of empty first and again when its query settles (one more render and layout of the
 * page per panel). Null when it has not come yet: the query then takes it with `takeEarly`.
 */
export const takeEarlyIfHere = (url: string): EarlyAnswer | null => take(url, true)?.ready ?? null;

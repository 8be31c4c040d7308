import type { Rounds } from '@credit/contract/api';
import { pageRange, type Params } from '../providers/apiUrl';
import { fetchEarly } from '../providers/early';

/**
 * The office home's requests as its panels first make them, so that main.tsx can start them while the code loads
 * (preload.ts) and the panels take those answers (providers/early.ts). Kept free of react-admin imports (eager bundle).
 */
export const HOME_PAGE_SIZE = 50;
const firstPage = pageRange(0, HOME_PAGE_SIZE);

export const HOME_QUERIES = {
  figures: ['/dashboard/figures', {}],
  trend: ['/dashboard/trend', { months: 12 }],
  overdue: ['/dashboard/overdue', { limit: 50 }],
  recordQuality: ['/dashboard/record-quality', { limit: 50 }],
  rounds: ['/compliance/rounds', {}],
} as const satisfies Record<string, readonly [string, Params]>;

/** The ranking's period before one is picked: the latest complete month (RangePicker's defaultRange). */
export const defaultRankingPeriod = (rounds: Rounds): string => rounds.month;

export const rankingQuery = (period: string, range: string) => ['/compliance/ranking', { from: period, to: period, range }] as const;
export const matrixQuery = (stream: string, range: string) => ['/compliance/matrix', { stream, range }] as const;

/** Starts the home's requests; the ranking's once the rounds have named its default period (the latest complete month). */
export const fetchHomeEarly = (): void => {
  for (const [path, params] of Object.values(HOME_QUERIES)) {
    const answer = fetchEarly(path, params);
    if (path === HOME_QUERIES.rounds[0]) {
      void answer
        .then((response) => response?.clone().json() as Promise<Rounds> | undefined)
        .then((rounds) => rounds && fetchEarly(...rankingQuery(defaultRankingPeriod(rounds), firstPage)))
        .catch(() => undefined);
    }
  }
  fetchEarly(...matrixQuery('', firstPage));
};

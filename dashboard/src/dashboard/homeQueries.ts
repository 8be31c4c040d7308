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

/**
 * The ranking of a period; `null` before one is picked: the server's default, the latest complete month (the
 * period `defaultRankingPeriod` names, by the same rule, e2e/rounds). So the ranking is asked for alongside the
 * rounds, not after them: waiting for them put one more answer on the home's critical path (0.1–0.5 s).
 */
export const rankingQuery = (period: string | null, range: string) =>
  ['/compliance/ranking', period === null ? { range } : { from: period, to: period, range }] as const;
export const matrixQuery = (stream: string, range: string) => ['/compliance/matrix', { stream, range }] as const;

/** Starts the home's requests, each as its panel first makes it. */
export const fetchHomeEarly = (): void => {
  for (const [path, params] of Object.values(HOME_QUERIES)) void fetchEarly(path, params);
  void fetchEarly(...rankingQuery(null, firstPage));
  void fetchEarly(...matrixQuery('', firstPage));
};

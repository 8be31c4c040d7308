import type { Rounds } from '@credit/contract/api';
import type { Params } from '../providers/apiUrl';

/** The office home's requests as its panels make them (one definition per panel's query). */
export const HOME_PAGE_SIZE = 50;

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

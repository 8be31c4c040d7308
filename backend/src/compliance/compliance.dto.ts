import { z } from 'zod';
import { isoInstant, periodKey } from '../common/validation.ts';
import type { MetricCountsRow } from '../domain/metrics.ts';

const rangeKey = periodKey({ once: false });

/** Without from/to: the latest complete round (the ranking: its month; the matrix: 12 months and the open one). */
export const rankingQuerySchema = z.object({
  from: rangeKey.optional(),
  to: rangeKey.optional(),
  stream: z.string().trim().max(40).optional(),
  asOf: isoInstant.optional(),
  /** react-admin's `[start,end]`: a page of the ranking (Content-Range), or of the matrix's units. */
  range: z.string().max(40).optional(),
});
export type RankingQuery = z.infer<typeof rankingQuerySchema>;

export const matrixQuerySchema = rankingQuerySchema;
export type MatrixQuery = RankingQuery;

/** Per-unit counts from SQL (snake_case). */
export interface UnitCountsRow extends MetricCountsRow {
  unit_id: number;
  unit_name: string;
  sort_order: number;
  has_contact: boolean;
  records_filed: number;
  records_valid: number;
  records_late: number;
}

export interface MatrixRow {
  obligation_id: number;
  unit_id: number;
  period: string;
  report_month: Date;
  stream_code: string;
  status: string;
  days_late: number | null;
}

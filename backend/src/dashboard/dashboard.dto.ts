import type { OverdueObligation, OverdueUnit } from '@credit/contract/api';
import { z } from 'zod';
import { isoInstant, monthKey } from '../common/validation.ts';
import type { MetricCountsRow } from '../domain/metrics.ts';

const asOf = isoInstant.optional();

/** The month whose reports fall due (default: the current month in Shanghai). */
export const figuresQuerySchema = z.object({ month: monthKey.optional(), asOf });
export type FiguresQuery = z.infer<typeof figuresQuerySchema>;

/**
 * The last `months` periods up to `to`; without `to`: the last `months` complete months and then the open one
 * (domain/rounds.ts).
 */
export const trendQuerySchema = z.object({
  to: monthKey.optional(),
  months: z.coerce.number().int().min(1).max(36).default(12),
  asOf,
});
export type TrendQuery = z.infer<typeof trendQuerySchema>;

export const overdueQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  asOf,
});
export type OverdueQuery = z.infer<typeof overdueQuerySchema>;

/** The records' quality per unit over a range of months (default: the 12 months up to the current one). */
export const recordQualityQuerySchema = z.object({
  from: monthKey.optional(),
  to: monthKey.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(50),
});
export type RecordQualityQuery = z.infer<typeof recordQualityQuerySchema>;

export interface RecordQualityRow {
  unit_id: number;
  unit_name: string;
  records_filed: number;
  records_valid: number;
  records_late: number;
}

/** Counts of one group (a month 'YYYY-MM', or the whole selection) from metricCounts, snake_case from SQL. */
export interface CountsRow<K = number> extends MetricCountsRow {
  group_key: K;
}

/** The figures of the reports due in one month, beside the metrics. */
export interface RoundRow {
  obligations: number;
  exempt: number;
  pending: number;
  filed: number;
  returned: number;
  units: number;
  units_overdue: number;
}

export interface OverdueRow {
  unit_id: number;
  unit_name: string;
  overdue: number;
  max_days_overdue: number;
  obligations: OverdueObligation[];
  contact: { id: number; name: string; post: string | null; phone: string | null; mobile: string | null; email: string | null; primary: boolean } | null;
  total_units: bigint;
}

export function toOverdueResponse(r: OverdueRow): OverdueUnit {
  return {
    unitId: r.unit_id,
    unitName: r.unit_name,
    overdue: r.overdue,
    maxDaysOverdue: r.max_days_overdue,
    obligations: r.obligations,
    contact: r.contact,
  };
}

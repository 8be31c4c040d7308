// Submission metrics of a unit over a set of obligations (DESIGN.md §2.4).

import type { ObligationStatus } from './status.ts';

export interface MetricsItem {
  status: ObligationStatus;
  pastDue: boolean;
  daysLate: number | null;
}

export interface Metrics {
  expected: number;
  onTime: number;
  late: number;
  missing: number;
  excused: number;
  inReview: number;
  /** onTime / expected; null when nothing is expected (shown as "—", never 0 % or 100 %). */
  onTimeRate: number | null;
  /** (onTime + late + inReview) / expected; null when nothing is expected. */
  submittedRate: number | null;
  /** Total calendar days late over the LATE obligations. */
  daysLate: number;
}

/** An obligation as the metrics see it: its status, and whether its due time has passed. */
export type StatusAt = Pick<MetricsItem, 'status' | 'pastDue'>;

/**
 * Missing (逾期未报): OVERDUE, or RETURNED once past due — a return before the deadline can still be fixed
 * in time. The one rule behind the counts, the score and the unit's 未报说明; the SQL twin is the `missing`
 * column of obligations/obligation-status.sql.ts (an e2e test holds the two together).
 */
export function isMissing(o: StatusAt): boolean {
  return o.status === 'OVERDUE' || (o.status === 'RETURNED' && o.pastDue);
}

/**
 * Expected (应报): all but EXEMPT, PENDING and a RETURNED obligation not yet past due (counting it would
 * punish a unit for a return before its deadline). EXCUSED stays expected (it was missed; the explanation
 * softens the score, not the rate). The SQL twin is the `expected` column.
 */
export function isExpected(o: StatusAt): boolean {
  return o.status !== 'EXEMPT' && o.status !== 'PENDING' && (o.status !== 'RETURNED' || o.pastDue);
}

/** Counts one unit's obligations (DESIGN.md §2.4). */
export function computeMetrics(items: readonly MetricsItem[]): Metrics {
  const m = { expected: 0, onTime: 0, late: 0, missing: 0, excused: 0, inReview: 0, daysLate: 0 };
  for (const item of items) {
    if (!isExpected(item)) continue;
    m.expected++;
    if (isMissing(item)) m.missing++;
    else if (item.status === 'ON_TIME') m.onTime++;
    else if (item.status === 'LATE') {
      m.late++;
      m.daysLate += item.daysLate ?? 0;
    } else if (item.status === 'EXCUSED') m.excused++;
    else if (item.status === 'SUBMITTED') m.inReview++;
  }
  return withRates(m);
}

export type MetricCounts = Omit<Metrics, 'onTimeRate' | 'submittedRate'>;

/** The rates of DESIGN.md §2.4 from counts (the database aggregates the counts at scale); other fields of `m` are left out. */
export function withRates(m: MetricCounts): Metrics {
  const { expected, onTime, late, missing, excused, inReview, daysLate } = m;
  const rate = (n: number): number | null => (expected === 0 ? null : n / expected);
  return { expected, onTime, late, missing, excused, inReview, daysLate, onTimeRate: rate(onTime), submittedRate: rate(onTime + late + inReview) };
}

/** The counts of one group as the database aggregates them (metricCounts, snake_case). */
export interface MetricCountsRow {
  expected: number;
  on_time: number;
  late: number;
  missing: number;
  excused: number;
  in_review: number;
  days_late: number;
}

/** Metrics with rates from the database's counts; no row (a group without obligations) counts zero. */
export function toMetrics(r: MetricCountsRow | null | undefined): Metrics {
  if (!r) return withRates({ expected: 0, onTime: 0, late: 0, missing: 0, excused: 0, inReview: 0, daysLate: 0 });
  return withRates({
    expected: r.expected,
    onTime: r.on_time,
    late: r.late,
    missing: r.missing,
    excused: r.excused,
    inReview: r.in_review,
    daysLate: r.days_late,
  });
}

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

/**
 * Counts one unit's obligations. `expected` leaves out EXEMPT, PENDING and a RETURNED obligation that is
 * not yet past due: the unit can still re-file in time, so counting it would punish a unit for a return
 * before its deadline. Once past due, a RETURNED obligation is expected and missing, like OVERDUE.
 * EXCUSED stays expected (it was missed; the explanation softens the score, not the rate).
 */
export function computeMetrics(items: readonly MetricsItem[]): Metrics {
  const m = { expected: 0, onTime: 0, late: 0, missing: 0, excused: 0, inReview: 0, daysLate: 0 };
  for (const item of items) {
    switch (item.status) {
      case 'EXEMPT':
      case 'PENDING':
        continue;
      case 'RETURNED':
        if (!item.pastDue) continue;
        m.missing++;
        break;
      case 'OVERDUE':
        m.missing++;
        break;
      case 'ON_TIME':
        m.onTime++;
        break;
      case 'LATE':
        m.late++;
        m.daysLate += item.daysLate ?? 0;
        break;
      case 'EXCUSED':
        m.excused++;
        break;
      case 'SUBMITTED':
        m.inReview++;
        break;
    }
    m.expected++;
  }
  return withRates(m);
}

export type MetricCounts = Omit<Metrics, 'onTimeRate' | 'submittedRate'>;

/** The rates of DESIGN.md §2.4 from counts (the database aggregates the counts at scale). */
export function withRates(m: MetricCounts): Metrics {
  const rate = (n: number): number | null => (m.expected === 0 ? null : n / m.expected);
  return { ...m, onTimeRate: rate(m.onTime), submittedRate: rate(m.onTime + m.late + m.inReview) };
}

import { toChoices } from './choices';

/** The statuses of an obligation (DESIGN.md §2.3), in the order the office reads them. */
export const OBLIGATION_STATUSES = ['OVERDUE', 'RETURNED', 'SUBMITTED', 'PENDING', 'LATE', 'ON_TIME', 'EXCUSED', 'EXEMPT'] as const;
export type ObligationStatus = (typeof OBLIGATION_STATUSES)[number];

/**
 * Colour AND a symbol for each status: the matrix and the chips stay readable without colour
 * (printed in black and white, or for colour-blind readers).
 */
export const STATUS_STYLE: Record<ObligationStatus, { symbol: string; color: string }> = {
  ON_TIME: { symbol: '✓', color: '#2e7d32' },
  LATE: { symbol: '迟', color: '#e65100' },
  OVERDUE: { symbol: '✗', color: '#c62828' },
  RETURNED: { symbol: '退', color: '#8e24aa' },
  SUBMITTED: { symbol: '审', color: '#0277bd' },
  PENDING: { symbol: '…', color: '#616161' },
  EXCUSED: { symbol: '说', color: '#00796b' },
  EXEMPT: { symbol: '免', color: '#795548' },
};

export const REVIEW_STATE_STATUS: Record<string, ObligationStatus> = {
  PENDING: 'SUBMITTED',
  ACCEPTED: 'ON_TIME',
  RETURNED: 'RETURNED',
};

export const statusChoices = toChoices('app.status', OBLIGATION_STATUSES);

export const isStatus = (value: unknown): value is ObligationStatus =>
  typeof value === 'string' && value in STATUS_STYLE;

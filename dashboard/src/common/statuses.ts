import { OBLIGATION_STATUSES, type ObligationStatus } from '@credit/contract/labels';
import { toChoices } from './choices';

export { OBLIGATION_STATUSES, type ObligationStatus };

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
  /** Withdrawn by the unit: it counts as never filed (shown in the grey of 未到期). */
  WITHDRAWN: 'PENDING',
};

export const statusChoices = toChoices('app.status', OBLIGATION_STATUSES);

export const isStatus = (value: unknown): value is ObligationStatus =>
  typeof value === 'string' && value in STATUS_STYLE;

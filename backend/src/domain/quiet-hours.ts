// Quiet hours (issue 17): no SMS and no robot post between `start` and `end` (Asia/Shanghai, 'HH:mm'); what falls
// inside waits for the window's end. A window may cross midnight (20:00–08:00); start = end means no window.
import type { QuietHours } from '@credit/contract/api';

const MINUTE = 60_000;
const DAY_MINUTES = 24 * 60;
/** Asia/Shanghai is UTC+8 all year (no daylight saving). */
const SHANGHAI_OFFSET_MINUTES = 8 * 60;

export const DEFAULT_QUIET_HOURS: QuietHours = { enabled: true, start: '20:00', end: '08:00' };

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** When the quiet window holding `at` ends; null when `at` is outside it (or quiet hours are off). */
export function quietUntil(at: Date, quiet: QuietHours): Date | null {
  if (!quiet.enabled) return null;
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  if (start === end) return null;
  const localMinutes = Math.floor(at.getTime() / MINUTE) + SHANGHAI_OFFSET_MINUTES;
  const ofDay = ((localMinutes % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  const inside = start < end ? ofDay >= start && ofDay < end : ofDay >= start || ofDay < end;
  if (!inside) return null;
  const wait = (end - ofDay + DAY_MINUTES) % DAY_MINUTES;
  const startOfMinute = Math.floor(at.getTime() / MINUTE) * MINUTE;
  return new Date(startOfMinute + wait * MINUTE);
}

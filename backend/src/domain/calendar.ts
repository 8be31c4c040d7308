// Working days of the State Council calendar (法定节假日 and 调休 working weekends) and due dates.
//
// chinese-days builds its tables at import time by parsing 'YYYY-M-D' as UTC midnight and formatting with the
// machine's local getters, so in a negative-offset zone every table key is shifted a day back. Querying it
// with the same 'YYYY-MM-DD' string goes through the same shift and hits the right entry in any zone; only
// its weekday fallback is then wrong, so we use its table entries and compute weekdays ourselves. (This holds
// as long as process.env.TZ is not changed after import.)

import chineseDays from 'chinese-days';
import {
  addDays,
  daysInMonth,
  endOfDayShanghai,
  formatLocalDate,
  isWeekend,
  parseLocalDate,
  type LocalDate,
} from './dates.ts';
import { parsePeriod, type Cadence } from './periods.ts';

export type HolidayPolicy = 'NEXT_WORKDAY' | 'NONE';

export interface DueRule {
  cadence: Cadence;
  dueDay: number;
  dueDate: LocalDate | null;
  holidayPolicy: HolidayPolicy;
}

export interface DueDateResult {
  dueDate: LocalDate;
  /** The rule's own day when the holiday policy moved it; null when unchanged. */
  shiftedFrom: LocalDate | null;
  /** False when a year involved is outside the package's data (weekend-only fallback was used). */
  calendarKnown: boolean;
}

const WEEKDAY_NAMES = new Set(['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']);

// Dates are few (a handful of years), so unbounded memoisation is fine.
const entryCache = new Map<LocalDate, boolean | null>();
const knownYearCache = new Map<number, boolean>();

/** The package's explicit entry for d: true = 调休 workday, false = holiday, null = no entry. */
function calendarEntry(d: LocalDate): boolean | null {
  const cached = entryCache.get(d);
  if (cached !== undefined) return cached;
  parseLocalDate(d);
  const detail = chineseDays.getDayDetail(d);
  // Without an entry the package answers with an English weekday name (computed in the machine zone).
  const entry = WEEKDAY_NAMES.has(detail.name) ? null : detail.work;
  entryCache.set(d, entry);
  return entry;
}

/** The warning of a due date or calendar page in a year whose official arrangement is not known yet. */
export const CALENDAR_UNKNOWN_WARNING = (year: number) =>
  `系统尚未收录国务院办公厅公布的${year}年节假日安排，截止日暂按周末顺延计算（周一至周五均视为工作日）`;

/** Whether chinese-days holds the official arrangement of that year (2004–2026 in 1.5.7). */
export function isCalendarKnown(year: number): boolean {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return false;
  const cached = knownYearCache.get(year);
  if (cached !== undefined) return cached;
  // 元旦 is a holiday in every year the State Council has published.
  const known = calendarEntry(formatLocalDate(year, 1, 1)) === false;
  knownYearCache.set(year, known);
  return known;
}

/** Official working day; years the package does not know fall back to Monday–Friday. */
export function isWorkday(d: LocalDate): boolean {
  return calendarEntry(d) ?? !isWeekend(d);
}

/** d itself if a working day, else the next working day. */
export function nextWorkday(d: LocalDate): LocalDate {
  let day = d;
  while (!isWorkday(day)) day = addDays(day, 1);
  return day;
}

/** The n-th working day after d (before d for negative n); n = 0 gives d even on a rest day. */
export function addWorkdays(d: LocalDate, n: number): LocalDate {
  if (!Number.isInteger(n)) throw new RangeError(`addWorkdays needs an integer, got ${n}`);
  const step = n < 0 ? -1 : 1;
  let day = d;
  parseLocalDate(d);
  for (let left = Math.abs(n); left > 0; ) {
    day = addDays(day, step);
    if (isWorkday(day)) left--;
  }
  return day;
}

/** Number of working days in (from, to]; 0 when to ≤ from. */
export function workdaysAfter(from: LocalDate, to: LocalDate): number {
  parseLocalDate(to);
  let count = 0;
  // Canonical 'YYYY-MM-DD' strings compare chronologically.
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    if (isWorkday(day)) count++;
  }
  return count;
}

/** Day dueDay of a month, clamped to the month's length (dueDay 31 in February → the 28th/29th). */
function clampedDay(year: number, month: number, dueDay: number): LocalDate {
  return formatLocalDate(year, month, Math.min(dueDay, daysInMonth(year, month)));
}

/** The rule's own due day for a period, before any holiday policy; null for a one-off without a date. */
function ruleDueDay(rule: DueRule, period: string): LocalDate | null {
  const p = parsePeriod(period);
  if (!p || p.cadence !== rule.cadence) {
    throw new RangeError(`Period ${JSON.stringify(period)} is not a ${rule.cadence} period`);
  }
  if (p.cadence === 'ONCE') {
    if (rule.dueDate === null) return null;
    parseLocalDate(rule.dueDate);
    return rule.dueDate;
  }
  if (!Number.isInteger(rule.dueDay) || rule.dueDay < 1 || rule.dueDay > 31) {
    throw new RangeError(`dueDay must be an integer 1–31, got ${rule.dueDay}`);
  }
  // The month after the period: the next month, the month after the quarter, or January next year.
  const lastMonth = p.cadence === 'MONTHLY' ? p.month : p.cadence === 'QUARTERLY' ? p.quarter * 3 : 12;
  const [year, month] = lastMonth === 12 ? [p.year + 1, 1] : [p.year, lastMonth + 1];
  return clampedDay(year, month, rule.dueDay);
}

/**
 * Due date of a period under a stream's rule. NEXT_WORKDAY moves a rest day to the next working day;
 * NONE keeps it. calendarKnown reports on the years of both the rule's day and the result, whatever the
 * policy, so the caller can warn whenever a due date touches a year without official data.
 */
export function dueDateFor(rule: DueRule, period: string): DueDateResult | null {
  const raw = ruleDueDay(rule, period);
  if (raw === null) return null;
  const dueDate = rule.holidayPolicy === 'NEXT_WORKDAY' ? nextWorkday(raw) : raw;
  const calendarKnown =
    isCalendarKnown(parseLocalDate(raw).year) && isCalendarKnown(parseLocalDate(dueDate).year);
  return { dueDate, shiftedFrom: dueDate === raw ? null : raw, calendarKnown };
}

/** The due instant of a due day: its end, 23:59:59.999 +08:00. */
export function dueInstant(dueDate: LocalDate): Date {
  return endOfDayShanghai(dueDate);
}

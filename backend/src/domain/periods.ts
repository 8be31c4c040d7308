// Period keys: monthly '2026-09', quarterly '2026-Q3', yearly '2026', one-off 'ONCE'.
// Month keys ('YYYY-MM') double as the bounds of reporting ranges (metrics, circulars).

import { parsePeriod, type Cadence, type ParsedPeriod } from '@credit/contract/labels';
import { daysInMonth, formatLocalDate, parseLocalDate, type LocalDate } from './dates.ts';

export { CADENCES, parsePeriod, type Cadence, type ParsedPeriod } from '@credit/contract/labels';

export function isPeriodOf(cadence: Cadence, key: string): boolean {
  return parsePeriod(key)?.cadence === cadence;
}

function mustParse(key: string): ParsedPeriod {
  const p = parsePeriod(key);
  if (!p) throw new RangeError(`Invalid period key: ${JSON.stringify(key)}`);
  return p;
}

function monthKey(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

function quarterKey(year: number, quarter: number): string {
  return `${String(year).padStart(4, '0')}-Q${quarter}`;
}

/** First and last month (1–12) covered by a dated period, and its year. */
function monthSpan(p: ParsedPeriod): { year: number; first: number; last: number } {
  switch (p.cadence) {
    case 'MONTHLY':
      return { year: p.year, first: p.month, last: p.month };
    case 'QUARTERLY':
      return { year: p.year, first: p.quarter * 3 - 2, last: p.quarter * 3 };
    case 'YEARLY':
      return { year: p.year, first: 1, last: 12 };
    case 'ONCE':
      throw new RangeError('A one-off period (ONCE) has no dates');
  }
}

/** First day of the period. Throws for ONCE. */
export function periodStart(key: string): LocalDate {
  const { year, first } = monthSpan(mustParse(key));
  return formatLocalDate(year, first, 1);
}

/** Last day of the period. Throws for ONCE. */
export function periodEnd(key: string): LocalDate {
  const { year, last } = monthSpan(mustParse(key));
  return formatLocalDate(year, last, daysInMonth(year, last));
}

/** The period of a cadence that contains d ('ONCE' for one-off streams). */
export function periodOfDate(cadence: Cadence, d: LocalDate): string {
  const { year, month } = parseLocalDate(d);
  switch (cadence) {
    case 'MONTHLY':
      return monthKey(year, month);
    case 'QUARTERLY':
      return quarterKey(year, Math.ceil(month / 3));
    case 'YEARLY':
      return String(year).padStart(4, '0');
    case 'ONCE':
      return 'ONCE';
  }
}

/** The period following key, same cadence. Throws for ONCE (there is no next one). */
export function nextPeriod(key: string): string {
  const p = mustParse(key);
  switch (p.cadence) {
    case 'MONTHLY':
      return p.month === 12 ? monthKey(p.year + 1, 1) : monthKey(p.year, p.month + 1);
    case 'QUARTERLY':
      return p.quarter === 4 ? quarterKey(p.year + 1, 1) : quarterKey(p.year, p.quarter + 1);
    case 'YEARLY':
      return String(p.year + 1).padStart(4, '0');
    case 'ONCE':
      throw new RangeError('A one-off period (ONCE) has no next period');
  }
}

function mustParseMonth(key: string): { year: number; month: number } {
  const p = parsePeriod(key);
  if (p?.cadence !== 'MONTHLY') throw new RangeError(`Invalid month key: ${JSON.stringify(key)}`);
  return p;
}

/** Month keys from fromMonth to toMonth inclusive; empty when from > to. */
export function monthsBetween(fromMonth: string, toMonth: string): string[] {
  const from = mustParseMonth(fromMonth);
  const to = mustParseMonth(toMonth);
  const out: string[] = [];
  for (let i = from.year * 12 + from.month - 1; i <= to.year * 12 + to.month - 1; i++) {
    out.push(monthKey(Math.floor(i / 12), (i % 12) + 1));
  }
  return out;
}

/**
 * Periods of a cadence that fall in a month range: a quarter counts if its last month is in range, a year
 * if its December is (a period belongs to the range in which it completes). ONCE gives [] because a
 * one-off obligation is placed by its due day instead: see isDateInMonthRange.
 */
export function periodsBetween(cadence: Cadence, fromMonth: string, toMonth: string): string[] {
  const months = monthsBetween(fromMonth, toMonth);
  switch (cadence) {
    case 'MONTHLY':
      return months;
    case 'QUARTERLY':
      return months
        .map(mustParseMonth)
        .filter((m) => m.month % 3 === 0)
        .map((m) => quarterKey(m.year, m.month / 3));
    case 'YEARLY':
      return months
        .map(mustParseMonth)
        .filter((m) => m.month === 12)
        .map((m) => String(m.year).padStart(4, '0'));
    case 'ONCE':
      return [];
  }
}

/** Whether a date lies in the months fromMonth..toMonth inclusive (how one-off obligations are ranged). */
export function isDateInMonthRange(d: LocalDate, fromMonth: string, toMonth: string): boolean {
  const { year, month } = parseLocalDate(d);
  const key = monthKey(year, month);
  mustParseMonth(fromMonth);
  mustParseMonth(toMonth);
  // Canonical 'YYYY-MM' keys sort chronologically as strings.
  return key >= fromMonth && key <= toMonth;
}

/**
 * Normalises a query range given as months, quarters or years ('2026-07'..'2026-09', '2026-Q3'..'2026-Q3',
 * '2026'..'2026') to month bounds. Each side is normalised on its own, so mixed kinds ('2026-Q3'..'2026-12')
 * are accepted. Null for anything invalid, ONCE, or a range that ends before it starts.
 */
export function parseMonthOrQuarterOrYearRange(
  from: string,
  to: string,
): { fromMonth: string; toMonth: string } | null {
  const a = parsePeriod(from);
  const b = parsePeriod(to);
  if (!a || !b || a.cadence === 'ONCE' || b.cadence === 'ONCE') return null;
  const start = monthSpan(a);
  const end = monthSpan(b);
  const fromMonth = monthKey(start.year, start.first);
  const toMonth = monthKey(end.year, end.last);
  return fromMonth <= toMonth ? { fromMonth, toMonth } : null;
}

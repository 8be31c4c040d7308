// Calendar dates of Asia/Shanghai as 'YYYY-MM-DD' strings, computed on integer day numbers so that the
// machine's time zone never leaks in. Shanghai has kept a fixed +08:00 offset with no DST since 1991.

/** A calendar date in Asia/Shanghai, 'YYYY-MM-DD'. */
export type LocalDate = string;

const MS_PER_DAY = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const LOCAL_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for an existing date written exactly 'YYYY-MM-DD' (year 0001–9999). */
export function isValidLocalDate(s: string): boolean {
  const m = LOCAL_DATE_RE.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Splits a valid LocalDate; throws RangeError otherwise so bad input never turns into a wrong date. */
export function parseLocalDate(d: LocalDate): { year: number; month: number; day: number } {
  if (!isValidLocalDate(d)) throw new RangeError(`Invalid LocalDate: ${JSON.stringify(d)}`);
  return { year: Number(d.slice(0, 4)), month: Number(d.slice(5, 7)), day: Number(d.slice(8, 10)) };
}

export function formatLocalDate(year: number, month: number, day: number): LocalDate {
  const s = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!isValidLocalDate(s)) throw new RangeError(`Invalid date ${year}-${month}-${day}`);
  return s;
}

// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil); avoids
// Date.UTC, which maps years 0–99 to 1900–1999.
function civilToDays(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function daysToCivil(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: era * 400 + yoe + (month <= 2 ? 1 : 0), month, day };
}

/** Day number (days since 1970-01-01) of a LocalDate. */
export function toDayNumber(d: LocalDate): number {
  const { year, month, day } = parseLocalDate(d);
  return civilToDays(year, month, day);
}

export function fromDayNumber(n: number): LocalDate {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Invalid day number: ${n}`);
  const { year, month, day } = daysToCivil(n);
  return formatLocalDate(year, month, day);
}

function assertInstant(instant: Date): number {
  const t = instant.getTime();
  if (Number.isNaN(t)) throw new RangeError('Invalid Date');
  return t;
}

/** The Shanghai calendar date an instant falls on. */
export function shanghaiDate(instant: Date): LocalDate {
  return fromDayNumber(Math.floor((assertInstant(instant) + SHANGHAI_OFFSET_MS) / MS_PER_DAY));
}

/** An instant in ISO 8601 with the +08:00 offset, as the office reads it: '2026-10-09T23:59:59.999+08:00'. */
export function toShanghaiIso(instant: Date): string {
  return new Date(assertInstant(instant) + SHANGHAI_OFFSET_MS).toISOString().replace('Z', '+08:00');
}

/** 00:00:00.000 +08:00 of d. */
export function startOfDayShanghai(d: LocalDate): Date {
  return new Date(toDayNumber(d) * MS_PER_DAY - SHANGHAI_OFFSET_MS);
}

/** 23:59:59.999 +08:00 of d: the due time of a due day. */
export function endOfDayShanghai(d: LocalDate): Date {
  return new Date((toDayNumber(d) + 1) * MS_PER_DAY - SHANGHAI_OFFSET_MS - 1);
}

export function addDays(d: LocalDate, n: number): LocalDate {
  if (!Number.isInteger(n)) throw new RangeError(`addDays needs an integer, got ${n}`);
  return fromDayNumber(toDayNumber(d) + n);
}

/** b − a in calendar days. */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(d: LocalDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(d) + 4) % 7) + 7) % 7;
}

export function isWeekend(d: LocalDate): boolean {
  const w = weekday(d);
  return w === 0 || w === 6;
}

/** Display helpers shared by the pages (dates in Beijing time, rates, periods). */
import { dayLabel, periodLabel, rateLabel, timeLabel } from '@credit/contract/labels';

/** A rate 0…1 as the documents print it (the contract's rateLabel); null (nothing expected) is the catalog's "—". */
export const formatRate = (rate: number | null | undefined, none: string): string =>
  rate === null || rate === undefined ? none : rateLabel(rate);

// The dashboard's only two date formats, the contract's (documents print 2026年11月5日 on the server side).
/** The Beijing day of an instant, or a calendar day as it is: 2026-11-05. */
export const formatDay = (value: string | Date): string => dayLabel(value);

/** An instant in Beijing time to the minute: 2026-11-05 14:30. */
export const formatTime = (instant: string | Date): string => timeLabel(instant);

/** The Beijing date of an instant as 'YYYY-MM-DD'. */
export const shanghaiDay = (instant: Date = new Date()): string => dayLabel(instant);

/** The current month in Beijing, 'YYYY-MM'. */
export const currentMonth = (now: Date = new Date()): string => shanghaiDay(now).slice(0, 7);

/** The month n months after `month` ('YYYY-MM'); n may be negative. */
export const addMonths = (month: string, n: number): string => {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};

/** Whole calendar days from today (Beijing) to the day of `iso`; negative once past. */
export const daysUntil = (iso: string, now: Date = new Date()): number => {
  const day = (s: string) => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
  return Math.round((day(shanghaiDay(new Date(iso))) - day(shanghaiDay(now))) / 86_400_000);
};

/** An instant as the value of a datetime-local input in Beijing time, 'YYYY-MM-DDTHH:mm'. */
export const shanghaiDateTimeLocal = (instant: Date = new Date()): string => timeLabel(instant).replace(' ', 'T');

/** A datetime-local value read as Beijing time, as ISO 8601 with its offset: '2026-09-05T09:30:00+08:00'. */
export const shanghaiIso = (local: string): string => `${local.length === 16 ? `${local}:00` : local}+08:00`;

/** A period key in words (2026年9月, 2026年第三季度, 一次性报送); a key the labels do not know is shown as is. */
export const periodWords = (key: string): string => {
  try {
    return periodLabel(key);
  } catch {
    return key;
  }
};

// The "latest complete round": the one notion behind every default period of the office's views (the
// ranking, 附件5/6, the circular picker, the trend and the matrix). A round is a report month; it is complete
// once the due time of every obligation of that month has passed. The month after it, while its reports
// are still being collected, is the open round: views show it marked as such, never as a finished month.
import { shanghaiDate } from './dates.ts';
import { addMonths } from './months.ts';

/** The facts of one report month: the last due time of its obligations (the repository gives them). */
export interface MonthDue {
  month: string;
  lastDueAt: Date;
}

export interface Rounds {
  /**
   * The latest month all of whose obligations have fallen due; when no month has (a fresh start), the month
   * before `now`'s month, with `known` false.
   */
  month: string;
  /** Whether `month` comes from obligations (true) or is the calendar fallback (false). */
  known: boolean;
  /** The latest quarter all of whose months are complete ('2026-Q3'). */
  quarter: string;
  /** The latest year all of whose months are complete ('2025'). */
  year: string;
  /** The first month after `month` with obligations still to fall due (being collected), or null. */
  open: string | null;
  /** The last due time of the open month, or null. */
  openDueAt: Date | null;
}

const quarterOf = (month: string) => `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;

/** The latest quarter ending at or before `month`. */
export function completeQuarter(month: string): string {
  const m = Number(month.slice(5, 7));
  return m % 3 === 0 ? quarterOf(month) : quarterOf(addMonths(month, -(m % 3)));
}

/** The latest year ending at or before `month`. */
export function completeYear(month: string): string {
  const y = Number(month.slice(0, 4));
  return String(month.endsWith('-12') ? y : y - 1).padStart(4, '0');
}

/** The latest complete round at `now`, from the last due time of each month's obligations. */
export function latestCompleteRound(months: readonly MonthDue[], now: Date): Rounds {
  const sorted = [...months].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  const done = sorted.filter((m) => m.lastDueAt.getTime() < now.getTime());
  const latest = done.at(-1)?.month ?? null;
  const month = latest ?? addMonths(shanghaiDate(now).slice(0, 7), -1);
  const open = sorted.find((m) => m.month > month && m.lastDueAt.getTime() >= now.getTime()) ?? null;
  return {
    month,
    known: latest !== null,
    quarter: completeQuarter(month),
    year: completeYear(month),
    open: open?.month ?? null,
    openDueAt: open?.lastDueAt ?? null,
  };
}

/** The months a 12-month view shows: the last 12 complete ones, then the open one when there is one. */
export function roundWindow(rounds: Pick<Rounds, 'month' | 'open'>, complete = 12): { from: string; to: string } {
  return { from: addMonths(rounds.month, 1 - complete), to: rounds.open ?? rounds.month };
}

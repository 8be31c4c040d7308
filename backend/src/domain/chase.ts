// When the automated chase of DESIGN.md §2.5 acts on an obligation, in working days of the official
// calendar. Two views of the same rules:
// - per day D (what the job asks): the range of due days a run on D covers, so the database can select
//   set-based with one due_at bound;
// - per due day (what people ask): on which day the reminder and the escalation go out.
// The spec holds both views to each other.

import { addWorkdays, isWorkday, workdaysAfter } from './calendar.ts';
import { addDays, type LocalDate } from './dates.ts';

export interface ChaseThresholds {
  /** Remind when the due day is within this many working days (0: on the due day itself). */
  reminderWorkdays: number;
  /** Escalate once this many working days have passed after the due day (at least 1). */
  escalateWorkdays: number;
}

export const DEFAULT_CHASE_THRESHOLDS: ChaseThresholds = { reminderWorkdays: 2, escalateWorkdays: 3 };

/** Whether a run on `day` reminds of a due day: not yet past, and at most n working days in (day, due]. */
export function isReminderDue(day: LocalDate, due: LocalDate, n: number): boolean {
  return day <= due && workdaysAfter(day, due) <= n;
}

/** Whether a run on `day` escalates an obligation missed on `due`: at least e working days in (due, day]. */
export function isEscalationDue(day: LocalDate, due: LocalDate, e: number): boolean {
  return workdaysAfter(due, day) >= e;
}

/**
 * The last due day a reminder on `day` covers: the day before the (n+1)-th working day after it.
 * A run on `day` reminds of every due day in [day, reminderHorizon(day, n)].
 */
export function reminderHorizon(day: LocalDate, n: number): LocalDate {
  assertCount(n, 0);
  return addDays(addWorkdays(day, n + 1), -1);
}

/**
 * The last due day a run on `day` escalates: the day before the e-th latest working day up to `day`.
 * A run on `day` escalates every missed due day ≤ escalationCutoff(day, e).
 */
export function escalationCutoff(day: LocalDate, e: number): LocalDate {
  assertCount(e, 1);
  // Stepping back from the day after `day`, the first working day found is the latest one ≤ day.
  return addDays(addWorkdays(addDays(day, 1), -e), -1);
}

/** The first day whose run reminds of `due` (for a due day that is a rest day, one working day earlier). */
export function reminderDay(due: LocalDate, n: number): LocalDate {
  assertCount(n, 0);
  return addWorkdays(due, isWorkday(due) ? -n : -(n + 1));
}

/** The first day whose run escalates a report missed on `due`: the e-th working day after it. */
export function escalationDay(due: LocalDate, e: number): LocalDate {
  assertCount(e, 1);
  return addWorkdays(due, e);
}

function assertCount(n: number, min: number): void {
  if (!Number.isInteger(n) || n < min) throw new RangeError(`Expected an integer ≥ ${min}, got ${n}`);
}

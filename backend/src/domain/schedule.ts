// Which periods a stream owes up to a given day, with their due dates: the plan the obligation generator
// turns into rows (set-based, joined with the assignments in the database).

import { dueDateFor, dueInstant, type DueRule } from './calendar.ts';
import type { LocalDate } from './dates.ts';
import { periodEnd, periodOfDate, periodsBetween, periodStart } from './periods.ts';

export interface ScheduledPeriod {
  period: string;
  /** The period's days (a one-off: its due day), matched against each assignment's validity. */
  periodStart: LocalDate;
  periodEnd: LocalDate;
  dueAt: Date;
  dueDate: LocalDate;
  shiftedFrom: LocalDate | null;
  /** First day of the month a range query counts the obligation in. */
  reportMonth: LocalDate;
  calendarKnown: boolean;
}

/**
 * The periods of a stream that have begun by `today`, from the month `fromMonth` on. A one-off stream owes
 * one period, 'ONCE', once the office has set its due date.
 */
export function scheduleFor(rule: DueRule, fromMonth: string, today: LocalDate): ScheduledPeriod[] {
  if (rule.cadence === 'ONCE') {
    const due = dueDateFor(rule, 'ONCE');
    if (!due) return [];
    return [
      {
        period: 'ONCE',
        periodStart: due.dueDate,
        periodEnd: due.dueDate,
        dueAt: dueInstant(due.dueDate),
        dueDate: due.dueDate,
        shiftedFrom: due.shiftedFrom,
        reportMonth: `${due.dueDate.slice(0, 7)}-01`,
        calendarKnown: due.calendarKnown,
      },
    ];
  }
  const lastMonth = periodEnd(periodOfDate(rule.cadence, today)).slice(0, 7);
  if (lastMonth < fromMonth) return [];
  return periodsBetween(rule.cadence, fromMonth, lastMonth)
    .filter((period) => periodStart(period) <= today)
    .map((period) => {
      const due = dueDateFor(rule, period)!;
      const end = periodEnd(period);
      return {
        period,
        periodStart: periodStart(period),
        periodEnd: end,
        dueAt: dueInstant(due.dueDate),
        dueDate: due.dueDate,
        shiftedFrom: due.shiftedFrom,
        reportMonth: `${end.slice(0, 7)}-01`,
        calendarKnown: due.calendarKnown,
      };
    });
}

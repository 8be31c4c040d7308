import { Injectable, Logger } from '@nestjs/common';
import { invalid, notFound } from '../common/errors.ts';
import { fromDbDateOrNull } from '../database/db-dates.ts';
import { CALENDAR_UNKNOWN_WARNING, dueDateFor, dueInstant, isCalendarKnown, isWorkday } from '../domain/calendar.ts';
import { addDays, formatLocalDate, toShanghaiIso } from '../domain/dates.ts';
import { yearArrangement } from '../domain/holiday-arrangement.ts';
import { isPeriodOf } from '../domain/periods.ts';
import { StreamsRepository } from '../streams/streams.repository.ts';
import type { DueQuery } from './calendar.dto.ts';

@Injectable()
export class CalendarService {
  private readonly logger = new Logger('Calendar');

  constructor(private readonly streams: StreamsRepository) {}

  async due(q: DueQuery) {
    const stream = await this.streams.findByCode(q.stream);
    if (!stream) throw notFound('报送事项');
    if (!isPeriodOf(stream.cadence, q.period)) throw invalid('period', '期间与该报送事项的报送周期不符');
    const due = dueDateFor(
      {
        cadence: stream.cadence,
        dueDay: stream.dueDay,
        dueDate: fromDbDateOrNull(stream.dueDate),
        holidayPolicy: stream.holidayPolicy,
      },
      q.period,
    );
    if (!due) throw invalid('period', '该一次性报送事项尚未设定截止日期');
    const warning = due.calendarKnown ? undefined : CALENDAR_UNKNOWN_WARNING(Number(due.dueDate.slice(0, 4)));
    if (warning) this.logger.warn(warning);
    return {
      stream: stream.code,
      period: q.period,
      dueDate: due.dueDate,
      dueAt: toShanghaiIso(dueInstant(due.dueDate)),
      ...(due.shiftedFrom ? { shiftedFrom: due.shiftedFrom } : {}),
      calendarKnown: due.calendarKnown,
      ...(warning ? { warning } : {}),
    };
  }

  /** The holidays and adjusted workdays of a year (the calendar page); warns for a year not held yet. */
  holidays(year: number) {
    const arrangement = yearArrangement(year);
    if (arrangement.warning) this.logger.warn(arrangement.warning);
    return arrangement;
  }

  /** Every day of a year with its working-day flag, for the calendar page. */
  year(year: number) {
    const known = isCalendarKnown(year);
    if (!known) this.logger.warn(CALENDAR_UNKNOWN_WARNING(year));
    const days: { date: string; workday: boolean }[] = [];
    for (let d = formatLocalDate(year, 1, 1); d.startsWith(String(year)); d = addDays(d, 1)) {
      days.push({ date: d, workday: isWorkday(d) });
    }
    return { year, calendarKnown: known, ...(known ? {} : { warning: CALENDAR_UNKNOWN_WARNING(year) }), days };
  }
}

import { Controller, Get, Query } from '@nestjs/common';
import { Public } from '../identity/current-user.ts';
import { ZodPipe } from '../common/validation.ts';
import { type DueQuery, dueQuerySchema, yearQuerySchema } from './calendar.dto.ts';
import { CalendarService } from './calendar.service.ts';

@Controller('calendar')
@Public()
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get('due')
  due(@Query(new ZodPipe(dueQuerySchema)) q: DueQuery) {
    return this.calendar.due(q);
  }

  /** A year's holidays and 调休 workdays for the calendar page; a year not held yet says so. */
  @Get('holidays')
  holidays(@Query(new ZodPipe(yearQuerySchema)) q: { year: number }) {
    return this.calendar.holidays(q.year);
  }

  @Get('days')
  days(@Query(new ZodPipe(yearQuerySchema)) q: { year: number }) {
    return this.calendar.year(q.year);
  }
}

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

  @Get('days')
  days(@Query(new ZodPipe(yearQuerySchema)) q: { year: number }) {
    return this.calendar.year(q.year);
  }
}

import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { type AuthUser, scopedUnitId } from '../auth/auth-user.ts';
import { CALENDAR_UNKNOWN_WARNING } from '../calendar/calendar.service.ts';
import { notFound } from '../common/errors.ts';
import { Page, type ListQuery } from '../common/list-query.ts';
import { RegistryEvents } from '../common/registry-events.ts';
import { fromDbDate, fromDbDateOrNull } from '../database/db-dates.ts';
import { shanghaiDate } from '../domain/dates.ts';
import { scheduleFor } from '../domain/schedule.ts';
import { type ObligationFilter, toObligationResponse } from './obligations.dto.ts';
import { ObligationsRepository, type ScheduleRow } from './obligations.repository.ts';

@Injectable()
export class ObligationsService implements OnModuleInit {
  private readonly logger = new Logger('Obligations');

  constructor(
    private readonly repo: ObligationsRepository,
    private readonly events: RegistryEvents,
  ) {}

  onModuleInit(): void {
    this.events.onChange(() => this.generate());
  }

  /**
   * Derives the obligations owed up to the day of `asOf` from the streams and assignments. Idempotent:
   * run at start-up, daily, and whenever a due rule or an assignment changes.
   */
  async generate(asOf: Date = new Date()) {
    const today = shanghaiDate(asOf);
    const rows: ScheduleRow[] = [];
    const unknownYears = new Set<number>();
    for (const st of await this.repo.streamsToSchedule()) {
      const rule = {
        cadence: st.cadence,
        dueDay: st.due_day,
        dueDate: fromDbDateOrNull(st.due_date),
        holidayPolicy: st.holiday_policy,
      };
      for (const p of scheduleFor(rule, fromDbDate(st.first_day).slice(0, 7), today)) {
        if (!p.calendarKnown) unknownYears.add(Number(p.dueDate.slice(0, 4)));
        rows.push({ ...p, streamId: st.id });
      }
    }
    for (const year of unknownYears) this.logger.warn(CALENDAR_UNKNOWN_WARNING(year));
    const result = await this.repo.applySchedule(rows, asOf);
    if (result.created + result.updated + result.removed > 0) {
      this.logger.log(`Obligations: ${result.created} created, ${result.updated} re-dated, ${result.removed} removed`);
    }
    return result;
  }

  async list(q: ListQuery<ObligationFilter>, user: AuthUser) {
    const { items, total } = await this.repo.list(q, scopedUnitId(user), new Date());
    return new Page('obligations', items.map(toObligationResponse), total, q.skip);
  }

  async get(id: number, user: AuthUser) {
    const row = await this.repo.findWithStatus(id, new Date());
    const scope = scopedUnitId(user);
    if (!row || (scope !== null && row.unit_id !== scope)) throw notFound('应报事项');
    return toObligationResponse(row);
  }
}

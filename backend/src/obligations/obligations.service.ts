import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { type AuthUser, canSeeUnit, scopedUnitId } from '../identity/current-user.ts';
import { notFound } from '../common/errors.ts';
import { Page, type ListQuery } from '../common/list-query.ts';
import { type RegistryChange, RegistryEvents } from '../common/registry-events.ts';
import { Settings } from '../settings/settings.service.ts';
import { fromDbDate, fromDbDateOrNull } from '../database/db-dates.ts';
import { CALENDAR_UNKNOWN_WARNING } from '../domain/calendar.ts';
import { shanghaiDate } from '../domain/dates.ts';
import { scheduleFor } from '../domain/schedule.ts';
import { type ObligationFilter, toObligationResponse } from './obligations.dto.ts';
import { ObligationsRepository, type ScheduleRow } from './obligations.repository.ts';
import { Clock } from '../clock/clock.ts';
import { AuditTrail } from '../audit-events/audit-trail.service.ts';
import { TransactionRunner } from '../database/transaction-runner.ts';


/** `full`: every period since the assignments began, not just those begun since the last run. */
export interface GenerationScope extends RegistryChange {
  full?: boolean;
}

@Injectable()
export class ObligationsService implements OnModuleInit {
  private readonly logger = new Logger('Obligations');

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly repo: ObligationsRepository,
    private readonly events: RegistryEvents,
    private readonly settings: Settings,
    private readonly audit: AuditTrail,
  ) {}

  onModuleInit(): void {
    this.events.onChange((change) => this.generate(this.clock.now(), { ...change, full: true }));
  }

  /**
   * The office's "generate now": the derivation runs in its own set-based statements (it is idempotent and
   * may touch a province's history), then the run and its counts go on the audit trail.
   */
  async generateForOffice(asOf: string | undefined, user: AuthUser) {
    const result = await this.generate(asOf ? new Date(asOf) : this.clock.now());
    await this.transactions.run((tx) => this.audit.record(tx, { user, action: 'GENERATE', resource: 'obligations', recordId: 'all', after: result }));
    return result;
  }

  /**
   * Derives the obligations owed up to the day of `asOf` from the streams and assignments. Idempotent.
   * The daily and start-up runs only look at periods begun since the last run (a province holds millions of
   * obligations); a change of the registry reworks the whole history of what it touched.
   */
  async generate(asOf: Date = this.clock.now(), scope: GenerationScope = { full: true }) {
    const today = shanghaiDate(asOf);
    const through = await this.settings.get('obligations.generatedThrough');
    const since = !scope.full && through && through <= today ? through : null;
    const rows: ScheduleRow[] = [];
    const unknownYears = new Set<number>();
    for (const st of await this.repo.streamsToSchedule()) {
      if (scope.streamIds && !scope.streamIds.includes(st.id)) continue;
      const rule = {
        cadence: st.cadence,
        dueDay: st.due_day,
        dueDate: fromDbDateOrNull(st.due_date),
        holidayPolicy: st.holiday_policy,
      };
      for (const p of scheduleFor(rule, fromDbDate(st.first_day).slice(0, 7), today)) {
        if (since && p.periodStart < since && p.period !== 'ONCE') continue;
        if (!p.calendarKnown) unknownYears.add(Number(p.dueDate.slice(0, 4)));
        rows.push({ ...p, streamId: st.id });
      }
    }
    for (const year of unknownYears) this.logger.warn(CALENDAR_UNKNOWN_WARNING(year));
    const result = await this.repo.applySchedule(rows, asOf, scope.unitIds ?? null);
    if (!scope.unitIds && !scope.streamIds && (!through || through < today)) await this.transactions.run((tx) => this.settings.set(tx, 'obligations.generatedThrough', today));
    if (result.created + result.updated + result.removed > 0) {
      this.logger.log(`Obligations: ${result.created} created, ${result.updated} re-dated, ${result.removed} removed`);
    }
    return result;
  }

  async list(q: ListQuery<ObligationFilter>, user: AuthUser) {
    const { items, total } = await this.repo.list(q, scopedUnitId(user), this.clock.now());
    return new Page('obligations', items.map(toObligationResponse), total, q.skip);
  }

  async get(id: number, user: AuthUser) {
    const row = await this.repo.findWithStatus(id, this.clock.now());
    if (!row || !canSeeUnit(user, row.unit_id)) throw notFound('应报事项');
    return toObligationResponse(row);
  }
}

import { Injectable, NotFoundException } from '@nestjs/common';
import { type AuthUser, canSeeUnit } from '../identity/current-user.ts';
import { notFound } from '../common/errors.ts';
import { shanghaiDate } from '../domain/dates.ts';
import { AssessmentsService } from '../assessments/assessments.service.ts';
import { Clock } from '../clock/clock.ts';
import { OBLIGATION_STATUSES } from '@credit/contract/labels';
import { UnitOverviewRepository } from './unit-overview.repository.ts';

/**
 * GET /api/units/:id/overview: the unit page's year at a glance, computed on the server — how many obligations
 * stand in each status (DESIGN.md §2.3), the year's assessment score, what is 逾期未报 and who to call.
 * A unit user sees its own unit only (another unit's is 404).
 */
@Injectable()
export class UnitOverviewService {
  constructor(
    private readonly clock: Clock,
    private readonly repo: UnitOverviewRepository,
    private readonly assessments: AssessmentsService,
  ) {}

  async overview(unitId: number, year: number | undefined, user: AuthUser) {
    const unit = canSeeUnit(user, unitId) ? await this.repo.unit(unitId) : null;
    if (!unit) throw notFound('单位');
    const now = this.clock.now();
    const y = year ?? Number(shanghaiDate(now).slice(0, 4));
    // One after the other: each holds a pooled connection, and the page asks them together.
    const rows = await this.repo.statusCounts(unitId, y, now);
    const missing = await this.repo.missing(unitId, y, now);
    const contacts = await this.repo.contacts(unitId);
    // A unit outside the year's assessment (inactive, or no obligation) has no score.
    const assessment = await this.assessments.get(y, unitId, user).catch((e: unknown) => {
      if (e instanceof NotFoundException) return null;
      throw e;
    });
    const statusCounts = Object.fromEntries(OBLIGATION_STATUSES.map((s) => [s, rows.find((r) => r.status === s)?.count ?? 0]));
    return {
      id: unitId,
      unitName: unit.name,
      year: y,
      statusCounts,
      expected: rows.reduce((n, r) => n + r.expected, 0),
      missing: rows.reduce((n, r) => n + r.missing, 0),
      onTimeRate: assessment?.onTimeRate ?? null,
      score: assessment?.score ?? null,
      rank: assessment?.rank ?? null,
      finalised: assessment?.finalised ?? false,
      overdue: missing.map((m) => ({ obligationId: m.id, streamName: m.stream_name, period: m.period, dueAt: m.due_at, status: m.status })),
      contacts,
    };
  }
}

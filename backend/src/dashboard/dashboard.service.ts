import type { Figures, Overdue, Trend } from '@credit/contract/api';
import { Injectable } from '@nestjs/common';
import { shanghaiDate, startOfDayShanghai } from '../domain/dates.ts';
import { toMetrics } from '../domain/metrics.ts';
import { addMonths } from '../domain/months.ts';
import { monthsBetween, nextPeriod } from '../domain/periods.ts';
import { invalid } from '../common/errors.ts';
import { figuresFromCounts } from '../records/domain/index.ts';
import type { FiguresQuery, OverdueQuery, RecordQualityQuery, TrendQuery } from './dashboard.dto.ts';
import { toOverdueResponse } from './dashboard.dto.ts';
import { DashboardRepository } from './dashboard.repository.ts';
import { Clock } from '../clock/clock.ts';
import { roundWindow } from '../domain/rounds.ts';
import { RoundsService } from '../rounds/rounds.service.ts';

/** The office home's aggregates (DESIGN.md §2.4 rules, counted in the database). */
@Injectable()
export class DashboardService {
  constructor(
    private readonly clock: Clock,
    private readonly repo: DashboardRepository,
    private readonly rounds: RoundsService,
  ) {}

  /** This month's figures: the reports due in the month, filed, on time, and the units missing some. */
  async figures(q: FiguresQuery): Promise<Figures> {
    const asOf = q.asOf ? new Date(q.asOf) : null;
    const now = this.clock.now();
    const month = q.month ?? shanghaiDate(asOf ?? now).slice(0, 7);
    const start = startOfDayShanghai(`${month}-01`);
    const end = startOfDayShanghai(`${nextPeriod(month)}-01`);
    const { counts, round } = await this.repo.round(start, end, asOf, now);
    return {
      month,
      obligations: round.obligations,
      exempt: round.exempt,
      owed: round.obligations - round.exempt,
      pending: round.pending,
      filed: round.filed,
      returned: round.returned,
      units: round.units,
      unitsOverdue: round.units_overdue,
      ...toMetrics(counts),
    };
  }

  /**
   * Metrics per period month, every month present: the last `months` months up to `to`, or by default the
   * last `months` complete months and the open one, marked `open` (its figures still moving).
   */
  async trend(q: TrendQuery): Promise<Trend> {
    const asOf = q.asOf ? new Date(q.asOf) : null;
    const now = this.clock.now();
    const rounds = await this.rounds.at(asOf);
    const { from, to } = q.to ? { from: addMonths(q.to, 1 - q.months), to: q.to } : roundWindow(rounds, q.months);
    const rows = await this.repo.trend(from, to, asOf, now);
    const byMonth = new Map(rows.map((r) => [r.group_key, r]));
    const months = monthsBetween(from, to);
    const open = rounds.open && months.includes(rounds.open) ? rounds.open : null;
    return {
      from,
      to,
      open,
      months: months.map((month) => ({ month, open: month === open, ...toMetrics(byMonth.get(month)) })),
    };
  }

  /** Units with reports missing now, with their contact. */
  /** 数据质量: the units' 合规率 and 迟报率 of the records they filed, worst first. */
  async recordQuality(q: RecordQualityQuery) {
    const to = q.to ?? shanghaiDate(this.clock.now()).slice(0, 7);
    const from = q.from ?? addMonths(to, -11);
    if (from > to) throw invalid('to', '结束月份不能早于开始月份');
    const rows = await this.repo.recordQuality(from, to, q.limit);
    return {
      from,
      to,
      rows: rows.map((r) => ({
        unitId: r.unit_id,
        unitName: r.unit_name,
        ...figuresFromCounts({ recordsFiled: r.records_filed, recordsValid: r.records_valid, recordsLate: r.records_late }),
      })),
    };
  }

  async overdue(q: OverdueQuery): Promise<Overdue> {
    const asOf = q.asOf ? new Date(q.asOf) : null;
    const rows = await this.repo.overdueUnits(q.limit, asOf, this.clock.now());
    return { total: rows.length > 0 ? Number(rows[0].total_units) : 0, rows: rows.map(toOverdueResponse) };
  }
}

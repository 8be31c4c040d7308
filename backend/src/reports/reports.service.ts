import { Injectable } from '@nestjs/common';
import { shanghaiDate } from '../domain/dates.ts';
import { chineseDate, periodLabel } from '../domain/labels.ts';
import { Settings } from '../settings/settings.service.ts';
import {
  type ReportOffice,
  rosterTitle,
  rosterWorkbook,
  sgsIncrementTitle,
  sgsIncrementWorkbook,
  sgsSummaryTitle,
  sgsSummaryWorkbook,
} from './report-sheets.ts';
import type { SgsIncrementQuery, SgsSummaryQuery } from './reports.dto.ts';
import { ReportsRepository } from './reports.repository.ts';
import { Clock } from '../clock/clock.ts';
import type { Download } from '../common/downloads.ts';
import { RoundsService } from '../rounds/rounds.service.ts';

/** The plan's statistics tables (附件5, 附件6) and the contacts roster; aggregated in SQL, laid out here. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly clock: Clock,
    private readonly repo: ReportsRepository,
    private readonly settings: Settings,
    private readonly rounds: RoundsService,
  ) {}

  /** 附件5: per unit, cumulative counts up to and including `period` (default: the latest complete round). */
  async sgsSummary(q: SgsSummaryQuery): Promise<Download> {
    const period = q.period ?? (await this.latestMonth());
    const rows = await this.repo.sgsCounts(null, period);
    const start = (await this.settings.get('tracking.start')) ?? period;
    const from = start <= period ? start : period;
    const office = await this.office();
    return {
      fileName: `附件5 ${sgsSummaryTitle(office)}（截至${periodLabel(period)}）.xlsx`,
      content: await sgsSummaryWorkbook(rows, from, period, office, this.clock.now()),
    };
  }

  /** 附件6: per unit, the increments of the months `from`..`to` (default: the latest complete round). */
  async sgsIncrement(q: SgsIncrementQuery): Promise<Download> {
    const given = q.from ?? q.to;
    const [from, to] = given ? [q.from ?? given, q.to ?? given] : await this.latestMonth().then((m) => [m, m]);
    const rows = await this.repo.sgsCounts(from, to);
    const range = from === to ? periodLabel(from) : `${periodLabel(from)}至${periodLabel(to)}`;
    const office = await this.office();
    return {
      fileName: `附件6 ${sgsIncrementTitle(office)}（${range}）.xlsx`,
      content: await sgsIncrementWorkbook(rows, from, to, office, this.clock.now()),
    };
  }

  /** The latest complete round (the one the ranking and the circulars default to). */
  private async latestMonth(): Promise<string> {
    return (await this.rounds.at()).month;
  }

  async roster(): Promise<Download> {
    const now = this.clock.now();
    const today = chineseDate(shanghaiDate(now));
    const office = await this.office();
    return {
      fileName: `${rosterTitle(office)}（${today}）.xlsx`,
      content: await rosterWorkbook(await this.repo.roster(), today, office, now),
    };
  }

  private async office(): Promise<ReportOffice> {
    const { districtName, issuingBody, name } = await this.settings.office();
    return { districtName, issuingBody: issuingBody ?? '', name };
  }
}

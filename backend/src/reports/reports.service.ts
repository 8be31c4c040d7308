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

/** The plan's statistics tables (附件5, 附件6) and the contacts roster; aggregated in SQL, laid out here. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly clock: Clock,
    private readonly repo: ReportsRepository,
    private readonly settings: Settings,
  ) {}

  /** 附件5: per unit, cumulative counts up to and including `period`. */
  async sgsSummary(q: SgsSummaryQuery): Promise<Download> {
    const rows = await this.repo.sgsCounts(null, q.period);
    const start = (await this.settings.get('tracking.start')) ?? q.period;
    const from = start <= q.period ? start : q.period;
    const office = await this.office();
    return {
      fileName: `附件5 ${sgsSummaryTitle(office)}（截至${periodLabel(q.period)}）.xlsx`,
      content: await sgsSummaryWorkbook(rows, from, q.period, office, this.clock.now()),
    };
  }

  /** 附件6: per unit, the increments of the months `from`..`to`. */
  async sgsIncrement(q: SgsIncrementQuery): Promise<Download> {
    const rows = await this.repo.sgsCounts(q.from, q.to);
    const range = q.from === q.to ? periodLabel(q.from) : `${periodLabel(q.from)}至${periodLabel(q.to)}`;
    const office = await this.office();
    return {
      fileName: `附件6 ${sgsIncrementTitle(office)}（${range}）.xlsx`,
      content: await sgsIncrementWorkbook(rows, q.from, q.to, office, this.clock.now()),
    };
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

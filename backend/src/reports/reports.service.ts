import { Injectable } from '@nestjs/common';
import { shanghaiDate } from '../domain/dates.ts';
import { chineseDate, periodLabel } from '../domain/labels.ts';
import { SettingsRepository } from '../settings/settings.repository.ts';
import { ROSTER_TITLE, rosterWorkbook, SGS_INCREMENT_TITLE, SGS_SUMMARY_TITLE, sgsIncrementWorkbook, sgsSummaryWorkbook } from './report-sheets.ts';
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
    private readonly settings: SettingsRepository,
  ) {}

  /** 附件5: per unit, cumulative counts up to and including `period`. */
  async sgsSummary(q: SgsSummaryQuery): Promise<Download> {
    const rows = await this.repo.sgsCounts(null, q.period);
    const start = (await this.settings.get<string>('tracking.start')) ?? q.period;
    const from = start <= q.period ? start : q.period;
    return {
      fileName: `附件5 ${SGS_SUMMARY_TITLE}（截至${periodLabel(q.period)}）.xlsx`,
      content: await sgsSummaryWorkbook(rows, from, q.period, await this.issuingBody(), this.clock.now()),
    };
  }

  /** 附件6: per unit, the increments of the months `from`..`to`. */
  async sgsIncrement(q: SgsIncrementQuery): Promise<Download> {
    const rows = await this.repo.sgsCounts(q.from, q.to);
    const range = q.from === q.to ? periodLabel(q.from) : `${periodLabel(q.from)}至${periodLabel(q.to)}`;
    return {
      fileName: `附件6 ${SGS_INCREMENT_TITLE}（${range}）.xlsx`,
      content: await sgsIncrementWorkbook(rows, q.from, q.to, await this.issuingBody(), this.clock.now()),
    };
  }

  async roster(): Promise<Download> {
    const now = this.clock.now();
    const today = chineseDate(shanghaiDate(now));
    return {
      fileName: `${ROSTER_TITLE}（${today}）.xlsx`,
      content: await rosterWorkbook(await this.repo.roster(), today, await this.issuingBody(), now),
    };
  }

  private async issuingBody(): Promise<string> {
    return (await this.settings.get<{ issuingBody?: string }>('office'))?.issuingBody ?? '';
  }
}

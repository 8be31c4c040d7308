import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../identity/current-user.ts';
import { sendDownload, XLSX } from '../common/downloads.ts';
import { ZodPipe } from '../common/validation.ts';
import { sgsIncrementQuerySchema, type SgsIncrementQuery, sgsSummaryQuerySchema, type SgsSummaryQuery } from './reports.dto.ts';
import { ReportsService } from './reports.service.ts';

/** The office's tables: every unit's figures and contacts, so for the office and the leading group only. */
@Controller('reports')
@Roles('ADMIN', 'LEADER')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('sgs-summary.xlsx')
  async sgsSummary(@Query(new ZodPipe(sgsSummaryQuerySchema)) q: SgsSummaryQuery, @Res() res: Response) {
    const { fileName, content } = await this.reports.sgsSummary(q);
    sendDownload(res, fileName, XLSX, content);
  }

  @Get('sgs-increment.xlsx')
  async sgsIncrement(@Query(new ZodPipe(sgsIncrementQuerySchema)) q: SgsIncrementQuery, @Res() res: Response) {
    const { fileName, content } = await this.reports.sgsIncrement(q);
    sendDownload(res, fileName, XLSX, content);
  }

  @Get('contacts.xlsx')
  async roster(@Res() res: Response) {
    const { fileName, content } = await this.reports.roster();
    sendDownload(res, fileName, XLSX, content);
  }
}

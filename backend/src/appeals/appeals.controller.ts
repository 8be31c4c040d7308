import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ListExports } from '../common/list-export.ts';
import { YearParam } from '../assessments/assessments.dto.ts';
import { type ListQueryOf, ListQueryPipe } from '../common/list-query.ts';
import { IdParam, ZodPipe } from '../common/validation.ts';
import { type AuthUser, CurrentUser, Roles } from '../identity/current-user.ts';
import { APPEAL_EXPORT, APPEAL_LIST, decideAppealSchema, type DecideAppealDto, fileAppealSchema, type FileAppealDto } from './appeals.dto.ts';
import { AppealsService } from './appeals.service.ts';

@Controller()
export class AppealsController {
  constructor(
    private readonly exporter: ListExports,
    private readonly appeals: AppealsService,
  ) {}

  @Get('appeals')
  list(@Query(new ListQueryPipe(APPEAL_LIST)) query: ListQueryOf<typeof APPEAL_LIST>, @CurrentUser() user: AuthUser) {
    return this.appeals.list(query, user);
  }

  /** The filtered, sorted list as .xlsx: every row (not the page), Chinese headers, dates in Asia/Shanghai. */
  @Get('appeals/export.xlsx')
  async exportList(@Query(new ListQueryPipe(APPEAL_LIST)) query: ListQueryOf<typeof APPEAL_LIST>, @CurrentUser() user: AuthUser, @Res() res: Response) {
    await this.exporter.send(res, query, APPEAL_EXPORT, (q) => this.appeals.list(q, user));
  }

  @Get('appeals/:id')
  get(@IdParam() id: number, @CurrentUser() user: AuthUser) {
    return this.appeals.get(id, user);
  }

  @Post('assessments/:year/appeals')
  @Roles('ADMIN', 'UNIT')
  file(@YearParam() year: number, @Body(new ZodPipe(fileAppealSchema)) dto: FileAppealDto, @CurrentUser() user: AuthUser) {
    return this.appeals.file(year, dto, user);
  }

  @Post('appeals/:id/decision')
  @Roles('ADMIN')
  @HttpCode(200)
  decide(@IdParam() id: number, @Body(new ZodPipe(decideAppealSchema)) dto: DecideAppealDto, @CurrentUser() user: AuthUser) {
    return this.appeals.decide(id, dto, user);
  }
}

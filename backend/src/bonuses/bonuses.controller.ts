import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ListExports } from '../common/list-export.ts';
import { type ListQueryOf, ListQueryPipe } from '../common/list-query.ts';
import { IdParam, ZodPipe } from '../common/validation.ts';
import { type AuthUser, CurrentUser, Roles } from '../identity/current-user.ts';
import { YearParam } from '../assessments/assessments.dto.ts';
import { BONUS_EXPORT, BONUS_LIST, decideBonusSchema, type DecideBonusDto, declareBonusSchema, type DeclareBonusDto } from './bonuses.dto.ts';
import { BonusesService } from './bonuses.service.ts';

@Controller()
export class BonusesController {
  constructor(
    private readonly exporter: ListExports,
    private readonly bonuses: BonusesService,
  ) {}

  @Get('bonuses')
  list(@Query(new ListQueryPipe(BONUS_LIST)) query: ListQueryOf<typeof BONUS_LIST>, @CurrentUser() user: AuthUser) {
    return this.bonuses.list(query, user);
  }

  /** The filtered, sorted list as .xlsx: every row (not the page), Chinese headers, dates in Asia/Shanghai. */
  @Get('bonuses/export.xlsx')
  async exportList(@Query(new ListQueryPipe(BONUS_LIST)) query: ListQueryOf<typeof BONUS_LIST>, @CurrentUser() user: AuthUser, @Res() res: Response) {
    await this.exporter.send(res, query, BONUS_EXPORT, (q) => this.bonuses.list(q, user));
  }

  @Get('bonuses/:id')
  get(@IdParam() id: number, @CurrentUser() user: AuthUser) {
    return this.bonuses.get(id, user);
  }

  @Post('assessments/:year/bonuses')
  @Roles('ADMIN', 'UNIT')
  declare(@YearParam() year: number, @Body(new ZodPipe(declareBonusSchema)) dto: DeclareBonusDto, @CurrentUser() user: AuthUser) {
    return this.bonuses.declare(year, dto, user);
  }

  @Post('bonuses/:id/decision')
  @Roles('ADMIN')
  @HttpCode(200)
  decide(@IdParam() id: number, @Body(new ZodPipe(decideBonusSchema)) dto: DecideBonusDto, @CurrentUser() user: AuthUser) {
    return this.bonuses.decide(id, dto, user);
  }
}

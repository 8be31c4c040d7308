import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { type ListQueryOf, ListQueryPipe } from '../common/list-query.ts';
import { IdParam, ZodPipe } from '../common/validation.ts';
import { type AuthUser, CurrentUser, Roles } from '../identity/current-user.ts';
import { YearParam } from '../assessments/assessments.dto.ts';
import { BONUS_LIST, decideBonusSchema, type DecideBonusDto, declareBonusSchema, type DeclareBonusDto } from './bonuses.dto.ts';
import { BonusesService } from './bonuses.service.ts';

@Controller()
export class BonusesController {
  constructor(private readonly bonuses: BonusesService) {}

  @Get('bonuses')
  list(@Query(new ListQueryPipe(BONUS_LIST)) query: ListQueryOf<typeof BONUS_LIST>, @CurrentUser() user: AuthUser) {
    return this.bonuses.list(query, user);
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

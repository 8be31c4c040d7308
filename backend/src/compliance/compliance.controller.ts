import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { type AuthUser, CurrentUser, Roles } from '../identity/current-user.ts';
import { ZodPipe } from '../common/validation.ts';
import { rankingQuerySchema, type RankingQuery, scoringRulesSchema, type ScoringRulesDto, yearParamSchema } from './compliance.dto.ts';
import { ComplianceService } from './compliance.service.ts';

@Controller('compliance')
export class ComplianceController {
  constructor(private readonly compliance: ComplianceService) {}

  @Get('ranking')
  ranking(@Query(new ZodPipe(rankingQuerySchema)) q: RankingQuery, @CurrentUser() user: AuthUser) {
    return this.compliance.ranking(q, user);
  }

  @Get('matrix')
  matrix(@Query(new ZodPipe(rankingQuerySchema)) q: RankingQuery, @CurrentUser() user: AuthUser) {
    return this.compliance.matrix(q, user);
  }

  @Get('scoring-rules/:year')
  rules(@Param('year', new ZodPipe(yearParamSchema)) year: number) {
    return this.compliance.getRules(year);
  }

  @Put('scoring-rules/:year')
  @Roles('ADMIN')
  saveRules(
    @Param('year', new ZodPipe(yearParamSchema)) year: number,
    @Body(new ZodPipe(scoringRulesSchema)) dto: ScoringRulesDto,
    @CurrentUser() user: AuthUser,
  ) {
    return this.compliance.saveRules(year, dto, user);
  }
}

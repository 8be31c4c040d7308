import { Controller, Get, Query } from '@nestjs/common';
import { type AuthUser, CurrentUser } from '../identity/current-user.ts';
import { ZodPipe } from '../common/validation.ts';
import { rankingQuerySchema, type RankingQuery } from './compliance.dto.ts';
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
}

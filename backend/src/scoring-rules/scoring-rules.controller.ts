import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ZodPipe } from '../common/validation.ts';
import { type AuthUser, CurrentUser, Roles } from '../identity/current-user.ts';
import { scoringRulesSchema, type ScoringRulesDto, yearParamSchema } from './scoring-rules.dto.ts';
import { ScoringRulesService } from './scoring-rules.service.ts';

@Controller('compliance/scoring-rules')
export class ScoringRulesController {
  constructor(private readonly rules: ScoringRulesService) {}

  @Get(':year')
  get(@Param('year', new ZodPipe(yearParamSchema)) year: number) {
    return this.rules.getRules(year);
  }

  @Put(':year')
  @Roles('ADMIN')
  save(
    @Param('year', new ZodPipe(yearParamSchema)) year: number,
    @Body(new ZodPipe(scoringRulesSchema)) dto: ScoringRulesDto,
    @CurrentUser() user: AuthUser,
  ) {
    return this.rules.saveRules(year, dto, user);
  }
}

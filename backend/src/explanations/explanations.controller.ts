import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { type AuthUser, CurrentUser, Roles } from '../identity/current-user.ts';
import { type ListQueryOf, ListQueryPipe } from '../common/list-query.ts';
import { IdParam, ZodPipe } from '../common/validation.ts';
import {
  createExplanationSchema,
  type CreateExplanationDto,
  decideExplanationSchema,
  type DecideExplanationDto,
  EXPLANATION_LIST,
} from './explanations.dto.ts';
import { ExplanationsService } from './explanations.service.ts';

@Controller('explanations')
export class ExplanationsController {
  constructor(private readonly explanations: ExplanationsService) {}

  @Get()
  list(@Query(new ListQueryPipe(EXPLANATION_LIST)) query: ListQueryOf<typeof EXPLANATION_LIST>, @CurrentUser() user: AuthUser) {
    return this.explanations.list(query, user);
  }

  @Get(':id')
  get(@IdParam() id: number, @CurrentUser() user: AuthUser) {
    return this.explanations.get(id, user);
  }

  @Post()
  @Roles('ADMIN', 'UNIT')
  create(@Body(new ZodPipe(createExplanationSchema)) dto: CreateExplanationDto, @CurrentUser() user: AuthUser) {
    return this.explanations.create(dto, user);
  }

  @Post(':id/decision')
  @Roles('ADMIN')
  @HttpCode(200)
  decide(@IdParam() id: number, @Body(new ZodPipe(decideExplanationSchema)) dto: DecideExplanationDto, @CurrentUser() user: AuthUser) {
    return this.explanations.decide(id, dto, user);
  }
}

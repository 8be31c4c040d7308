import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { type AuthUser, CurrentUser, Roles } from '../identity/current-user.ts';
import { type ListQueryOf, ListQueryPipe } from '../common/list-query.ts';
import { IdParam, ZodPipe } from '../common/validation.ts';
import {
  createExplanationSchema,
  type CreateExplanationDto,
  decideExplanationSchema,
  type DecideExplanationDto,
  EXPLANATION_LIST,
  EXPLANATION_EXPORT,
} from './explanations.dto.ts';
import { ExplanationsService } from './explanations.service.ts';
import { ListExports } from '../common/list-export.ts';

@Controller('explanations')
export class ExplanationsController {
  constructor(private readonly explanations: ExplanationsService, private readonly exporter: ListExports) {}

  @Get()
  list(@Query(new ListQueryPipe(EXPLANATION_LIST)) query: ListQueryOf<typeof EXPLANATION_LIST>, @CurrentUser() user: AuthUser) {
    return this.explanations.list(query, user);
  }

  /** The filtered, sorted list as .xlsx: every row (not the page), Chinese headers, dates in Asia/Shanghai. */
  @Get('export.xlsx')
  async exportList(@Query(new ListQueryPipe(EXPLANATION_LIST)) query: ListQueryOf<typeof EXPLANATION_LIST>, @CurrentUser() user: AuthUser, @Res() res: Response) {
    await this.exporter.send(res, query, EXPLANATION_EXPORT, (q) => this.explanations.list(q, user));
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

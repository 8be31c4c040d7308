import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { type AuthUser, CurrentUser, Roles } from '../identity/current-user.ts';
import { type ListQueryOf, ListQueryPipe } from '../common/list-query.ts';
import { IdParam, ZodPipe } from '../common/validation.ts';
import { generateSchema, OBLIGATION_LIST, OBLIGATION_EXPORT } from './obligations.dto.ts';
import { ObligationsService } from './obligations.service.ts';
import { ListExports } from '../common/list-export.ts';

@Controller('obligations')
export class ObligationsController {
  constructor(private readonly obligations: ObligationsService, private readonly exporter: ListExports) {}

  @Get()
  list(@Query(new ListQueryPipe(OBLIGATION_LIST)) query: ListQueryOf<typeof OBLIGATION_LIST>, @CurrentUser() user: AuthUser) {
    return this.obligations.list(query, user);
  }

  /** The filtered, sorted list as .xlsx: every row (not the page), Chinese headers, dates in Asia/Shanghai. */
  @Get('export.xlsx')
  async exportList(@Query(new ListQueryPipe(OBLIGATION_LIST)) query: ListQueryOf<typeof OBLIGATION_LIST>, @CurrentUser() user: AuthUser, @Res() res: Response) {
    await this.exporter.send(res, query, OBLIGATION_EXPORT, (q) => this.obligations.list(q, user));
  }

  @Get(':id')
  get(@IdParam() id: number, @CurrentUser() user: AuthUser) {
    return this.obligations.get(id, user);
  }

  /** Runs the generator now (or as of a given instant), e.g. after the office set a one-off due date. */
  @Post('generate')
  @Roles('ADMIN')
  @HttpCode(200)
  generate(@Body(new ZodPipe(generateSchema)) dto: { asOf?: string }, @CurrentUser() user: AuthUser) {
    return this.obligations.generateForOffice(dto.asOf, user);
  }
}

import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { type AuthUser, CurrentUser, Roles } from '../identity/current-user.ts';
import { type ListQueryOf, ListQueryPipe } from '../common/list-query.ts';
import { IdParam, ZodPipe } from '../common/validation.ts';
import { generateSchema, OBLIGATION_LIST } from './obligations.dto.ts';
import { ObligationsService } from './obligations.service.ts';

@Controller('obligations')
export class ObligationsController {
  constructor(private readonly obligations: ObligationsService) {}

  @Get()
  list(@Query(new ListQueryPipe(OBLIGATION_LIST)) query: ListQueryOf<typeof OBLIGATION_LIST>, @CurrentUser() user: AuthUser) {
    return this.obligations.list(query, user);
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

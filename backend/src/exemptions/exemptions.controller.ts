import { Body, Controller, Delete, Get, Post, Query } from '@nestjs/common';
import { type AuthUser, CurrentUser, Roles } from '../identity/current-user.ts';
import { type ListQueryOf, ListQueryPipe } from '../common/list-query.ts';
import { IdParam, ZodPipe } from '../common/validation.ts';
import { createExemptionSchema, type CreateExemptionDto, EXEMPTION_LIST } from './exemptions.dto.ts';
import { ExemptionsService } from './exemptions.service.ts';

@Controller('exemptions')
export class ExemptionsController {
  constructor(private readonly exemptions: ExemptionsService) {}

  @Get()
  list(@Query(new ListQueryPipe(EXEMPTION_LIST)) query: ListQueryOf<typeof EXEMPTION_LIST>, @CurrentUser() user: AuthUser) {
    return this.exemptions.list(query, user);
  }

  @Get(':id')
  get(@IdParam() id: number, @CurrentUser() user: AuthUser) {
    return this.exemptions.get(id, user);
  }

  @Post()
  @Roles('ADMIN')
  create(@Body(new ZodPipe(createExemptionSchema)) dto: CreateExemptionDto, @CurrentUser() user: AuthUser) {
    return this.exemptions.create(dto, user);
  }

  @Delete(':id')
  @Roles('ADMIN')
  delete(@IdParam() id: number, @CurrentUser() user: AuthUser) {
    return this.exemptions.delete(id, user);
  }
}

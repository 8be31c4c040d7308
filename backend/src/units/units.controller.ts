import { Body, Controller, Delete, Get, Post, Put, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { type AuthUser, CurrentUser, Roles } from '../identity/current-user.ts';
import { type ListQueryOf, ListQueryPipe } from '../common/list-query.ts';
import { IdParam, ZodPipe } from '../common/validation.ts';
import { createUnitSchema, type CreateUnitDto, UNIT_LIST, updateUnitSchema, type UpdateUnitDto, UNIT_EXPORT } from './units.dto.ts';
import { UnitsService } from './units.service.ts';
import { ListExports } from '../common/list-export.ts';

@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService, private readonly exporter: ListExports) {}

  @Get()
  list(@Query(new ListQueryPipe(UNIT_LIST)) query: ListQueryOf<typeof UNIT_LIST>, @CurrentUser() user: AuthUser) {
    return this.units.list(query, user);
  }

  /** The filtered, sorted list as .xlsx: every row (not the page), Chinese headers, dates in Asia/Shanghai. */
  @Get('export.xlsx')
  async exportList(@Query(new ListQueryPipe(UNIT_LIST)) query: ListQueryOf<typeof UNIT_LIST>, @CurrentUser() user: AuthUser, @Res() res: Response) {
    await this.exporter.send(res, query, UNIT_EXPORT, (q) => this.units.list(q, user));
  }

  @Get(':id')
  get(@IdParam() id: number, @CurrentUser() user: AuthUser) {
    return this.units.get(id, user);
  }

  @Post()
  @Roles('ADMIN')
  create(@Body(new ZodPipe(createUnitSchema)) dto: CreateUnitDto, @CurrentUser() user: AuthUser) {
    return this.units.create(dto, user);
  }

  @Put(':id')
  @Roles('ADMIN')
  update(@IdParam() id: number, @Body(new ZodPipe(updateUnitSchema)) dto: UpdateUnitDto, @CurrentUser() user: AuthUser) {
    return this.units.update(id, dto, user);
  }

  @Delete(':id')
  @Roles('ADMIN')
  delete(@IdParam() id: number, @CurrentUser() user: AuthUser) {
    return this.units.delete(id, user);
  }
}

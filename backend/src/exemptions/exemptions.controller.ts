import { Body, Controller, HttpCode, Delete, Get, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { type AuthUser, CurrentUser, Roles } from '../identity/current-user.ts';
import { type ListQueryOf, ListQueryPipe } from '../common/list-query.ts';
import { IdParam, ZodPipe } from '../common/validation.ts';
import { bulkExemptSchema, type BulkExemptDto, createExemptionSchema, type CreateExemptionDto, EXEMPTION_LIST, EXEMPTION_EXPORT } from './exemptions.dto.ts';
import { ExemptionsService } from './exemptions.service.ts';
import { ListExports } from '../common/list-export.ts';

@Controller('exemptions')
export class ExemptionsController {
  constructor(private readonly exemptions: ExemptionsService, private readonly exporter: ListExports) {}

  @Get()
  list(@Query(new ListQueryPipe(EXEMPTION_LIST)) query: ListQueryOf<typeof EXEMPTION_LIST>, @CurrentUser() user: AuthUser) {
    return this.exemptions.list(query, user);
  }

  /** The filtered, sorted list as .xlsx: every row (not the page), Chinese headers, dates in Asia/Shanghai. */
  @Get('export.xlsx')
  async exportList(@Query(new ListQueryPipe(EXEMPTION_LIST)) query: ListQueryOf<typeof EXEMPTION_LIST>, @CurrentUser() user: AuthUser, @Res() res: Response) {
    await this.exporter.send(res, query, EXEMPTION_EXPORT, (q) => this.exemptions.list(q, user));
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

  /** Waives every selected obligation with one reason (all or nothing; a refused item is named in `errors`). */
  @Post('bulk')
  @HttpCode(200)
  @Roles('ADMIN')
  exemptMany(@Body(new ZodPipe(bulkExemptSchema)) dto: BulkExemptDto, @CurrentUser() user: AuthUser) {
    return this.exemptions.exemptMany(dto, user);
  }

  @Delete(':id')
  @Roles('ADMIN')
  delete(@IdParam() id: number, @CurrentUser() user: AuthUser) {
    return this.exemptions.delete(id, user);
  }
}

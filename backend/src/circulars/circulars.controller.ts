import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { type AuthUser, CurrentUser, Roles } from '../identity/current-user.ts';
import { DOCX, sendDownload } from '../common/downloads.ts';
import { type ListQueryOf, ListQueryPipe } from '../common/list-query.ts';
import { IdParam, ZodPipe } from '../common/validation.ts';
import {
  CIRCULAR_LIST,
  correctCircularSchema,
  type CorrectCircularDto,
  createCircularSchema,
  type CreateCircularDto,
  publishCircularSchema,
  type PublishCircularDto,
  updateCircularSchema,
  type UpdateCircularDto, CIRCULAR_EXPORT
} from './circulars.dto.ts';
import { CircularsService } from './circulars.service.ts';
import { PDF } from '../documents/pdf-converter.ts';
import { ListExports } from '../common/list-export.ts';

@Controller('circulars')
export class CircularsController {
  constructor(private readonly circulars: CircularsService, private readonly exporter: ListExports) {}

  @Get()
  list(@Query(new ListQueryPipe(CIRCULAR_LIST)) query: ListQueryOf<typeof CIRCULAR_LIST>, @CurrentUser() user: AuthUser) {
    return this.circulars.list(query, user);
  }

  /** The filtered, sorted list as .xlsx: every row (not the page), Chinese headers, dates in Asia/Shanghai. */
  @Get('export.xlsx')
  async exportList(@Query(new ListQueryPipe(CIRCULAR_LIST)) query: ListQueryOf<typeof CIRCULAR_LIST>, @CurrentUser() user: AuthUser, @Res() res: Response) {
    await this.exporter.send(res, query, CIRCULAR_EXPORT, (q) => this.circulars.list(q, user));
  }

  @Get(':id')
  get(@IdParam() id: number, @CurrentUser() user: AuthUser) {
    return this.circulars.get(id, user);
  }

  @Get(':id/docx')
  async docx(@IdParam() id: number, @CurrentUser() user: AuthUser, @Res() res: Response) {
    const { fileName, content } = await this.circulars.docx(id, user);
    sendDownload(res, fileName, DOCX, content);
  }

  /** The PDF of the .docx, by LibreOffice (503 in Chinese when it is not installed). */
  @Get(':id/pdf')
  async pdf(@IdParam() id: number, @CurrentUser() user: AuthUser, @Res() res: Response) {
    const { fileName, content } = await this.circulars.pdf(id, user);
    sendDownload(res, fileName, PDF, content);
  }

  @Post()
  @Roles('ADMIN')
  draft(@Body(new ZodPipe(createCircularSchema)) dto: CreateCircularDto, @CurrentUser() user: AuthUser) {
    return this.circulars.draft(dto, user);
  }

  @Put(':id')
  @Roles('ADMIN')
  update(@IdParam() id: number, @Body(new ZodPipe(updateCircularSchema)) dto: UpdateCircularDto, @CurrentUser() user: AuthUser) {
    return this.circulars.update(id, dto, user);
  }

  @Post(':id/publish')
  @Roles('ADMIN')
  @HttpCode(200)
  publish(@IdParam() id: number, @Body(new ZodPipe(publishCircularSchema)) dto: PublishCircularDto, @CurrentUser() user: AuthUser) {
    return this.circulars.publish(id, dto, user);
  }

  @Post(':id/corrections')
  @Roles('ADMIN')
  correct(@IdParam() id: number, @Body(new ZodPipe(correctCircularSchema)) dto: CorrectCircularDto, @CurrentUser() user: AuthUser) {
    return this.circulars.correct(id, dto, user);
  }

  @Delete(':id')
  @Roles('ADMIN')
  remove(@IdParam() id: number, @CurrentUser() user: AuthUser) {
    return this.circulars.remove(id, user);
  }
}

import { Body, Controller, Delete, Get, Post, Put, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { type AuthUser, CurrentUser, Roles } from '../identity/current-user.ts';
import { type ListQueryOf, ListQueryPipe } from '../common/list-query.ts';
import { IdParam, ZodPipe } from '../common/validation.ts';
import { createStreamSchema, type CreateStreamDto, STREAM_LIST, updateStreamSchema, type UpdateStreamDto, STREAM_EXPORT } from './streams.dto.ts';
import { StreamsService } from './streams.service.ts';
import { ListExports } from '../common/list-export.ts';

@Controller('streams')
export class StreamsController {
  constructor(private readonly streams: StreamsService, private readonly exporter: ListExports) {}

  @Get()
  list(@Query(new ListQueryPipe(STREAM_LIST)) query: ListQueryOf<typeof STREAM_LIST>) {
    return this.streams.list(query);
  }

  /** The filtered, sorted list as .xlsx: every row (not the page), Chinese headers, dates in Asia/Shanghai. */
  @Get('export.xlsx')
  async exportList(@Query(new ListQueryPipe(STREAM_LIST)) query: ListQueryOf<typeof STREAM_LIST>, @Res() res: Response) {
    await this.exporter.send(res, query, STREAM_EXPORT, (q) => this.streams.list(q));
  }

  @Get(':id')
  get(@IdParam() id: number) {
    return this.streams.get(id);
  }

  @Post()
  @Roles('ADMIN')
  create(@Body(new ZodPipe(createStreamSchema)) dto: CreateStreamDto, @CurrentUser() user: AuthUser) {
    return this.streams.create(dto, user);
  }

  @Put(':id')
  @Roles('ADMIN')
  update(@IdParam() id: number, @Body(new ZodPipe(updateStreamSchema)) dto: UpdateStreamDto, @CurrentUser() user: AuthUser) {
    return this.streams.update(id, dto, user);
  }

  @Delete(':id')
  @Roles('ADMIN')
  delete(@IdParam() id: number, @CurrentUser() user: AuthUser) {
    return this.streams.delete(id, user);
  }
}

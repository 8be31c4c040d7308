import { Body, Controller, Delete, Get, Post, Put, Query } from '@nestjs/common';
import { type AuthUser, CurrentUser, Roles } from '../identity/current-user.ts';
import { type ListQueryOf, ListQueryPipe } from '../common/list-query.ts';
import { IdParam, ZodPipe } from '../common/validation.ts';
import { createStreamSchema, type CreateStreamDto, STREAM_LIST, updateStreamSchema, type UpdateStreamDto } from './streams.dto.ts';
import { StreamsService } from './streams.service.ts';

@Controller('streams')
export class StreamsController {
  constructor(private readonly streams: StreamsService) {}

  @Get()
  list(@Query(new ListQueryPipe(STREAM_LIST)) query: ListQueryOf<typeof STREAM_LIST>) {
    return this.streams.list(query);
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

import { Body, Controller, Delete, Get, Post, Put, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { type AuthUser, CurrentUser, Roles } from '../identity/current-user.ts';
import { type ListQueryOf, ListQueryPipe } from '../common/list-query.ts';
import { IdParam, ZodPipe } from '../common/validation.ts';
import { createUserSchema, type CreateUserDto, updateUserSchema, type UpdateUserDto, USER_LIST, USER_EXPORT } from './users.dto.ts';
import { UsersService } from './users.service.ts';
import { ListExports } from '../common/list-export.ts';

@Controller('users')
@Roles('ADMIN')
export class UsersController {
  constructor(private readonly users: UsersService, private readonly exporter: ListExports) {}

  @Get()
  list(@Query(new ListQueryPipe(USER_LIST)) query: ListQueryOf<typeof USER_LIST>) {
    return this.users.list(query);
  }

  /** The filtered, sorted list as .xlsx: every row (not the page), Chinese headers, dates in Asia/Shanghai. */
  @Get('export.xlsx')
  async exportList(@Query(new ListQueryPipe(USER_LIST)) query: ListQueryOf<typeof USER_LIST>, @Res() res: Response) {
    await this.exporter.send(res, query, USER_EXPORT, (q) => this.users.list(q));
  }

  @Get(':id')
  get(@IdParam() id: number) {
    return this.users.get(id);
  }

  @Post()
  create(@Body(new ZodPipe(createUserSchema)) dto: CreateUserDto, @CurrentUser() user: AuthUser) {
    return this.users.create(dto, user);
  }

  @Put(':id')
  update(@IdParam() id: number, @Body(new ZodPipe(updateUserSchema)) dto: UpdateUserDto, @CurrentUser() user: AuthUser) {
    return this.users.update(id, dto, user);
  }

  @Delete(':id')
  delete(@IdParam() id: number, @CurrentUser() user: AuthUser) {
    return this.users.delete(id, user);
  }
}

import { Body, Controller, Delete, Get, Post, Put, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { type AuthUser, CurrentUser, Roles } from '../identity/current-user.ts';
import { type ListQueryOf, ListQueryPipe } from '../common/list-query.ts';
import { IdParam, ZodPipe } from '../common/validation.ts';
import {
  CONTACT_LIST,
  createContactSchema,
  type CreateContactDto,
  updateContactSchema,
  type UpdateContactDto, CONTACT_EXPORT
} from './contacts.dto.ts';
import { ContactsService } from './contacts.service.ts';
import { ListExports } from '../common/list-export.ts';

@Controller('contacts')
export class ContactsController {
  constructor(private readonly contacts: ContactsService, private readonly exporter: ListExports) {}

  @Get()
  list(@Query(new ListQueryPipe(CONTACT_LIST)) query: ListQueryOf<typeof CONTACT_LIST>, @CurrentUser() user: AuthUser) {
    return this.contacts.list(query, user);
  }

  /** The filtered, sorted list as .xlsx: every row (not the page), Chinese headers, dates in Asia/Shanghai. */
  @Get('export.xlsx')
  async exportList(@Query(new ListQueryPipe(CONTACT_LIST)) query: ListQueryOf<typeof CONTACT_LIST>, @CurrentUser() user: AuthUser, @Res() res: Response) {
    await this.exporter.send(res, query, CONTACT_EXPORT, (q) => this.contacts.list(q, user));
  }

  @Get(':id')
  get(@IdParam() id: number, @CurrentUser() user: AuthUser) {
    return this.contacts.get(id, user);
  }

  @Post()
  @Roles('ADMIN', 'UNIT')
  create(@Body(new ZodPipe(createContactSchema)) dto: CreateContactDto, @CurrentUser() user: AuthUser) {
    return this.contacts.create(dto, user);
  }

  @Put(':id')
  @Roles('ADMIN', 'UNIT')
  update(
    @IdParam() id: number,
    @Body(new ZodPipe(updateContactSchema)) dto: UpdateContactDto,
    @CurrentUser() user: AuthUser,
  ) {
    return this.contacts.update(id, dto, user);
  }

  @Delete(':id')
  @Roles('ADMIN', 'UNIT')
  delete(@IdParam() id: number, @CurrentUser() user: AuthUser) {
    return this.contacts.delete(id, user);
  }
}

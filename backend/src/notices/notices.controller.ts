import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { type AuthUser, CurrentUser } from '../identity/current-user.ts';
import { type ListQueryOf, ListQueryPipe } from '../common/list-query.ts';
import { IdParam } from '../common/validation.ts';
import { NOTICE_LIST, NOTICE_EXPORT } from './notices.dto.ts';
import { NoticesService } from './notices.service.ts';
import { ListExports } from '../common/list-export.ts';

/** The in-app inbox: every signed-in user, scoped to what they may see. */
@Controller('notices')
export class NoticesController {
  constructor(private readonly notices: NoticesService, private readonly exporter: ListExports) {}

  @Get()
  list(@Query(new ListQueryPipe(NOTICE_LIST)) query: ListQueryOf<typeof NOTICE_LIST>, @CurrentUser() user: AuthUser) {
    return this.notices.list(query, user);
  }

  /** The filtered, sorted list as .xlsx: every row (not the page), Chinese headers, dates in Asia/Shanghai. */
  @Get('export.xlsx')
  async exportList(@Query(new ListQueryPipe(NOTICE_LIST)) query: ListQueryOf<typeof NOTICE_LIST>, @CurrentUser() user: AuthUser, @Res() res: Response) {
    await this.exporter.send(res, query, NOTICE_EXPORT, (q) => this.notices.list(q, user));
  }

  @Get('unread-count')
  unreadCount(@CurrentUser() user: AuthUser) {
    return this.notices.unreadCount(user);
  }

  @Get(':id')
  get(@IdParam() id: number, @CurrentUser() user: AuthUser) {
    return this.notices.get(id, user);
  }

  @Post(':id/read')
  @HttpCode(200)
  markRead(@IdParam() id: number, @CurrentUser() user: AuthUser) {
    return this.notices.markRead(id, user);
  }
}

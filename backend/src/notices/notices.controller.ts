import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { type AuthUser, CurrentUser } from '../identity/current-user.ts';
import { type ListQueryOf, ListQueryPipe } from '../common/list-query.ts';
import { IdParam } from '../common/validation.ts';
import { NOTICE_LIST } from './notices.dto.ts';
import { NoticesService } from './notices.service.ts';

/** The in-app inbox: every signed-in user, scoped to what they may see. */
@Controller('notices')
export class NoticesController {
  constructor(private readonly notices: NoticesService) {}

  @Get()
  list(@Query(new ListQueryPipe(NOTICE_LIST)) query: ListQueryOf<typeof NOTICE_LIST>, @CurrentUser() user: AuthUser) {
    return this.notices.list(query, user);
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

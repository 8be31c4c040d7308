import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { type AuthUser, CurrentUser } from '../auth/auth-user.ts';
import { parseListQuery } from '../common/list-query.ts';
import { IdParam } from '../common/validation.ts';
import { NOTICE_LIST } from './notices.dto.ts';
import { NoticesService } from './notices.service.ts';

/** The in-app inbox: every signed-in user, scoped to what they may see. */
@Controller('notices')
export class NoticesController {
  constructor(private readonly notices: NoticesService) {}

  @Get()
  list(@Query() query: Record<string, unknown>, @CurrentUser() user: AuthUser) {
    return this.notices.list(parseListQuery(query, NOTICE_LIST), user);
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

import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../identity/current-user.ts';
import { type ListQueryOf, ListQueryPipe } from '../common/list-query.ts';
import { IdParam } from '../common/validation.ts';
import { AUDIT_EVENT_LIST, AUDIT_EVENT_EXPORT } from './audit-events.dto.ts';
import { AuditEventsService } from './audit-events.service.ts';
import { ListExports } from '../common/list-export.ts';

@Controller('audit-events')
@Roles('ADMIN', 'LEADER')
export class AuditEventsController {
  constructor(private readonly service: AuditEventsService, private readonly exporter: ListExports) {}

  @Get()
  list(@Query(new ListQueryPipe(AUDIT_EVENT_LIST)) query: ListQueryOf<typeof AUDIT_EVENT_LIST>) {
    return this.service.list(query);
  }

  /** The filtered, sorted list as .xlsx: every row (not the page), Chinese headers, dates in Asia/Shanghai. */
  @Get('export.xlsx')
  async exportList(@Query(new ListQueryPipe(AUDIT_EVENT_LIST)) query: ListQueryOf<typeof AUDIT_EVENT_LIST>, @Res() res: Response) {
    await this.exporter.send(res, query, AUDIT_EVENT_EXPORT, (q) => this.service.list(q));
  }

  @Get(':id')
  get(@IdParam() id: number) {
    return this.service.get(id);
  }
}

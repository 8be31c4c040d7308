import { Controller, Get, Query } from '@nestjs/common';
import { Roles } from '../auth/auth-user.ts';
import { parseListQuery } from '../common/list-query.ts';
import { IdParam } from '../common/validation.ts';
import { AUDIT_EVENT_LIST } from './audit-events.dto.ts';
import { AuditEventsService } from './audit-events.service.ts';

@Controller('audit-events')
@Roles('ADMIN', 'LEADER')
export class AuditEventsController {
  constructor(private readonly service: AuditEventsService) {}

  @Get()
  list(@Query() query: Record<string, unknown>) {
    return this.service.list(parseListQuery(query, AUDIT_EVENT_LIST));
  }

  @Get(':id')
  get(@IdParam() id: number) {
    return this.service.get(id);
  }
}

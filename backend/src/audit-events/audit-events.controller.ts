import { Controller, Get, Query } from '@nestjs/common';
import { Roles } from '../identity/current-user.ts';
import { type ListQueryOf, ListQueryPipe } from '../common/list-query.ts';
import { IdParam } from '../common/validation.ts';
import { AUDIT_EVENT_LIST } from './audit-events.dto.ts';
import { AuditEventsService } from './audit-events.service.ts';

@Controller('audit-events')
@Roles('ADMIN', 'LEADER')
export class AuditEventsController {
  constructor(private readonly service: AuditEventsService) {}

  @Get()
  list(@Query(new ListQueryPipe(AUDIT_EVENT_LIST)) query: ListQueryOf<typeof AUDIT_EVENT_LIST>) {
    return this.service.list(query);
  }

  @Get(':id')
  get(@IdParam() id: number) {
    return this.service.get(id);
  }
}

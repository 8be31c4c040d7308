import { Global, Module } from '@nestjs/common';
import { AuditEventsController } from './audit-events.controller.ts';
import { AuditEventsRepository } from './audit-events.repository.ts';
import { AuditEventsService } from './audit-events.service.ts';
import { AuditTrail } from './audit-trail.service.ts';

@Global()
@Module({
  controllers: [AuditEventsController],
  providers: [AuditEventsRepository, AuditEventsService, AuditTrail],
  exports: [AuditTrail],
})
export class AuditEventsModule {}

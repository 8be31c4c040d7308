import { Module } from '@nestjs/common';
import { ObligationAccess } from './obligation-access.service.ts';
import { ObligationsController } from './obligations.controller.ts';
import { ObligationsRepository } from './obligations.repository.ts';
import { ObligationsScheduler } from './obligations.scheduler.ts';
import { ObligationsService } from './obligations.service.ts';

@Module({
  controllers: [ObligationsController],
  providers: [ObligationsRepository, ObligationsService, ObligationsScheduler, ObligationAccess],
  exports: [ObligationsRepository, ObligationsService, ObligationAccess],
})
export class ObligationsModule {}

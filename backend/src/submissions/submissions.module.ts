import { Module } from '@nestjs/common';
import { ObligationsModule } from '../obligations/obligations.module.ts';
import { RecordsModule } from '../records/records.module.ts';
import { SubmissionsController } from './submissions.controller.ts';
import { SubmissionsRepository } from './submissions.repository.ts';
import { SubmissionsService } from './submissions.service.ts';
import { SubmissionTransitions } from './submission-transitions.service.ts';

@Module({
  imports: [ObligationsModule, RecordsModule],
  controllers: [SubmissionsController],
  providers: [SubmissionsRepository, SubmissionsService, SubmissionTransitions],
  exports: [SubmissionsRepository],
})
export class SubmissionsModule {}

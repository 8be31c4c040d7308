import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module.ts';
import { NoticesModule } from '../notices/notices.module.ts';
import { AssessmentsModule } from '../assessments/assessments.module.ts';
import { ScoringRulesModule } from '../scoring-rules/scoring-rules.module.ts';
import { AppealsController } from './appeals.controller.ts';
import { AppealsRepository } from './appeals.repository.ts';
import { AppealsService } from './appeals.service.ts';

@Module({ imports: [AttachmentsModule, NoticesModule, ScoringRulesModule, AssessmentsModule], controllers: [AppealsController], providers: [AppealsRepository, AppealsService] })
export class AppealsModule {}

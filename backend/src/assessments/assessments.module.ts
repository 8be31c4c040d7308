import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module.ts';
import { NoticesModule } from '../notices/notices.module.ts';
import { ScoringRulesModule } from '../scoring-rules/scoring-rules.module.ts';
import { AssessmentsController } from './assessments.controller.ts';
import { AssessmentsRepository } from './assessments.repository.ts';
import { AssessmentsService } from './assessments.service.ts';
import { AssessmentEvaluator } from './assessment-evaluator.ts';
import { AssessmentStagesService } from './assessment-stages.service.ts';

@Module({
  imports: [NoticesModule, ScoringRulesModule, DocumentsModule],
  controllers: [AssessmentsController],
  providers: [AssessmentsRepository, AssessmentEvaluator, AssessmentsService, AssessmentStagesService],
  exports: [AssessmentStagesService, AssessmentsService],
})
export class AssessmentsModule {}

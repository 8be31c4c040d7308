import { Module } from '@nestjs/common';
import { ComplianceModule } from '../compliance/compliance.module.ts';
import { AssessmentsController } from './assessments.controller.ts';
import { AssessmentsRepository } from './assessments.repository.ts';
import { AssessmentsService } from './assessments.service.ts';

@Module({ imports: [ComplianceModule], controllers: [AssessmentsController], providers: [AssessmentsRepository, AssessmentsService] })
export class AssessmentsModule {}

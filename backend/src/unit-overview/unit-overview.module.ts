import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments/assessments.module.ts';
import { UnitOverviewController } from './unit-overview.controller.ts';
import { UnitOverviewRepository } from './unit-overview.repository.ts';
import { UnitOverviewService } from './unit-overview.service.ts';

@Module({ imports: [AssessmentsModule], controllers: [UnitOverviewController], providers: [UnitOverviewRepository, UnitOverviewService] })
export class UnitOverviewModule {}

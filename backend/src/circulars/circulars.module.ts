import { Module } from '@nestjs/common';
import { NoticesModule } from '../notices/notices.module.ts';
import { ComplianceModule } from '../compliance/compliance.module.ts';
import { DocumentsModule } from '../documents/documents.module.ts';
import { ScoringRulesModule } from '../scoring-rules/scoring-rules.module.ts';
import { CircularsController } from './circulars.controller.ts';
import { CircularsRepository } from './circulars.repository.ts';
import { CircularsService } from './circulars.service.ts';

@Module({
  imports: [NoticesModule, ComplianceModule, ScoringRulesModule, DocumentsModule],
  controllers: [CircularsController],
  providers: [CircularsRepository, CircularsService],
})
export class CircularsModule {}

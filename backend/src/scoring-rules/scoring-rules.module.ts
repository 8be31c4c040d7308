import { Module } from '@nestjs/common';
import { ScoringRulesController } from './scoring-rules.controller.ts';
import { ScoringRulesRepository } from './scoring-rules.repository.ts';
import { ScoringRulesService } from './scoring-rules.service.ts';

@Module({ controllers: [ScoringRulesController], providers: [ScoringRulesRepository, ScoringRulesService], exports: [ScoringRulesService] })
export class ScoringRulesModule {}

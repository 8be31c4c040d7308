import { Module } from '@nestjs/common';
import { RoundsModule } from '../rounds/rounds.module.ts';
import { ScoringRulesModule } from '../scoring-rules/scoring-rules.module.ts';
import { ComplianceController } from './compliance.controller.ts';
import { ComplianceRepository } from './compliance.repository.ts';
import { ComplianceService } from './compliance.service.ts';
import { RankingCache } from './ranking-cache.ts';

@Module({ imports: [ScoringRulesModule, RoundsModule], controllers: [ComplianceController], providers: [ComplianceRepository, ComplianceService, RankingCache], exports: [ComplianceService, ComplianceRepository] })
export class ComplianceModule {}

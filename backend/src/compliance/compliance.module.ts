import { Module } from '@nestjs/common';
import { ComplianceController } from './compliance.controller.ts';
import { ComplianceRepository } from './compliance.repository.ts';
import { ComplianceService } from './compliance.service.ts';
import { RankingCache } from './ranking-cache.ts';

@Module({ controllers: [ComplianceController], providers: [ComplianceRepository, ComplianceService, RankingCache], exports: [ComplianceService, ComplianceRepository] })
export class ComplianceModule {}

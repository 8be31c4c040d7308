import { Module } from '@nestjs/common';
import { ComplianceController } from './compliance.controller.ts';
import { ComplianceRepository } from './compliance.repository.ts';
import { ComplianceService } from './compliance.service.ts';

@Module({ controllers: [ComplianceController], providers: [ComplianceRepository, ComplianceService], exports: [ComplianceService, ComplianceRepository] })
export class ComplianceModule {}

import { Module } from '@nestjs/common';
import { RoundsModule } from '../rounds/rounds.module.ts';
import { DashboardController } from './dashboard.controller.ts';
import { DashboardRepository } from './dashboard.repository.ts';
import { DashboardService } from './dashboard.service.ts';

/** GET /api/dashboard/{figures,trend,overdue}: the aggregates of the office home. */
@Module({ imports: [RoundsModule], controllers: [DashboardController], providers: [DashboardRepository, DashboardService] })
export class DashboardModule {}

import { Controller, Get, Query } from '@nestjs/common';
import { Roles } from '../identity/current-user.ts';
import { ZodPipe } from '../common/validation.ts';
import {
  type FiguresQuery,
  figuresQuerySchema,
  type OverdueQuery,
  overdueQuerySchema,
  type RecordQualityQuery,
  recordQualityQuerySchema,
  type TrendQuery,
  trendQuerySchema,
} from './dashboard.dto.ts';
import { DashboardService } from './dashboard.service.ts';

/** The office home's widgets (the office and the leading group; a unit has its own desk). */
@Controller('dashboard')
@Roles('ADMIN', 'LEADER')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get('figures')
  figures(@Query(new ZodPipe(figuresQuerySchema)) q: FiguresQuery) {
    return this.dashboard.figures(q);
  }

  @Get('trend')
  trend(@Query(new ZodPipe(trendQuerySchema)) q: TrendQuery) {
    return this.dashboard.trend(q);
  }

  @Get('record-quality')
  recordQuality(@Query(new ZodPipe(recordQualityQuerySchema)) q: RecordQualityQuery) {
    return this.dashboard.recordQuality(q);
  }

  @Get('overdue')
  overdue(@Query(new ZodPipe(overdueQuerySchema)) q: OverdueQuery) {
    return this.dashboard.overdue(q);
  }
}

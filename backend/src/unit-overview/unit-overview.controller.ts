import { Controller, Get, Query } from '@nestjs/common';
import { z } from 'zod';
import { type AuthUser, CurrentUser } from '../identity/current-user.ts';
import { IdParam, yearQuery, ZodPipe } from '../common/validation.ts';
import { UnitOverviewService } from './unit-overview.service.ts';

const overviewQuerySchema = z.object({ year: yearQuery().optional() });

@Controller('units')
export class UnitOverviewController {
  constructor(private readonly overview: UnitOverviewService) {}

  /** The unit's year: status counts, score, 逾期未报 items and contacts (default: this year). */
  @Get(':id/overview')
  get(@IdParam() id: number, @Query(new ZodPipe(overviewQuerySchema)) query: z.infer<typeof overviewQuerySchema>, @CurrentUser() user: AuthUser) {
    return this.overview.overview(id, query.year, user);
  }
}

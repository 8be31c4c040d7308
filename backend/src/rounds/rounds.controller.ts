import { Controller, Get, Query } from '@nestjs/common';
import { ZodPipe } from '../common/validation.ts';
import { type RoundsQuery, roundsQuerySchema } from './rounds.dto.ts';
import { RoundsService } from './rounds.service.ts';

/** GET /api/compliance/rounds: the latest complete round and the open one (every role: the defaults of its views). */
@Controller('compliance')
export class RoundsController {
  constructor(private readonly rounds: RoundsService) {}

  @Get('rounds')
  get(@Query(new ZodPipe(roundsQuerySchema)) q: RoundsQuery) {
    return this.rounds.answer(q.asOf ? new Date(q.asOf) : null, q.stream ?? null);
  }
}

import type { Rounds as RoundsAnswer } from '@credit/contract/api';
import { Injectable } from '@nestjs/common';
import { invalid } from '../common/errors.ts';
import { shanghaiDate } from '../domain/dates.ts';
import { addMonths } from '../domain/months.ts';
import { latestCompleteRound, type Rounds } from '../domain/rounds.ts';
import { Clock } from '../clock/clock.ts';
import { RoundsRepository } from './rounds.repository.ts';

/** How far back a round is looked for: a month older than this is never "the latest complete". */
const LOOK_BACK_MONTHS = 36;

/** The latest complete round (domain/rounds.ts) from the obligations: every view's default period. */
@Injectable()
export class RoundsService {
  constructor(
    private readonly clock: Clock,
    private readonly repo: RoundsRepository,
  ) {}

  /** The rounds at `asOf` (default now), of one stream or of all. */
  async at(asOf: Date | null = null, streamCode: string | null = null): Promise<Rounds> {
    const now = asOf ?? this.clock.now();
    if (streamCode && !(await this.repo.streamExists(streamCode))) throw invalid('stream', '报送事项不存在');
    const since = addMonths(shanghaiDate(now).slice(0, 7), -LOOK_BACK_MONTHS);
    return latestCompleteRound(await this.repo.monthDues(since, streamCode), now);
  }

  /** GET /api/compliance/rounds */
  async answer(asOf: Date | null, streamCode: string | null): Promise<RoundsAnswer> {
    const r = await this.at(asOf, streamCode);
    return { ...r, openDueAt: r.openDueAt?.toISOString() ?? null };
  }
}

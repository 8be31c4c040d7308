import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { ObligationsService } from './obligations.service.ts';
import { Clock } from '../clock/clock.ts';

/** Daily, just after midnight in Shanghai: the new period's obligations appear on its first day. */
@Injectable()
export class ObligationsScheduler {
  private readonly logger = new Logger('ObligationsScheduler');

  constructor(
    private readonly clock: Clock,
    private readonly obligations: ObligationsService,
  ) {}

  @Cron('0 5 0 * * *', { timeZone: 'Asia/Shanghai', name: 'obligations' })
  async daily(): Promise<void> {
    await this.obligations.generate(this.clock.now(), { full: false }).catch((error: unknown) => this.logger.error(String(error)));
  }
}

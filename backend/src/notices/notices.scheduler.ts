// The schedule of the chase: the notices job at NOTICE_CRON (Asia/Shanghai, default daily 09:00), and the
// outboxes' passes (mail; SMS and robots) every minute. Registered only when the scheduler is enabled (tests drive both by hand);
// every instance registers them, the advisory lock and SKIP LOCKED keep that safe.
import { Inject, Injectable, Logger, type OnApplicationBootstrap, Optional } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob, CronTime } from 'cron';
import { shanghaiDate, startOfDayShanghai } from '../domain/dates.ts';
import { APP_CONFIG, type AppConfig } from '../config/app-config.ts';
import { ChannelOutbox } from '../channels/channel-outbox.service.ts';
import { MailOutbox } from '../mail/mail-outbox.service.ts';
import { ObligationsService } from '../obligations/obligations.service.ts';
import { NoticeJob } from './notice-job.service.ts';
import { Clock } from '../clock/clock.ts';

const MAIL_RETRY_INTERVAL_MS = 60_000;

/** Whether the cron's first time today (Asia/Shanghai) has already passed at `now`. */
export function missedToday(cronExpression: string, now: Date): boolean {
  const midnight = startOfDayShanghai(shanghaiDate(now));
  const first = new CronTime(cronExpression, 'Asia/Shanghai').getNextDateFrom(new Date(midnight.getTime() - 1), 'Asia/Shanghai');
  return first.toJSDate() <= now;
}

@Injectable()
export class NoticesScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger('NoticesScheduler');
  private readonly running = new Set<string>();

  constructor(
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly job: NoticeJob,
    private readonly outbox: MailOutbox,
    private readonly channels: ChannelOutbox,
    private readonly obligations: ObligationsService,
    @Optional() private readonly registry?: SchedulerRegistry,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.schedulerEnabled || !this.registry) return;
    const cron = CronJob.from({
      cronTime: this.config.noticeCron,
      timeZone: 'Asia/Shanghai',
      onTick: () => this.daily(),
      waitForCompletion: true,
      start: false,
    });
    this.registry.addCronJob('notices', cron);
    cron.start();
    this.registry.addInterval('mail-outbox', setInterval(() => void this.retryMail(), MAIL_RETRY_INTERVAL_MS));
    this.registry.addInterval('channel-outbox', setInterval(() => void this.deliverChannels(), MAIL_RETRY_INTERVAL_MS));
    this.logger.log(`Notices job scheduled (${this.config.noticeCron}, Asia/Shanghai); next run ${cron.nextDate().toISO()}`);
    // Started after today's run time (a restart, downtime at 09:00): catch up now rather than tomorrow.
    // Safe whenever: the job sends each notice exactly once.
    if (missedToday(this.config.noticeCron, this.clock.now())) void this.daily();
  }

  /** Today's obligations first (the generator is idempotent), then the chase for today. */
  async daily(): Promise<void> {
    try {
      await this.obligations.generate(this.clock.now(), { full: false });
      await this.job.run(this.clock.now(), { user: null });
      await this.deliverChannels();
    } catch (error) {
      this.logger.error(`Notices job failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }

  private retryMail(): Promise<void> {
    return this.outbox.configured ? this.pass('Mail', () => this.outbox.deliverDue()) : Promise.resolve();
  }

  /** The SMS and robot posts due (quiet hours, rate limits and pauses are the outbox's). */
  private deliverChannels(): Promise<void> {
    return this.pass('Channel', () => this.channels.deliverDue());
  }

  /** One delivery pass of an outbox at a time on this instance; a failure is logged, the next minute tries again. */
  private async pass(name: 'Mail' | 'Channel', work: () => Promise<unknown>): Promise<void> {
    if (this.running.has(name)) return;
    this.running.add(name);
    try {
      await work();
    } catch (error) {
      this.logger.error(`${name} delivery pass failed: ${String(error)}`);
    } finally {
      this.running.delete(name);
    }
  }
}

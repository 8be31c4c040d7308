import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { type AuthUser, CurrentUser, Roles } from '../identity/current-user.ts';
import { ZodPipe } from '../common/validation.ts';
import { NoticeJob } from './notice-job.service.ts';
import type { NoticeSettingsValues } from '../settings/settings-keys.ts';
import { NoticeSettings, updateNoticeSettingsSchema } from './notice-settings.ts';
import { type ChaseUnitsDto, chaseUnitsSchema, type RunDto, runInstant, runSchema } from './notices.dto.ts';
import { NoticeChase } from './notice-chase.service.ts';
import { Clock } from '../clock/clock.ts';

/** A request waits this long for mail at most; what is left goes out with the outbox's next pass. */
const HTTP_DELIVERY_BUDGET_MS = 20_000;

/** The chase job (/api/notices/jobs): the office runs or previews it for any day, and sets its thresholds. */
@Controller('notices/jobs')
@Roles('ADMIN')
export class NoticeJobController {
  constructor(
    private readonly clock: Clock,
    private readonly job: NoticeJob,
    private readonly settings: NoticeSettings,
    private readonly chaser: NoticeChase,
  ) {}

  @Post('run')
  @HttpCode(200)
  run(@Body(new ZodPipe(runSchema)) dto: RunDto, @CurrentUser() user: AuthUser) {
    const now = this.clock.now();
    return this.job.run(runInstant(dto.asOf, now), { dryRun: dto.dryRun, user, now, deliveryBudgetMs: HTTP_DELIVERY_BUDGET_MS });
  }

  /** 催报所选单位: an ad-hoc notice to each selected unit, through the inbox and the mail outbox (all or nothing). */
  @Post('chase')
  @HttpCode(200)
  chase(@Body(new ZodPipe(chaseUnitsSchema)) dto: ChaseUnitsDto, @CurrentUser() user: AuthUser) {
    return this.chaser.chase(dto, user);
  }

  @Get('settings')
  async getSettings() {
    return { id: this.settings.key, ...(await this.settings.get()) };
  }

  @Put('settings')
  updateSettings(@Body(new ZodPipe(updateNoticeSettingsSchema)) dto: Partial<NoticeSettingsValues>, @CurrentUser() user: AuthUser) {
    return this.settings.update(dto, user);
  }
}

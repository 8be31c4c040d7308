import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { type AuthUser, CurrentUser, Roles } from '../auth/auth-user.ts';
import { ZodPipe } from '../common/validation.ts';
import { NoticeJob } from './notice-job.service.ts';
import { NoticeSettings, type NoticeSettingsValues, updateNoticeSettingsSchema } from './notice-settings.ts';
import { type RunDto, runInstant, runSchema } from './notices.dto.ts';

/** The office runs or previews the job for any day, and sets its thresholds. */
@Controller()
@Roles('ADMIN')
export class NoticeJobController {
  constructor(
    private readonly job: NoticeJob,
    private readonly settings: NoticeSettings,
  ) {}

  @Post('jobs/notices/run')
  @HttpCode(200)
  run(@Body(new ZodPipe(runSchema)) dto: RunDto, @CurrentUser() user: AuthUser) {
    const now = new Date();
    return this.job.run(runInstant(dto.asOf, now), { dryRun: dto.dryRun, user, now });
  }

  @Get('settings/notices')
  async getSettings() {
    return { id: this.settings.key, ...(await this.settings.get()) };
  }

  @Put('settings/notices')
  updateSettings(@Body(new ZodPipe(updateNoticeSettingsSchema)) dto: Partial<NoticeSettingsValues>, @CurrentUser() user: AuthUser) {
    return this.settings.update(dto, user);
  }
}

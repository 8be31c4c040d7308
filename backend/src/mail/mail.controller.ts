import { Body, Controller, Get, Put } from '@nestjs/common';
import { type AuthUser, CurrentUser, Roles } from '../identity/current-user.ts';
import { ZodPipe } from '../common/validation.ts';
import { MailOutbox } from './mail-outbox.service.ts';
import type { MailSettingsValues } from '../settings/settings-keys.ts';
import { MailSettings, updateMailSettingsSchema } from './mail-settings.ts';

/** The outbox's state and the mail settings (/api/mail), for the office. */
@Controller('mail')
@Roles('ADMIN')
export class MailController {
  constructor(
    private readonly outbox: MailOutbox,
    private readonly settings: MailSettings,
  ) {}

  /** Counts per status; says so when no SMTP_URL is configured (notices then stay in-app). */
  @Get('status')
  status() {
    return this.outbox.status();
  }

  @Get('settings')
  async getSettings() {
    return { id: this.settings.key, ...(await this.settings.get()), configured: this.outbox.configured };
  }

  @Put('settings')
  async updateSettings(@Body(new ZodPipe(updateMailSettingsSchema)) dto: Partial<MailSettingsValues>, @CurrentUser() user: AuthUser) {
    return { ...(await this.settings.update(dto, user)), configured: this.outbox.configured };
  }
}

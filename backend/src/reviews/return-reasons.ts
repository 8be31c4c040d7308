// 常用退回意见: the stock reasons the office picks from when it returns a filing (settings key 'reviews').
// Everyone who reads the review queue reads them; only the office changes them, audited like every setting.
import { Body, Controller, Get, Injectable, Put } from '@nestjs/common';
import { AuditTrail } from '../audit-events/audit-trail.service.ts';
import { type AuthUser, CurrentUser, Roles } from '../identity/current-user.ts';
import { ZodPipe } from '../common/validation.ts';
import { reviewSettingsSchema, type ReviewSettingsValues } from '../settings/settings-keys.ts';
import { SettingsGroup } from '../settings/settings-group.ts';
import { SettingsRepository } from '../settings/settings.repository.ts';

@Injectable()
export class ReviewSettings extends SettingsGroup<'reviews'> {
  constructor(settings: SettingsRepository, audit: AuditTrail) {
    super('reviews', settings, audit);
  }
}

@Controller('settings/return-reasons')
export class ReturnReasonsController {
  constructor(private readonly settings: ReviewSettings) {}

  @Get()
  async get() {
    return { id: this.settings.key, ...(await this.settings.get()) };
  }

  @Put()
  @Roles('ADMIN')
  update(@Body(new ZodPipe(reviewSettingsSchema)) dto: ReviewSettingsValues, @CurrentUser() user: AuthUser) {
    return this.settings.update(dto, user);
  }
}

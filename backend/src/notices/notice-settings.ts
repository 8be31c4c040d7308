// The chase thresholds the office can change (settings key 'notices'), in working days.
import { Injectable } from '@nestjs/common';
import { AuditTrail } from '../audit-events/audit-trail.service.ts';
import { noticeSettingsSchema } from '../settings/settings-keys.ts';
import { SettingsGroup } from '../settings/settings-group.ts';
import { SettingsRepository } from '../settings/settings.repository.ts';

export const updateNoticeSettingsSchema = noticeSettingsSchema.partial();

@Injectable()
export class NoticeSettings extends SettingsGroup<'notices'> {
  constructor(settings: SettingsRepository, audit: AuditTrail) {
    super('notices', settings, audit);
  }
}

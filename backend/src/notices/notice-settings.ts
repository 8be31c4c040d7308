// The chase thresholds the office can change (settings key 'notices'), in working days.
import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { AuditTrail } from '../audit-events/audit-trail.service.ts';
import { DEFAULT_CHASE_THRESHOLDS } from '../domain/chase.ts';
import { SettingsGroup } from '../settings/settings-group.ts';
import { SettingsRepository } from '../settings/settings.repository.ts';

export const noticeSettingsSchema = z.object({
  reminderWorkdays: z.number().int().min(0, '不能小于 0（0 表示截止当天提醒）').max(10),
  escalateWorkdays: z.number().int().min(1, '至少 1 个工作日').max(20),
});
export type NoticeSettingsValues = z.infer<typeof noticeSettingsSchema>;

export const updateNoticeSettingsSchema = noticeSettingsSchema.partial();

@Injectable()
export class NoticeSettings extends SettingsGroup<typeof noticeSettingsSchema> {
  constructor(settings: SettingsRepository, audit: AuditTrail) {
    super('notices', noticeSettingsSchema, { ...DEFAULT_CHASE_THRESHOLDS }, settings, audit);
  }
}

// The outbox's settings the office can change (settings key 'mail'): the sender address and how many
// attempts a mail gets before it is given up.
import { Injectable } from '@nestjs/common';
import { AuditTrail } from '../audit-events/audit-trail.service.ts';
import { mailSettingsSchema } from '../settings/settings-keys.ts';
import { SettingsGroup } from '../settings/settings-group.ts';
import { SettingsRepository } from '../settings/settings.repository.ts';

export const updateMailSettingsSchema = mailSettingsSchema.partial();

@Injectable()
export class MailSettings extends SettingsGroup<'mail'> {
  constructor(settings: SettingsRepository, audit: AuditTrail) {
    super('mail', settings, audit);
  }
}

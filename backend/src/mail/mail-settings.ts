// The outbox's settings the office can change (settings key 'mail'): the sender address and how many
// attempts a mail gets before it is given up.
import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { AuditTrail } from '../audit-events/audit-trail.service.ts';
import { SettingsGroup } from '../settings/settings-group.ts';
import { SettingsRepository } from '../settings/settings.repository.ts';

export const mailSettingsSchema = z.object({
  /** Sender address; null: the office e-mail (settings key 'office'). */
  sender: z
    .string()
    .trim()
    .max(100)
    .nullable()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || z.email().safeParse(v).success, { message: '发件地址格式不正确' }),
  maxAttempts: z.number().int().min(1).max(20),
});
export type MailSettingsValues = z.infer<typeof mailSettingsSchema>;

export const updateMailSettingsSchema = mailSettingsSchema.partial();

@Injectable()
export class MailSettings extends SettingsGroup<typeof mailSettingsSchema> {
  constructor(settings: SettingsRepository, audit: AuditTrail) {
    super('mail', mailSettingsSchema, { sender: null, maxAttempts: 8 }, settings, audit);
  }
}

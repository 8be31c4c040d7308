// The notices API: GET /api/notices, POST /api/notices/jobs/run, GET /api/mail/status.
import { z } from 'zod';
import { CHASE_NOTICE_KINDS, DELIVERY_STATUSES, MAIL_STATUSES, NOTICE_KINDS } from '../codes.ts';
import { channelMessageSchema, CONTACT_CHANNELS } from './channels.ts';

export { DELIVERY_STATUSES, MAIL_STATUSES, NOTICE_KINDS, type DeliveryStatus, type MailStatus, type NoticeKind } from '../codes.ts';

const instant = z.string().describe('ISO 8601');
const count = z.number().int();

export const deliverySchema = z.strictObject({
  status: z.enum(DELIVERY_STATUSES),
  total: count,
  pending: count,
  sent: count,
  failed: count,
  cancelled: count,
  skipped: count,
});
export type Delivery = z.infer<typeof deliverySchema>;

export const recipientSchema = z.strictObject({
  name: z.string().nullable(),
  /** null: a contact reached by SMS only (no e-mail address). */
  email: z.string().nullable(),
  role: z.enum(['CONTACT', 'LEADER', 'OFFICE']),
  /** The contact (absent for the office and on notices stored before issue 17). */
  contactId: z.number().int().optional(),
  mobile: z.string().nullable().optional(),
  /** The channels beside in-app chosen for this notice's kind (absent on older notices: e-mail). */
  channels: z.array(z.enum(CONTACT_CHANNELS)).optional(),
});
export type Recipient = z.infer<typeof recipientSchema>;

export const mailAttemptSchema = z.strictObject({
  attempt: count,
  at: instant,
  ok: z.boolean(),
  response: z.string().nullable(),
  error: z.string().nullable(),
});
export type MailAttempt = z.infer<typeof mailAttemptSchema>;

/** One mail of a notice (the office's view of a notice only). */
export const noticeMailSchema = z.strictObject({
  id: z.number().int(),
  recipient: z.string(),
  recipientName: z.string().nullable(),
  status: z.enum(MAIL_STATUSES),
  attempts: count,
  nextAttemptAt: instant.nullable(),
  lastError: z.string().nullable(),
  sentAt: instant.nullable(),
  messageId: z.string().nullable(),
  attemptLog: z.array(mailAttemptSchema),
});
export type NoticeMail = z.infer<typeof noticeMailSchema>;

/** One notice of GET /api/notices (and /api/notices/:id, which adds its mails for the office). */
export const noticeSchema = z.strictObject({
  id: z.number().int(),
  kind: z.enum(NOTICE_KINDS),
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  stage: z.string(),
  forDate: z.string().describe("'YYYY-MM-DD'"),
  title: z.string(),
  body: z.string(),
  obligationIds: z.array(z.number().int()),
  recipients: z.array(recipientSchema),
  createdAt: instant,
  read: z.boolean(),
  readAt: instant.nullable(),
  addresseeReadAt: instant.nullable(),
  delivery: deliverySchema,
  mails: z.array(noticeMailSchema).optional(),
  /** The notice's SMS and robot posts (the office's view of a notice only). */
  channelMessages: z.array(channelMessageSchema).optional(),
});
export type Notice = z.infer<typeof noticeSchema>;

/** GET /api/notices/unread-count: the signed-in user's unread notices. */
export const unreadCountSchema = z.strictObject({ count: count });
export type UnreadCount = z.infer<typeof unreadCountSchema>;

/** GET /api/mail/status (ADMIN). */
export const outboxStatusSchema = z.strictObject({
  configured: z.boolean(),
  /** Chinese explanation when no SMTP_URL is configured. */
  message: z.string().optional(),
  counts: z.record(z.enum(MAIL_STATUSES), count),
  nextAttemptAt: instant.nullable(),
});
export type OutboxStatus = z.infer<typeof outboxStatusSchema>;

export const thresholdsSchema = z.strictObject({ reminderWorkdays: count, escalateWorkdays: count });
export type Thresholds = z.infer<typeof thresholdsSchema>;

/** GET/PUT /api/notices/jobs/settings: the chase thresholds (settings key 'notices'). */
export const noticeJobSettingsSchema = thresholdsSchema.extend({ id: z.literal('notices') });
export type NoticeJobSettings = z.infer<typeof noticeJobSettingsSchema>;

/** GET/PUT /api/mail/settings: the outbox's settings (key 'mail'); `configured`: an SMTP_URL is set. */
export const mailSettingsSchema = z.strictObject({
  id: z.literal('mail'),
  /** null: the office e-mail. */
  sender: z.string().nullable(),
  maxAttempts: count,
  configured: z.boolean(),
});
export type MailSettings = z.infer<typeof mailSettingsSchema>;

/** One notice of POST /api/notices/jobs/run (id null in a preview). */
export const runNoticeSchema = z.strictObject({
  id: z.number().int().nullable(),
  kind: z.enum(NOTICE_KINDS),
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  stage: z.string(),
  title: z.string(),
  obligationIds: z.array(z.number().int()),
  recipients: z.array(z.string()),
});
export type RunNotice = z.infer<typeof runNoticeSchema>;

/** What a real run's delivery pass did (absent in a preview). */
export const runMailSchema = z.strictObject({
  configured: z.boolean(),
  sent: count,
  retrying: count,
  failed: count,
  cancelled: count,
  halted: z.boolean(),
  deferred: z.boolean(),
});

/** POST /api/notices/jobs/run */
export const runResultSchema = z.strictObject({
  asOf: instant,
  forDate: z.string(),
  dryRun: z.boolean(),
  thresholds: thresholdsSchema,
  calendarKnown: z.boolean(),
  warning: z.string().optional(),
  counts: z.record(z.enum(CHASE_NOTICE_KINDS), count),
  notices: z.array(runNoticeSchema),
  mail: runMailSchema.optional(),
});
export type RunResult = z.infer<typeof runResultSchema>;

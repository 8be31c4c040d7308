// The channels beside mail (issue 17, DESIGN.md §2.9): SMS to a contact's mobile through 阿里云 or 腾讯云, posts to a
// 企业微信 or 钉钉 group robot (a unit's group or the office's group). Secrets are write-only: requests may carry them,
// answers never do (they say `hasSecret` and show a masked hint of the webhook).
import { z } from 'zod';
import { CHANNELS, CONTACT_CHANNELS, MAIL_STATUSES, ROBOT_KINDS, SMS_PROVIDERS, SMS_TEMPLATE_KINDS } from '../codes.ts';

export {
  CHANNELS,
  CONTACT_CHANNELS,
  PREFERENCE_KINDS,
  ROBOT_KINDS,
  SMS_PROVIDERS,
  SMS_TEMPLATE_KINDS,
  type Channel,
  type ContactChannel,
  type PreferenceKind,
  type RobotKind,
  type SmsProvider,
  type SmsTemplateKind,
} from '../codes.ts';

const instant = z.string().describe('ISO 8601');
const count = z.number().int();

const channelList = z.array(z.enum(CONTACT_CHANNELS));
/** Per kind, the channels beside in-app; a contact's own choice or the office's defaults. */
export const preferencesSchema = z.strictObject({
  reminders: channelList,
  overdue: channelList,
  decisions: channelList,
});
export type Preferences = z.infer<typeof preferencesSchema>;

/** 'HH:mm', Asia/Shanghai. */
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为“时:分”，如 08:00');
/** No SMS or robot post between start and end (default 20:00–08:00); what falls inside waits for the end. */
export const quietHoursSchema = z.strictObject({ enabled: z.boolean(), start: clockTime, end: clockTime });
export type QuietHours = z.infer<typeof quietHoursSchema>;

/**
 * An approved template: its code at the provider (阿里云 TemplateCode / 腾讯云 TemplateId) and its approved text with
 * named parameters ${unit} ${period} ${dueDate} ${link} (腾讯云 takes them positionally, in order of appearance).
 */
export const smsTemplateSchema = z.strictObject({ code: z.string(), text: z.string() });
export type SmsTemplate = z.infer<typeof smsTemplateSchema>;

/** The office's SMS account as answered (the secret never is). */
export const smsSettingsSchema = z.strictObject({
  provider: z.enum(SMS_PROVIDERS),
  /** Base URL of the provider's API (default https://dysmsapi.aliyuncs.com/ or https://sms.tencentcloudapi.com/). */
  endpoint: z.string(),
  /** 阿里云 AccessKeyId / 腾讯云 SecretId. */
  accessKeyId: z.string(),
  hasSecret: z.boolean(),
  /** 腾讯云 SmsSdkAppId (null for 阿里云). */
  appId: z.string().nullable(),
  /** 阿里云 RegionId / 腾讯云 X-TC-Region. */
  region: z.string(),
  signName: z.string(),
  templates: z.partialRecord(z.enum(SMS_TEMPLATE_KINDS), smsTemplateSchema),
});
export type SmsSettings = z.infer<typeof smsSettingsSchema>;

/** A group robot as answered. */
export const robotSchema = z.strictObject({
  id: z.number().int(),
  /** null: the office's group. */
  unitId: z.number().int().nullable(),
  kind: z.enum(ROBOT_KINDS),
  /** The group's name as the office calls it (区信用办工作群). */
  name: z.string().nullable(),
  /** The webhook with its token masked (https://oapi.dingtalk.com/robot/send?access_token=…3f9a). */
  webhookHint: z.string(),
  hasSecret: z.boolean(),
  /** 钉钉 keyword mode: every post contains this word. */
  keyword: z.string().nullable(),
  /** 钉钉 answered 130101 (too many posts): nothing goes to this robot before then. */
  pausedUntil: instant.nullable(),
});
export type Robot = z.infer<typeof robotSchema>;

/** One robot of a PUT: with `id` it updates that robot and an omitted webhookUrl/secret keeps the stored one. */
export const robotInputSchema = z.strictObject({
  id: z.number().int().positive().optional(),
  kind: z.enum(ROBOT_KINDS),
  name: z.string().max(50).nullable().optional(),
  webhookUrl: z.string().max(500).optional(),
  /** null clears the secret (钉钉 加签). */
  secret: z.string().max(200).nullable().optional(),
  keyword: z.string().max(20).nullable().optional(),
});
export type RobotInput = z.infer<typeof robotInputSchema>;

/** Counts per status of one channel's outbox. */
export const channelCountsSchema = z.record(z.enum(MAIL_STATUSES), count);

/** GET /api/settings/channels (ADMIN). */
export const channelSettingsSchema = z.strictObject({
  id: z.literal('channels'),
  /** null: no SMS account configured (SMS then stays off whatever the contacts chose). */
  sms: smsSettingsSchema.nullable(),
  officeRobots: z.array(robotSchema),
  defaults: preferencesSchema,
  quietHours: quietHoursSchema,
  status: z.record(z.enum(CHANNELS), channelCountsSchema),
});
export type ChannelSettings = z.infer<typeof channelSettingsSchema>;

/** PUT /api/settings/channels: any part may be left out; `sms: null` removes the account. */
export const channelSettingsInputSchema = z.strictObject({
  sms: z
    .strictObject({
      provider: z.enum(SMS_PROVIDERS),
      endpoint: z.string().max(300).optional(),
      accessKeyId: z.string().max(100),
      /** Omitted: keep the stored one. */
      accessKeySecret: z.string().max(200).optional(),
      appId: z.string().max(50).nullable().optional(),
      region: z.string().max(50).optional(),
      signName: z.string().max(20),
      templates: z.partialRecord(z.enum(SMS_TEMPLATE_KINDS), smsTemplateSchema),
    })
    .nullable()
    .optional(),
  officeRobots: z.array(robotInputSchema).max(10).optional(),
  defaults: preferencesSchema.optional(),
  quietHours: quietHoursSchema.optional(),
});
export type ChannelSettingsInput = z.infer<typeof channelSettingsInputSchema>;

/** GET /api/settings/channels/defaults (any signed-in user): what a contact's choice falls back to. */
export const channelDefaultsSchema = z.strictObject({
  defaults: preferencesSchema,
  quietHours: quietHoursSchema,
  /** Whether the office has an SMS account (a contact may still choose SMS; it goes out once there is one). */
  smsAvailable: z.boolean(),
});
export type ChannelDefaults = z.infer<typeof channelDefaultsSchema>;

/** POST /api/settings/channels/test: one test message, sent now (quiet hours do not apply to a test). */
export const channelTestInputSchema = z.discriminatedUnion('channel', [
  z.strictObject({ channel: z.literal('SMS'), mobile: z.string() }),
  z.strictObject({ channel: z.literal('ROBOT'), robotId: z.number().int().positive() }),
]);
export type ChannelTestInput = z.infer<typeof channelTestInputSchema>;

export const channelAttemptSchema = z.strictObject({
  attempt: count,
  at: instant,
  ok: z.boolean(),
  response: z.string().nullable(),
  error: z.string().nullable(),
});
export type ChannelAttempt = z.infer<typeof channelAttemptSchema>;

/** One message of a channel's outbox: on a notice's page (the office's view) and as the answer of a test. */
export const channelMessageSchema = z.strictObject({
  id: z.number().int(),
  /** null: a test message. */
  noticeId: z.number().int().nullable(),
  channel: z.enum(CHANNELS),
  /** SMS: the mobile; robots: the robot's name or masked webhook. */
  target: z.string(),
  recipientName: z.string().nullable(),
  robotId: z.number().int().nullable(),
  status: z.enum(MAIL_STATUSES),
  attempts: count,
  nextAttemptAt: instant.nullable(),
  lastError: z.string().nullable(),
  /** SMS: segments billed (70 characters one, 67 each beyond). */
  segments: count.nullable(),
  sentAt: instant.nullable(),
  createdAt: instant,
  attemptLog: z.array(channelAttemptSchema),
});
export type ChannelMessage = z.infer<typeof channelMessageSchema>;

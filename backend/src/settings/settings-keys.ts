// Every key of the settings table and the shape of its value, in one place. A setting is one JSON row; its
// schema here is the only description of it: readers get the parsed, typed value (defaults filled in), and a
// stored value that does not fit is reported by key and field instead of being cast.
import { ConflictException } from '@nestjs/common';
import { z } from 'zod';
import { DEFAULT_CHASE_THRESHOLDS } from '../domain/chase.ts';
import { localDate, monthKey } from '../common/validation.ts';
import { preferencesSchema, quietHoursSchema, SMS_PROVIDERS, SMS_TEMPLATE_KINDS, smsTemplateSchema } from '@credit/contract/api';

const text = z.string().trim().min(1);
/** Absent or empty: not set. */
const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || undefined);

/** The words that follow the district's name in the issuing body (召陵区 + 社会信用体系建设工作领导小组办公室). */
const GROUP_OFFICE_SUFFIX = /社会信用体系建设.*$/;

/**
 * The office's details (seeded from prisma/seed/plan.json `office`). `districtName` and `planTitle` came later:
 * a database seeded before them derives them from the issuing body, so documents keep naming the district.
 */
export const officeSettingsSchema = z
  .object({
    /** Short name (区发改委): the office as a recipient of notices. */
    name: text.default('信用办'),
    /** The leading group office's full name: the sender of mails. */
    fullName: optionalText,
    /** 发文机关 of circulars and the body named on the tables. */
    issuingBody: optionalText,
    /** 发文字号 prefix (召信用办). */
    circularPrefix: optionalText,
    email: optionalText,
    phone: optionalText,
    address: optionalText,
    /** 行政区划代码 (6 digits); '' or absent: records are not checked for the area. */
    areaCode: z.string().trim().regex(/^(\d{6})?$/, '应为 6 位数字').optional(),
    /** The district as documents name it (召陵区). */
    districtName: optionalText,
    /** The plan the circulars cite (召陵区社会信用体系建设实施方案) and its number (召政〔2018〕3号). */
    planTitle: optionalText,
    planNumber: optionalText,
    /** 抄送 of the circulars' 版记 (区委办公室，区政府办公室); absent: none. */
    copyTo: optionalText,
  })
  .transform((o) => {
    const districtName = o.districtName ?? (o.issuingBody ?? o.fullName ?? '').replace(GROUP_OFFICE_SUFFIX, '');
    return {
      ...o,
      districtName,
      planTitle: o.planTitle ?? (districtName ? `${districtName}社会信用体系建设实施方案` : '社会信用体系建设实施方案'),
      /** How mails sign: the full name, else the short one. */
      signature: o.fullName ?? o.name,
    };
  });
export type OfficeSettings = z.output<typeof officeSettingsSchema>;

/** The chase thresholds (settings key 'notices'), in working days. */
export const noticeSettingsSchema = z.object({
  reminderWorkdays: z.number().int().min(0, '不能小于 0（0 表示截止当天提醒）').max(10),
  escalateWorkdays: z.number().int().min(1, '至少 1 个工作日').max(20),
});
export type NoticeSettingsValues = z.infer<typeof noticeSettingsSchema>;

/** The outbox's settings (settings key 'mail'): the sender and how many attempts a mail gets. */
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

/** The review's settings (settings key 'reviews'): the stock return reasons (常用退回意见) offered in the 退回 dialog. */
export const reviewSettingsSchema = z.object({
  returnReasons: z
    .array(z.string().trim().min(1, '退回意见不能为空').max(200, '每条退回意见不超过 200 个字'))
    .max(30, '常用退回意见最多 30 条')
    .refine((list) => new Set(list).size === list.length, { message: '常用退回意见不能重复' }),
});
export type ReviewSettingsValues = z.infer<typeof reviewSettingsSchema>;

export const DEFAULT_RETURN_REASONS = [
  '统计数与附件中的数据不一致，请核对后重新报送',
  '缺少加盖公章的报送材料，请补充后重新报送',
  '附件无法打开或未使用规定模板，请按模板重新上传',
  '报送的期间有误，请确认所报月份后重新报送',
  '情况说明理由不充分，请写明具体原因后重新报送',
];

/**
 * The channels beside mail (settings key 'channels', issue 17): the office's SMS account (its secret sealed with
 * the channel key, never stored plain), the contacts' default channels per kind, and the quiet hours.
 */
export const channelSettingsStoredSchema = z.object({
  sms: z
    .object({
      provider: z.enum(SMS_PROVIDERS),
      endpoint: z.string(),
      accessKeyId: z.string(),
      /** SecretBox-sealed; null: not given yet. */
      secretSealed: z.string().nullable(),
      appId: z.string().nullable(),
      region: z.string(),
      signName: z.string(),
      templates: z.partialRecord(z.enum(SMS_TEMPLATE_KINDS), smsTemplateSchema),
    })
    .nullable()
    .default(null),
  defaults: preferencesSchema.default({ reminders: ['EMAIL'], overdue: ['EMAIL', 'SMS'], decisions: ['EMAIL'] }),
  quietHours: quietHoursSchema.default({ enabled: true, start: '20:00', end: '08:00' }),
});
export type ChannelSettingsStored = z.output<typeof channelSettingsStoredSchema>;

/** The groups the office edits through the API: schema and defaults, read field by field (SettingsGroup). */
export const SETTINGS_GROUPS = {
  notices: { schema: noticeSettingsSchema, defaults: { ...DEFAULT_CHASE_THRESHOLDS } },
  mail: { schema: mailSettingsSchema, defaults: { sender: null, maxAttempts: 8 } },
  reviews: { schema: reviewSettingsSchema, defaults: { returnReasons: DEFAULT_RETURN_REASONS } },
} as const;
export type SettingsGroupKey = keyof typeof SETTINGS_GROUPS;

/** Marker of a generated data set (demo history, benchmark): what was made and when. */
const datasetMarker = z.looseObject({ units: z.number().int(), obligations: z.number().int(), submissions: z.number().int() });

/** Every key and its value's schema. */
export const SETTINGS = {
  office: officeSettingsSchema,
  /** The first tracked month (TRACKING_START at the first start). */
  'tracking.start': monthKey,
  notices: noticeSettingsSchema,
  mail: mailSettingsSchema,
  reviews: reviewSettingsSchema,
  channels: channelSettingsStoredSchema,
  /** The token secret shared by all instances when JWT_SECRET is not set. */
  'auth.jwtSecret': z.string().min(32),
  /** The day obligations were last generated through (the daily top-up skips when it is today). */
  'obligations.generatedThrough': localDate,
  /** The demo's history, written once on its first start. */
  'demo.history': datasetMarker,
  /** The benchmark's data set, reused when the same size is asked again. */
  'bench.dataset': datasetMarker.extend({ years: z.number().int() }),
} as const;
export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.output<(typeof SETTINGS)[K]>;
export type StoredSetting<K extends SettingKey> = z.input<(typeof SETTINGS)[K]>;

/** A stored value that does not fit its schema (409, named by key and field): never cast, never a 500. */
export class BadSetting extends ConflictException {
  constructor(
    readonly key: string,
    error: z.ZodError,
  ) {
    const fields = error.issues.map((i) => `${i.path.join('.') || '值'}：${i.message}`).join('；');
    super({ statusCode: 409, message: `系统设置“${key}”的值不正确（${fields}），请修正后重试` });
  }
}

export function parseSetting<K extends SettingKey>(key: K, stored: unknown): SettingValue<K> {
  const parsed = (SETTINGS[key] as z.ZodType).safeParse(stored);
  if (!parsed.success) throw new BadSetting(key, parsed.error);
  return parsed.data as SettingValue<K>;
}

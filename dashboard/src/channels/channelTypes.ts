/** The channels API's codes and shapes (the contract package) and the SMS text arithmetic the settings page shows. */
import type {
  Channel,
  ContactChannel,
  PreferenceKind,
  RobotKind,
  SmsProvider,
  SmsTemplateKind,
} from '@credit/contract/api';

export type {
  Channel,
  ChannelDefaults,
  ChannelMessage,
  ChannelSettings,
  ChannelSettingsInput,
  ChannelTestInput,
  ContactChannel,
  PreferenceKind,
  Preferences,
  QuietHours,
  Robot,
  RobotInput,
  RobotKind,
  SmsProvider,
  SmsSettings,
  SmsTemplate,
  SmsTemplateKind,
} from '@credit/contract/api';

// The contract's code lists hold zod beside them; the dashboard keeps the same lists as plain values (the
// `satisfies` ties each to the contract's type, so a code added there fails the typecheck here until labelled).
export const SMS_PROVIDERS = ['ALIYUN', 'TENCENT'] as const satisfies readonly SmsProvider[];
export const ROBOT_KINDS = ['WECOM', 'DINGTALK'] as const satisfies readonly RobotKind[];
export const CHANNELS = ['SMS', 'WECOM', 'DINGTALK'] as const satisfies readonly Channel[];
export const CONTACT_CHANNELS = ['EMAIL', 'SMS'] as const satisfies readonly ContactChannel[];
export const PREFERENCE_KINDS = ['reminders', 'overdue', 'decisions'] as const satisfies readonly PreferenceKind[];
export const SMS_TEMPLATE_KINDS = ['reminders', 'overdue', 'decisions', 'test'] as const satisfies readonly SmsTemplateKind[];

/** The provider's API when the office leaves the address empty. */
export const DEFAULT_ENDPOINTS: Record<SmsProvider, string> = {
  ALIYUN: 'https://dysmsapi.aliyuncs.com/',
  TENCENT: 'https://sms.tencentcloudapi.com/',
};

/** The parameters a template may name, in the order the picker offers them. */
export const TEMPLATE_PARAMS = ['unit', 'period', 'dueDate', 'link'] as const;
export type TemplateParam = (typeof TEMPLATE_PARAMS)[number];

/** Typical values, to count a text as a contact receives it. */
export const sampleParams = (link: string): Record<TemplateParam, string> => ({
  unit: '区市场监督管理局',
  period: '2026年9月',
  dueDate: '2026年10月12日',
  link,
});

/** A template's text with its parameters filled, and the signature in front (【区信用办】…), as the phone shows it. */
export const smsText = (signName: string, text: string, params: Record<string, string>): string =>
  `【${signName}】${text.replace(/\$\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole)}`;

/** Characters as the carriers count them (a character outside the BMP is one). */
export const smsLength = (text: string): number => Array.from(text).length;

/** Segments billed: 70 characters fit one; a longer text goes in parts of 67. */
export const smsSegments = (length: number): number => (length === 0 ? 0 : length <= 70 ? 1 : Math.ceil(length / 67));

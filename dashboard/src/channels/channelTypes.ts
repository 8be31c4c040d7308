/** The channels API's codes and shapes (the contract package) and the SMS text arithmetic the settings page shows. */
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

// The code lists, the providers' default addresses and the SMS arithmetic come from the contract's zod-free
// part (the same functions the backend bills by).
export {
  CHANNELS,
  CONTACT_CHANNELS,
  PREFERENCE_KINDS,
  ROBOT_KINDS,
  SMS_DEFAULT_ENDPOINTS as DEFAULT_ENDPOINTS,
  SMS_PLACEHOLDERS as TEMPLATE_PARAMS,
  SMS_PROVIDERS,
  SMS_TEMPLATE_KINDS,
  smsChars,
  smsSegments,
  type SmsPlaceholder as TemplateParam,
} from '@credit/contract/labels';
import type { SmsPlaceholder } from '@credit/contract/labels';

/** Typical values, to count a text as a contact receives it. */
export const sampleParams = (link: string): Record<SmsPlaceholder, string> => ({
  unit: '区市场监督管理局',
  period: '2026年9月',
  dueDate: '2026年10月12日',
  link,
});

/** A template's text with its parameters filled, and the signature in front (【区信用办】…), as the phone shows it. */
export const smsText = (signName: string, text: string, params: Record<string, string>): string =>
  `【${signName}】${text.replace(/\$\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole)}`;

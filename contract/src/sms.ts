// SMS text arithmetic shared by the backend (what a message is billed as) and the settings page (the live count
// under a template): plain functions, no zod, so the dashboard loads them without the API schemas.
import type { SmsProvider } from './codes.ts';

/** The parameters a template may name (${unit} …), in the order the settings page offers them. */
export const SMS_PLACEHOLDERS = ['unit', 'period', 'dueDate', 'link'] as const;
export type SmsPlaceholder = (typeof SMS_PLACEHOLDERS)[number];

/** The provider's API when the office leaves the address empty. */
export const SMS_DEFAULT_ENDPOINTS: Readonly<Record<SmsProvider, string>> = {
  ALIYUN: 'https://dysmsapi.aliyuncs.com/',
  TENCENT: 'https://sms.tencentcloudapi.com/',
};

/** One segment holds 70 characters; a longer text is sent as parts of 67 (the rest carries the joining header). */
export const SMS_SINGLE_SEGMENT_CHARS = 70;
export const SMS_PART_CHARS = 67;

/** Characters as the operators count them (code points: an emoji is one). */
export const smsChars = (text: string): number => [...text].length;

/** The segments a text is billed as (0 for an empty text). */
export function smsSegments(text: string): number {
  const n = smsChars(text);
  if (n === 0) return 0;
  return n <= SMS_SINGLE_SEGMENT_CHARS ? 1 : Math.ceil(n / SMS_PART_CHARS);
}

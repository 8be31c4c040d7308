// SMS texts from the office's approved templates (contract SmsTemplate): the parameters a provider sends, and the
// text as the phone shows it (【签名】 + text) with the segments it is billed as. Pure.
import type { SmsTemplate } from '@credit/contract/api';
import { SMS_PLACEHOLDERS, type SmsPlaceholder, smsChars, smsSegments } from '@credit/contract/labels';
import type { SmsMessage } from './channel-request.ts';

export { SMS_PLACEHOLDERS, type SmsPlaceholder, smsSegments };

/** The values of a text; `period` may be a list of periods (shortened to '2026-10 等3项' when too long). */
export type SmsValues = Partial<Record<Exclude<SmsPlaceholder, 'period'>, string>> & { period?: string | readonly string[] };

/**
 * 阿里云 takes at most 35 characters in one variable of a notice template (a 腾讯云 template's variable is
 * assumed to take as many); a longer value is cut with '…'. The link is never cut (a cut link leads nowhere):
 * the office keeps its base URL short.
 */
export const SMS_PARAM_MAX_CHARS = 35;

const PLACEHOLDER = /\$\{([^}]*)\}/g;

export interface RenderedSms {
  /** SmsMessage.params: each placeholder once, in order of first appearance. */
  params: SmsMessage['params'];
  /** What the phone shows: 【signName】 + the filled text. */
  text: string;
  segments: number;
}

/** A value cut to `max` characters, '…' last. */
export function clip(value: string, max: number): string {
  const cps = [...value.trim()];
  return cps.length <= max ? cps.join('') : `${cps.slice(0, max - 1).join('')}…`;
}

/** '2026-09、2026-10' when it fits in `max` characters, else '2026-09 等3项'. */
export function periodList(periods: readonly string[], max: number): string {
  const joined = periods.join('、');
  if (periods.length <= 1 || smsChars(joined) <= max) return clip(joined, max);
  return clip(`${periods[0]} 等${periods.length}项`, max);
}

/** Fills an approved template. Throws when the template names a value that is not given (a bug of the caller). */
export function renderSms(
  template: SmsTemplate,
  values: SmsValues,
  signName: string,
  maxParamChars = SMS_PARAM_MAX_CHARS,
): RenderedSms {
  const problem = validateSmsTemplateText(template.text);
  if (problem) throw new Error(problem);
  const params: SmsMessage['params'] = [];
  for (const [, name] of template.text.matchAll(PLACEHOLDER)) {
    if (params.some((p) => p.name === name)) continue;
    params.push({ name: name!, value: paramValue(name as SmsPlaceholder, values, maxParamChars) });
  }
  const filled = template.text.replace(PLACEHOLDER, (_, name: string) => params.find((p) => p.name === name)!.value);
  const text = `【${signName}】${filled}`;
  return { params, text, segments: smsSegments(text) };
}

function paramValue(name: SmsPlaceholder, values: SmsValues, max: number): string {
  const value = values[name];
  if (value === undefined) throw new Error(`短信参数 \${${name}} 没有值`);
  if (name === 'period') return typeof value === 'string' ? clip(value, max) : periodList(value as readonly string[], max);
  if (name === 'link') return (value as string).trim();
  return clip(value as string, max);
}

/** null when the text may be used as a template, else what is wrong with it (Chinese, for the settings form). */
export function validateSmsTemplateText(text: string): string | null {
  if (!text.trim()) return '模板内容不能为空';
  if (/[【】]/.test(text)) return '模板内容不应包含【】，签名由系统添加';
  for (const [whole, name] of text.matchAll(PLACEHOLDER)) {
    if (!(SMS_PLACEHOLDERS as readonly string[]).includes(name!)) {
      return `未知的参数 ${whole}，可用的参数：${SMS_PLACEHOLDERS.map((p) => `\${${p}}`).join(' ')}`;
    }
  }
  if (/\$\{/.test(text.replace(PLACEHOLDER, ''))) return '参数格式应为 ${参数名}，缺少右括号';
  return null;
}

// TEMPORARY stand-in for the provider modules (wave2-providers), replaced at the rebase.
import type { ChannelRequest, RobotFormat, SmsProviderFormat } from './channel-request.ts';

export function renderSms(text: string, values: Record<string, string>) {
  const params: { name: string; value: string }[] = [];
  const rendered = text.replace(/\$\{(\w+)\}/g, (_, name: string) => {
    params.push({ name, value: values[name] ?? '' });
    return values[name] ?? '';
  });
  const length = [...rendered].length;
  return { text: rendered, params, segments: length <= 70 ? 1 : Math.ceil(length / 67) };
}

const notReady = { build: () => { throw new Error('provider modules not merged yet'); }, read: () => ({ ok: false as const, failure: 'TRANSIENT' as const, error: 'n/a' }) };
export const smsFormats: Record<'ALIYUN' | 'TENCENT', SmsProviderFormat> = { ALIYUN: notReady, TENCENT: notReady };
export const robotFormats: Record<'WECOM' | 'DINGTALK', RobotFormat> = { WECOM: notReady, DINGTALK: notReady };
export async function sendChannelRequest(_req: ChannelRequest, _timeoutMs: number): Promise<{ status: number; body: string }> {
  throw new Error('provider modules not merged yet');
}

// 阿里云 短信服务 Dysmsapi SendSms (Version 2017-05-25), RPC style: a form-urlencoded POST signed with the V2 RPC
// signature (HMAC-SHA1 over the sorted, percent-encoded parameters). The documented SendSms example
// (testId / testSecret) is pinned in the spec.
import { createHmac } from 'node:crypto';
import { SMS_DEFAULT_ENDPOINTS } from '@credit/contract/labels';
import type { ChannelOutcome, ChannelRequest, SmsAccount, SmsMessage, SmsProviderFormat } from '../channel-request.ts';

export const ALIYUN_ENDPOINT = SMS_DEFAULT_ENDPOINTS.ALIYUN;
export const ALIYUN_REGION = 'cn-hangzhou';

/** RFC 3986 as 阿里云 wants it: only A–Z a–z 0–9 - _ . ~ stay; space is %20 (not +), * is %2A, ~ stays. */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The parameters sorted by name and joined as name=value, both percent-encoded (Signature left out). */
export function canonicalQuery(params: Record<string, string>): string {
  return Object.keys(params)
    .filter((k) => k !== 'Signature')
    .sort()
    .map((k) => `${percentEncode(k)}=${percentEncode(params[k]!)}`)
    .join('&');
}

/** base64(HMAC-SHA1(secret + '&', method + '&%2F&' + percentEncode(canonicalQuery))). */
export function aliyunSignature(method: 'GET' | 'POST', params: Record<string, string>, secret: string): string {
  const stringToSign = `${method}&${percentEncode('/')}&${percentEncode(canonicalQuery(params))}`;
  return createHmac('sha1', `${secret}&`).update(stringToSign, 'utf8').digest('base64');
}

/** yyyy-MM-ddTHH:mm:ssZ in UTC. */
const timestamp = (at: Date): string => at.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Too many, too fast: wait a minute. */
const THROTTLED = [/^isv\.BUSINESS_LIMIT_CONTROL$/, /^isv\.DAY_LIMIT_CONTROL$/, /^Throttling/];
/**
 * Retrying cannot help: a bad number, template, signature or key, a refused account. Other isv.* codes are
 * rejections of this message too. Unknown codes and isp.SYSTEM_ERROR are retried (TRANSIENT), and so are
 * isv.AMOUNT_NOT_ENOUGH / isv.OUT_OF_SERVICE (the office tops the account up; the message then goes out) and
 * SignatureNonceUsed (the next attempt has a new nonce).
 */
const PERMANENT = [/^isv\./, /^InvalidAccessKeyId/, /^SignatureDoesNotMatch$/, /^isp\.RAM_PERMISSION_DENY$/, /^Forbidden/];
const RETRIED = new Set(['isv.AMOUNT_NOT_ENOUGH', 'isv.OUT_OF_SERVICE']);

export function classifyAliyunCode(code: string): 'TRANSIENT' | 'PERMANENT' | 'THROTTLED' {
  if (THROTTLED.some((p) => p.test(code))) return 'THROTTLED';
  if (!RETRIED.has(code) && PERMANENT.some((p) => p.test(code))) return 'PERMANENT';
  return 'TRANSIENT';
}

export const aliyunSms: SmsProviderFormat = {
  build(message: SmsMessage, account: SmsAccount, at: Date, nonce: string): ChannelRequest {
    const params: Record<string, string> = {
      AccessKeyId: account.accessKeyId,
      Action: 'SendSms',
      Format: 'JSON',
      PhoneNumbers: message.mobile,
      RegionId: account.region || ALIYUN_REGION,
      SignName: account.signName,
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: nonce,
      SignatureVersion: '1.0',
      TemplateCode: message.templateCode,
      TemplateParam: JSON.stringify(Object.fromEntries(message.params.map((p) => [p.name, p.value]))),
      Timestamp: timestamp(at),
      Version: '2017-05-25',
    };
    const signature = aliyunSignature('POST', params, account.accessKeySecret);
    return {
      url: account.endpoint || ALIYUN_ENDPOINT,
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8', Accept: 'application/json' },
      body: `${canonicalQuery(params)}&Signature=${percentEncode(signature)}`,
    };
  },

  read(status: number, body: string): ChannelOutcome {
    if (status >= 500) return { ok: false, failure: 'TRANSIENT', error: `HTTP ${status}` };
    let answer: { Code?: unknown; Message?: unknown; BizId?: unknown; RequestId?: unknown } | null;
    try {
      answer = JSON.parse(body) as typeof answer;
    } catch {
      answer = null;
    }
    if (!answer || typeof answer.Code !== 'string') {
      return { ok: false, failure: status >= 400 ? 'PERMANENT' : 'TRANSIENT', error: `HTTP ${status}：应答无法识别` };
    }
    if (answer.Code === 'OK') return { ok: true, response: `OK BizId=${String(answer.BizId ?? '')}` };
    const text = typeof answer.Message === 'string' ? answer.Message : '';
    return { ok: false, failure: classifyAliyunCode(answer.Code), error: `${answer.Code}: ${text}` };
  },
};

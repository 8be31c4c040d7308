// 腾讯云 短信 SendSms (API 2021-01-11): a JSON POST signed with TC3-HMAC-SHA256 over content-type and host. The
// documented signing example (the CVM DescribeInstances one) is pinned in the spec.
import { createHash, createHmac } from 'node:crypto';
import { SMS_DEFAULT_ENDPOINTS } from '@credit/contract/labels';
import type { ChannelOutcome, ChannelRequest, SmsAccount, SmsMessage, SmsProviderFormat } from '../channel-request.ts';

export const TENCENT_ENDPOINT = SMS_DEFAULT_ENDPOINTS.TENCENT;
export const TENCENT_REGION = 'ap-guangzhou';
const CONTENT_TYPE = 'application/json; charset=utf-8';

export interface Tc3Input {
  secretId: string;
  secretKey: string;
  /** The product: 'sms' (the scope's service, whatever host the endpoint has). */
  service: string;
  /** The Host header as sent (host[:port]). */
  host: string;
  contentType: string;
  payload: string;
  /** Unix seconds (X-TC-Timestamp). */
  timestamp: number;
}

const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');
const hmac = (key: Buffer | string, s: string): Buffer => createHmac('sha256', key).update(s, 'utf8').digest();

/** The Authorization header: TC3-HMAC-SHA256 Credential=…/date/service/tc3_request, SignedHeaders=…, Signature=…. */
export function tc3Authorization(input: Tc3Input): string {
  const date = new Date(input.timestamp * 1000).toISOString().slice(0, 10);
  const canonicalRequest = [
    'POST',
    '/',
    '',
    `content-type:${input.contentType.toLowerCase()}\nhost:${input.host.toLowerCase()}\n`,
    'content-type;host',
    sha256(input.payload),
  ].join('\n');
  const scope = `${date}/${input.service}/tc3_request`;
  const stringToSign = ['TC3-HMAC-SHA256', String(input.timestamp), scope, sha256(canonicalRequest)].join('\n');
  const signing = hmac(hmac(hmac(`TC3${input.secretKey}`, date), input.service), 'tc3_request');
  const signature = createHmac('sha256', signing).update(stringToSign, 'utf8').digest('hex');
  return `TC3-HMAC-SHA256 Credential=${input.secretId}/${scope}, SignedHeaders=content-type;host, Signature=${signature}`;
}

/**
 * THROTTLED: LimitExceeded.* and RequestLimitExceeded. PERMANENT: a bad number or parameter, keys or signature
 * refused (AuthFailure.*, but SignatureExpire is a clock skew and retried), a template or 签名 not approved, a
 * blacklisted number, an operation not allowed. Others (InternalError.*, the balance running out, unknown) → TRANSIENT.
 */
export function classifyTencentCode(code: string): 'TRANSIENT' | 'PERMANENT' | 'THROTTLED' {
  if (/^LimitExceeded|^RequestLimitExceeded/.test(code)) return 'THROTTLED';
  if (code === 'AuthFailure.SignatureExpire' || /InsufficientBalance/.test(code)) return 'TRANSIENT';
  if (/^(AuthFailure|InvalidParameter|InvalidParameterValue|MissingParameter|UnauthorizedOperation|UnsupportedOperation)(\.|$)/.test(code)) {
    return 'PERMANENT';
  }
  if (/^FailedOperation\.(TemplateIncorrectOrUnapproved|SignatureIncorrectOrUnapproved|PhoneNumberInBlacklist|MissingTemplateToModify|ContainSensitiveWord)/.test(code)) {
    return 'PERMANENT';
  }
  return 'TRANSIENT';
}

export const tencentSms: SmsProviderFormat = {
  build(message: SmsMessage, account: SmsAccount, at: Date): ChannelRequest {
    if (!account.appId) throw new Error('腾讯云短信未设置短信应用编号');
    const url = account.endpoint || TENCENT_ENDPOINT;
    const payload = JSON.stringify({
      PhoneNumberSet: [`+86${message.mobile}`],
      SmsSdkAppId: account.appId,
      SignName: account.signName,
      TemplateId: message.templateCode,
      TemplateParamSet: message.params.map((p) => p.value),
    });
    const host = new URL(url).host;
    const timestamp = Math.floor(at.getTime() / 1000);
    const authorization = tc3Authorization({
      secretId: account.accessKeyId,
      secretKey: account.accessKeySecret,
      service: 'sms',
      host,
      contentType: CONTENT_TYPE,
      payload,
      timestamp,
    });
    return {
      url,
      method: 'POST',
      headers: {
        Authorization: authorization,
        'Content-Type': CONTENT_TYPE,
        Host: host,
        'X-TC-Action': 'SendSms',
        'X-TC-Version': '2021-01-11',
        'X-TC-Timestamp': String(timestamp),
        'X-TC-Region': account.region || TENCENT_REGION,
      },
      body: payload,
    };
  },

  read(status: number, body: string): ChannelOutcome {
    if (status >= 500) return { ok: false, failure: 'TRANSIENT', error: `HTTP ${status}` };
    type Status = { Code?: unknown; Message?: unknown; SerialNo?: unknown };
    let answer: { Response?: { Error?: Status; SendStatusSet?: Status[]; RequestId?: unknown } } | null;
    try {
      answer = JSON.parse(body) as typeof answer;
    } catch {
      answer = null;
    }
    const response = answer?.Response;
    const failed = response?.Error ?? response?.SendStatusSet?.[0];
    if (!response || !failed || typeof failed.Code !== 'string') {
      return { ok: false, failure: status >= 400 ? 'PERMANENT' : 'TRANSIENT', error: `HTTP ${status}：应答无法识别` };
    }
    if (!response.Error && failed.Code === 'Ok') return { ok: true, response: `Ok SerialNo=${String(failed.SerialNo ?? '')}` };
    const text = typeof failed.Message === 'string' ? failed.Message : '';
    return { ok: false, failure: classifyTencentCode(failed.Code), error: `${failed.Code}: ${text}` };
  },
};

import { describe, expect, it } from '@jest/globals';
import type { SmsAccount, SmsMessage } from '../channel-request.ts';
import { tc3Authorization, tencentSms } from './tencent-sms.ts';

const ACCOUNT: SmsAccount = {
  endpoint: 'https://sms.tencentcloudapi.com/',
  accessKeyId: 'AKIDtest',
  accessKeySecret: 'tencent-secret',
  appId: '1400006666',
  region: 'ap-guangzhou',
  signName: '区信用办',
};
const MESSAGE: SmsMessage = {
  mobile: '13800138000',
  templateCode: '449739',
  params: [
    { name: 'unit', value: '区市场监管局' },
    { name: 'period', value: '2026-10' },
    { name: 'dueDate', value: '11月7日' },
    { name: 'link', value: 'https://xy.example.cn/n/42' },
  ],
};
const AT = new Date('2026-11-05T09:30:00+08:00');

describe('TC3-HMAC-SHA256', () => {
  it('reproduces the documented example (CVM DescribeInstances, 1551113065)', () => {
    const authorization = tc3Authorization({
      secretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE',
      secretKey: 'Gu5t9xGARNpq86cd98joQYCN3EXAMPLE',
      service: 'cvm',
      host: 'cvm.tencentcloudapi.com',
      contentType: 'application/json; charset=utf-8',
      payload: '{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}',
      timestamp: 1551113065,
    });
    expect(authorization).toBe(
      'TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, ' +
        'SignedHeaders=content-type;host, Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168',
    );
  });
});

describe('tencentSms.build', () => {
  it('pins the request byte for byte (signature from an independent computation)', () => {
    expect(tencentSms.build(MESSAGE, ACCOUNT, AT, 'unused')).toEqual({
      url: 'https://sms.tencentcloudapi.com/',
      method: 'POST',
      headers: {
        Authorization:
          'TC3-HMAC-SHA256 Credential=AKIDtest/2026-11-05/sms/tc3_request, SignedHeaders=content-type;host, ' +
          'Signature=96e36ef6f1e943c5f208908964b9a7b145d92a77e4f512b94012e108e76146fa',
        'Content-Type': 'application/json; charset=utf-8',
        Host: 'sms.tencentcloudapi.com',
        'X-TC-Action': 'SendSms',
        'X-TC-Version': '2021-01-11',
        'X-TC-Timestamp': '1793842200',
        'X-TC-Region': 'ap-guangzhou',
      },
      body:
        '{"PhoneNumberSet":["+8613800138000"],"SmsSdkAppId":"1400006666","SignName":"区信用办","TemplateId":"449739",' +
        '"TemplateParamSet":["区市场监管局","2026-10","11月7日","https://xy.example.cn/n/42"]}',
    });
  });

  it('signs the UTC date: 00:30 in Shanghai is the day before', () => {
    const req = tencentSms.build(MESSAGE, ACCOUNT, new Date('2026-11-05T00:30:00+08:00'), '');
    expect(req.headers.Authorization).toContain('/2026-11-04/sms/tc3_request');
  });

  it('signs the host of a configured endpoint, port included', () => {
    const req = tencentSms.build(MESSAGE, { ...ACCOUNT, endpoint: 'http://127.0.0.1:4567/' }, AT, '');
    expect(req.headers.Host).toBe('127.0.0.1:4567');
    expect(req.url).toBe('http://127.0.0.1:4567/');
  });

  it('refuses an account without SmsSdkAppId', () => {
    expect(() => tencentSms.build(MESSAGE, { ...ACCOUNT, appId: null }, AT, '')).toThrow('SmsSdkAppId');
  });
});

describe('tencentSms.read', () => {
  const error = (Code: string, Message = 'x') => JSON.stringify({ Response: { Error: { Code, Message }, RequestId: 'R' } });
  const sent = (Code: string, Message = 'send success') =>
    JSON.stringify({ Response: { SendStatusSet: [{ SerialNo: 'S1', PhoneNumber: '+8613800138000', Code, Message }], RequestId: 'R' } });
  it.each([
    [200, sent('Ok'), { ok: true, response: 'Ok SerialNo=S1' }],
    [200, sent('LimitExceeded.PhoneNumberThirtySecondLimit', '30秒内限发'), { ok: false, failure: 'THROTTLED', error: 'LimitExceeded.PhoneNumberThirtySecondLimit: 30秒内限发' }],
    [200, sent('InvalidParameterValue.IncorrectPhoneNumber', '手机号格式错误'), { ok: false, failure: 'PERMANENT', error: 'InvalidParameterValue.IncorrectPhoneNumber: 手机号格式错误' }],
    [200, error('RequestLimitExceeded'), { ok: false, failure: 'THROTTLED', error: 'RequestLimitExceeded: x' }],
    [200, error('AuthFailure.SignatureFailure'), { ok: false, failure: 'PERMANENT', error: 'AuthFailure.SignatureFailure: x' }],
    [200, error('AuthFailure.SecretIdNotFound'), { ok: false, failure: 'PERMANENT', error: 'AuthFailure.SecretIdNotFound: x' }],
    [200, error('AuthFailure.SignatureExpire'), { ok: false, failure: 'TRANSIENT', error: 'AuthFailure.SignatureExpire: x' }],
    [200, error('FailedOperation.TemplateIncorrectOrUnapproved'), { ok: false, failure: 'PERMANENT', error: 'FailedOperation.TemplateIncorrectOrUnapproved: x' }],
    [200, error('FailedOperation.InsufficientBalanceInSmsPackage'), { ok: false, failure: 'TRANSIENT', error: 'FailedOperation.InsufficientBalanceInSmsPackage: x' }],
    [200, error('InternalError.Timeout'), { ok: false, failure: 'TRANSIENT', error: 'InternalError.Timeout: x' }],
    [502, 'bad gateway', { ok: false, failure: 'TRANSIENT', error: 'HTTP 502' }],
    [200, '{"Response":{}}', { ok: false, failure: 'TRANSIENT', error: 'HTTP 200：应答无法识别' }],
  ])('HTTP %i %s', (status, body, outcome) => {
    expect(tencentSms.read(status, body)).toEqual(outcome);
  });
});

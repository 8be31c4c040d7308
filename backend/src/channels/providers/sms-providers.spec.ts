import { describe, expect, it } from '@jest/globals';
import type { SmsAccount, SmsMessage } from '../channel-request.ts';
import { aliyunSignature, aliyunSms, percentEncode } from './aliyun-sms.ts';
import { tc3Authorization, tencentSms } from './tencent-sms.ts';

const ALIYUN: SmsAccount = {
  endpoint: 'https://dysmsapi.aliyuncs.com/',
  accessKeyId: 'LTAI5tTestKey',
  accessKeySecret: 'aliyun-secret',
  appId: null,
  region: 'cn-hangzhou',
  signName: '区信用办',
};
const TENCENT: SmsAccount = {
  endpoint: 'https://sms.tencentcloudapi.com/',
  accessKeyId: 'AKIDtest',
  accessKeySecret: 'tencent-secret',
  appId: '1400006666',
  region: 'ap-guangzhou',
  signName: '区信用办',
};
const MESSAGE: SmsMessage = {
  mobile: '13800138000',
  templateCode: 'SMS_123456789',
  params: [
    { name: 'unit', value: '区市场监管局' },
    { name: 'period', value: '2026-10' },
    { name: 'dueDate', value: '11月7日' },
    { name: 'link', value: 'https://xy.example.cn/n/42' },
  ],
};
const AT = new Date('2026-11-05T09:30:00+08:00');

describe('阿里云 signing', () => {
  it('reproduces the documented SendSms example (testId / testSecret)', () => {
    const params = {
      AccessKeyId: 'testId', Action: 'SendSms', Format: 'XML', OutId: '123', PhoneNumbers: '15300000001',
      RegionId: 'cn-hangzhou', SignName: '阿里云短信测试专用', SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: '45e25e9b-0a6f-4070-8c85-2956eda1b466', SignatureVersion: '1.0', TemplateCode: 'SMS_71390007',
      TemplateParam: '{"customer":"test"}', Timestamp: '2017-07-12T02:42:19Z', Version: '2017-05-25',
    };
    expect(aliyunSignature('GET', params, 'testSecret')).toBe('zJDF+Lrzhj/ThnlvIToysFRq6t4=');
  });

  it('reproduces the documented RPC example (DescribeRegions / testsecret)', () => {
    const params = {
      Format: 'XML', AccessKeyId: 'testid', Action: 'DescribeRegions', SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf', SignatureVersion: '1.0', Version: '2014-05-26',
      Timestamp: '2016-02-23T12:46:24Z',
    };
    expect(aliyunSignature('GET', params, 'testsecret')).toBe('OLeaidS1JvxuMvnyHOwuJ+uX5qY=');
  });

  it.each([
    ['a b', 'a%20b'],
    ['*', '%2A'],
    ['~-_.', '~-_.'],
    ["!'()", '%21%27%28%29'],
    ['/=&+:', '%2F%3D%26%2B%3A'],
    ['区', '%E5%8C%BA'],
  ])('percent-encodes %j as %s', (raw, encoded) => {
    expect(percentEncode(raw)).toBe(encoded);
  });
});

describe('aliyunSms.build', () => {
  it('pins the request byte for byte (signature from an independent computation)', () => {
    const req = aliyunSms.build(MESSAGE, ALIYUN, AT, 'nonce-0001');
    expect(req).toEqual({
      url: 'https://dysmsapi.aliyuncs.com/',
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8', Accept: 'application/json' },
      body:
        'AccessKeyId=LTAI5tTestKey&Action=SendSms&Format=JSON&PhoneNumbers=13800138000&RegionId=cn-hangzhou' +
        '&SignName=%E5%8C%BA%E4%BF%A1%E7%94%A8%E5%8A%9E&SignatureMethod=HMAC-SHA1&SignatureNonce=nonce-0001' +
        '&SignatureVersion=1.0&TemplateCode=SMS_123456789&TemplateParam=%7B%22unit%22%3A%22%E5%8C%BA%E5%B8%82' +
        '%E5%9C%BA%E7%9B%91%E7%AE%A1%E5%B1%80%22%2C%22period%22%3A%222026-10%22%2C%22dueDate%22%3A%2211%E6%9C' +
        '%887%E6%97%A5%22%2C%22link%22%3A%22https%3A%2F%2Fxy.example.cn%2Fn%2F42%22%7D' +
        '&Timestamp=2026-11-05T01%3A30%3A00Z&Version=2017-05-25&Signature=qrPjv8xLjMOdD%2FK8P%2BU2pxZiY8I%3D',
    });
  });

  it('falls back to the public endpoint and region when none is set', () => {
    const req = aliyunSms.build(MESSAGE, { ...ALIYUN, endpoint: '', region: '' }, AT, 'n');
    expect(req.url).toBe('https://dysmsapi.aliyuncs.com/');
    expect(new URLSearchParams(req.body).get('RegionId')).toBe('cn-hangzhou');
  });

  it('the form decodes to the named parameters', () => {
    const form = new URLSearchParams(aliyunSms.build(MESSAGE, ALIYUN, AT, 'n').body);
    expect(JSON.parse(form.get('TemplateParam')!)).toEqual({
      unit: '区市场监管局', period: '2026-10', dueDate: '11月7日', link: 'https://xy.example.cn/n/42',
    });
    expect(form.get('Timestamp')).toBe('2026-11-05T01:30:00Z');
  });
});

describe('aliyunSms.read', () => {
  const answer = (Code: string, Message = 'x') => JSON.stringify({ Code, Message, RequestId: 'R1', BizId: 'B1' });
  it.each([
    [200, answer('OK', 'OK'), { ok: true, response: 'OK BizId=B1' }],
    [200, answer('isv.BUSINESS_LIMIT_CONTROL', '触发分钟级流控'), { ok: false, failure: 'THROTTLED', error: 'isv.BUSINESS_LIMIT_CONTROL: 触发分钟级流控' }],
    [400, answer('Throttling.User'), { ok: false, failure: 'THROTTLED', error: 'Throttling.User: x' }],
    [200, answer('isv.MOBILE_NUMBER_ILLEGAL', '非法手机号'), { ok: false, failure: 'PERMANENT', error: 'isv.MOBILE_NUMBER_ILLEGAL: 非法手机号' }],
    [200, answer('isv.SMS_TEMPLATE_ILLEGAL'), { ok: false, failure: 'PERMANENT', error: 'isv.SMS_TEMPLATE_ILLEGAL: x' }],
    [200, answer('isv.SMS_SIGNATURE_ILLEGAL'), { ok: false, failure: 'PERMANENT', error: 'isv.SMS_SIGNATURE_ILLEGAL: x' }],
    [404, answer('InvalidAccessKeyId.NotFound'), { ok: false, failure: 'PERMANENT', error: 'InvalidAccessKeyId.NotFound: x' }],
    [400, answer('SignatureDoesNotMatch'), { ok: false, failure: 'PERMANENT', error: 'SignatureDoesNotMatch: x' }],
    [200, answer('isv.AMOUNT_NOT_ENOUGH'), { ok: false, failure: 'TRANSIENT', error: 'isv.AMOUNT_NOT_ENOUGH: x' }],
    [200, answer('isp.SYSTEM_ERROR'), { ok: false, failure: 'TRANSIENT', error: 'isp.SYSTEM_ERROR: x' }],
    [400, answer('SignatureNonceUsed'), { ok: false, failure: 'TRANSIENT', error: 'SignatureNonceUsed: x' }],
    [503, '<html>busy</html>', { ok: false, failure: 'TRANSIENT', error: 'HTTP 503' }],
    [200, 'not json', { ok: false, failure: 'TRANSIENT', error: 'HTTP 200：应答无法识别' }],
    [403, 'Forbidden', { ok: false, failure: 'PERMANENT', error: 'HTTP 403：应答无法识别' }],
  ])('HTTP %i %s', (status, body, outcome) => {
    expect(aliyunSms.read(status, body)).toEqual(outcome);
  });
});

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
    expect(tencentSms.build({ ...MESSAGE, templateCode: '449739' }, TENCENT, AT, 'unused')).toEqual({
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
    const req = tencentSms.build(MESSAGE, TENCENT, new Date('2026-11-05T00:30:00+08:00'), '');
    expect(req.headers.Authorization).toContain('/2026-11-04/sms/tc3_request');
  });

  it('signs the host of a configured endpoint, port included', () => {
    const req = tencentSms.build(MESSAGE, { ...TENCENT, endpoint: 'http://127.0.0.1:4567/' }, AT, '');
    expect(req.headers.Host).toBe('127.0.0.1:4567');
    expect(req.url).toBe('http://127.0.0.1:4567/');
  });

  it('refuses an account without SmsSdkAppId', () => {
    expect(() => tencentSms.build(MESSAGE, { ...TENCENT, appId: null }, AT, '')).toThrow('短信应用编号');
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

// The channels' test servers against the real provider modules and the real HTTP sender: a request signed with the
// right secret passes each server's own check, one signed with a wrong secret is refused with the provider's
// documented error, and the provider's read() turns that refusal into a failure.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sendChannelRequest } from '../backend/src/channels/channel-http.ts';
import type { ChannelRequest, RobotAccount, SmsAccount, SmsMessage } from '../backend/src/channels/channel-request.ts';
import { aliyunSms } from '../backend/src/channels/providers/aliyun-sms.ts';
import { dingtalkRobot } from '../backend/src/channels/providers/dingtalk-robot.ts';
import { tencentSms } from '../backend/src/channels/providers/tencent-sms.ts';
import { wecomRobot } from '../backend/src/channels/providers/wecom-robot.ts';
import { type ChannelServers, startChannelServers } from './support/channel-servers.ts';

const AT = new Date('2026-11-05T09:30:00+08:00');
const MESSAGE: SmsMessage = {
  mobile: '13800138000',
  templateCode: 'SMS_1',
  params: [
    { name: 'unit', value: '区市场监管局' },
    { name: 'link', value: 'https://xy.example.cn/n/1?a=1&b=*' },
  ],
};
const POST = { title: '报送提醒', text: '区市场监管局 2026-10 待报送', mentionMobiles: ['13800138000'] };

describe('channel test servers', () => {
  let servers: ChannelServers;
  beforeAll(async () => {
    servers = await startChannelServers({
      secrets: { aliyun: 'ali-secret', tencent: 'tc-secret', dingtalk: { signed: 'SECding' }, dingtalkKeywords: { kw: '督查' } },
    });
  });
  afterAll(() => servers.close());

  const send = async (req: ChannelRequest) => sendChannelRequest(req, 5_000);
  const sms = (endpoint: string, accessKeySecret: string): SmsAccount => ({
    endpoint, accessKeyId: 'AK1', accessKeySecret, appId: '1400000001', region: '', signName: '区信用办',
  });
  const robot = (webhookUrl: string, secret: string | null = null, keyword: string | null = null): RobotAccount => ({
    webhookUrl, secret, keyword,
  });

  it.each([
    ['aliyun', () => aliyunSms, () => servers.aliyunUrl, 'ali-secret', 'SignatureDoesNotMatch: '],
    ['tencent', () => tencentSms, () => servers.tencentUrl, 'tc-secret', 'AuthFailure.SignatureFailure: '],
  ] as const)('%s: a right secret is accepted, a wrong one refused', async (name, provider, url, secret, error) => {
    const good = await send(provider().build(MESSAGE, sms(url(), secret), AT, 'n-1'));
    expect(provider().read(good.status, good.body)).toMatchObject({ ok: true });
    const bad = await send(provider().build(MESSAGE, sms(url(), 'wrong'), AT, 'n-2'));
    expect(provider().read(bad.status, bad.body)).toEqual({
      ok: false,
      failure: 'PERMANENT',
      error: expect.stringContaining(error),
    });
    expect(servers.requests[name].map((r) => r.signatureValid)).toEqual([true, false]);
  });

  it('aliyun: the form carries the named parameters', () => {
    expect(servers.requests.aliyun[0]!.parsed).toMatchObject({
      Action: 'SendSms', PhoneNumbers: '13800138000', SignName: '区信用办', TemplateCode: 'SMS_1',
      TemplateParam: '{"unit":"区市场监管局","link":"https://xy.example.cn/n/1?a=1&b=*"}',
    });
  });

  it('tencent: the body is the documented JSON with +86 numbers', () => {
    expect(servers.requests.tencent[0]!.parsed).toEqual({
      PhoneNumberSet: ['+8613800138000'], SmsSdkAppId: '1400000001', SignName: '区信用办', TemplateId: 'SMS_1',
      TemplateParamSet: ['区市场监管局', 'https://xy.example.cn/n/1?a=1&b=*'],
    });
    expect(servers.requests.tencent[0]!.headers['x-tc-action']).toBe('SendSms');
  });

  it('dingtalk: a signed post passes, a wrong secret gets 310000, 130101 pauses, a missing keyword is refused', async () => {
    const ok = await send(dingtalkRobot.build(POST, robot(servers.dingtalkUrl('signed'), 'SECding'), AT));
    expect(dingtalkRobot.read(ok.status, ok.body)).toEqual({ ok: true, response: '已接收（errcode 0，ok）' });
    const bad = await send(dingtalkRobot.build(POST, robot(servers.dingtalkUrl('signed'), 'SECwrong'), AT));
    expect(dingtalkRobot.read(bad.status, bad.body)).toEqual({ ok: false, failure: 'PERMANENT', error: '安全设置不匹配，请核对关键词、加签密钥或 IP 白名单（errcode 310000，sign not match）' });
    servers.script('dingtalk', [{ errcode: 130101, errmsg: 'send too fast' }]);
    const fast = await send(dingtalkRobot.build(POST, robot(servers.dingtalkUrl('signed'), 'SECding'), AT));
    expect(dingtalkRobot.read(fast.status, fast.body)).toMatchObject({ ok: false, failure: 'PAUSE' });
    const kw = await send(dingtalkRobot.build(POST, robot(servers.dingtalkUrl('kw'), null, '督查'), AT));
    expect(dingtalkRobot.read(kw.status, kw.body)).toMatchObject({ ok: true });
    const noKw = await send(dingtalkRobot.build(POST, robot(servers.dingtalkUrl('kw')), AT));
    expect(dingtalkRobot.read(noKw.status, noKw.body)).toMatchObject({ ok: false, failure: 'PERMANENT' });
    expect(servers.requests.dingtalk.map((r) => r.signatureValid)).toEqual([true, false, true, null, null]);
    expect(servers.requests.dingtalk[0]!.parsed).toMatchObject({ at: { atMobiles: ['13800138000'], isAtAll: false } });
  });

  it('wecom: a post is recorded; a scripted 500 then 200 reads TRANSIENT then ok', async () => {
    servers.script('wecom', [{ status: 500 }, { status: 200, body: { errcode: 0, errmsg: 'ok' } }]);
    const req = wecomRobot.build(POST, robot(servers.wecomUrl('k-1')), AT);
    const first = await send(req);
    expect(wecomRobot.read(first.status, first.body)).toEqual({ ok: false, failure: 'TRANSIENT', error: 'HTTP 500' });
    const second = await send(req);
    expect(wecomRobot.read(second.status, second.body)).toEqual({ ok: true, response: '已接收（errcode 0，ok）' });
    expect(servers.requests.wecom.map((r) => [r.query.key, r.status, r.signatureValid])).toEqual([
      ['k-1', 500, null],
      ['k-1', 200, null],
    ]);
    expect(servers.requests.wecom[0]!.parsed).toEqual({
      msgtype: 'text', text: { content: '区市场监管局 2026-10 待报送', mentioned_mobile_list: ['13800138000'] },
    });
  });
});

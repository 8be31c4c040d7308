import { describe, expect, it } from '@jest/globals';
import type { RobotAccount, RobotPost } from '../channel-request.ts';
import { DINGTALK_MAX_BYTES, dingtalkRobot, dingtalkSign } from './dingtalk-robot.ts';
import { fitUtf8, utf8Prefix } from './robot-text.ts';
import { WECOM_MARKDOWN_MAX_BYTES, WECOM_TEXT_MAX_BYTES, wecomRobot } from './wecom-robot.ts';

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');
const AT = new Date('2026-11-05T09:30:00+08:00'); // 1793842200000 ms
const LINK = '详情：https://xy.example.cn/n/42';
const POST: RobotPost = { title: '报送提醒', text: `**报送提醒**\n区市场监管局 2026-10 待报送\n${LINK}`, mentionMobiles: [] };
const WECOM: RobotAccount = { webhookUrl: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k-1', secret: null, keyword: null };
const DING: RobotAccount = { webhookUrl: 'https://oapi.dingtalk.com/robot/send?access_token=t-1', secret: null, keyword: null };

describe('fitUtf8', () => {
  it.each([
    ['fits as it is', 'abc区', 6, 'abc区'],
    ['cuts at a character boundary', '区区区区', 10, '区区…'],
    ['keeps a 4-byte character whole or not at all', 'a😀b', 5, 'a…'],
    ['keeps the link line', `第一行文字很长很长\n第二行\n${LINK}`, 60, `第一行文字很长…\n${LINK}`],
    ['drops the link when it alone does not fit', `很长的第一行\n${LINK}`, 12, '很长的…'],
  ])('%s', (_, text, max, expected) => {
    const fitted = fitUtf8(text, max);
    expect(fitted).toBe(expected);
    expect(bytes(fitted)).toBeLessThanOrEqual(max);
  });

  it('never splits a multi-byte character', () => {
    for (let max = 0; max < 12; max++) expect(Buffer.from(utf8Prefix('区😀b区', max)).toString()).not.toContain('\uFFFD');
  });
});

describe('wecomRobot.build', () => {
  it('posts markdown when nobody is mentioned', () => {
    expect(wecomRobot.build(POST, WECOM, AT)).toEqual({
      url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k-1',
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: '{"msgtype":"markdown","markdown":{"content":"**报送提醒**\\n区市场监管局 2026-10 待报送\\n详情：https://xy.example.cn/n/42"}}',
    });
  });

  it('posts text with mentioned_mobile_list when there are mobiles', () => {
    const req = wecomRobot.build({ ...POST, text: '请报送', mentionMobiles: ['13800138000', '13800138000', '13900139000'] }, WECOM, AT);
    expect(req.body).toBe('{"msgtype":"text","text":{"content":"请报送","mentioned_mobile_list":["13800138000","13900139000"]}}');
  });

  it.each([
    ['text', ['13800138000'], WECOM_TEXT_MAX_BYTES],
    ['markdown', [], WECOM_MARKDOWN_MAX_BYTES],
  ])('keeps %s within its byte limit, link kept', (kind, mentionMobiles, max) => {
    const text = `${'各单位：'.repeat(600)}\n${LINK}`;
    const body = JSON.parse(wecomRobot.build({ ...POST, text, mentionMobiles }, WECOM, AT).body);
    const content: string = body[kind].content;
    expect(bytes(content)).toBeLessThanOrEqual(max);
    expect(bytes(content)).toBeGreaterThan(max - 6);
    expect(content.endsWith(`…\n${LINK}`)).toBe(true);
  });

  it.each([
    [200, '{"errcode":0,"errmsg":"ok"}', { ok: true, response: '已接收（errcode 0，ok）' }],
    [200, '{"errcode":45009,"errmsg":"api freq out of limit"}', { ok: false, failure: 'THROTTLED', error: '发送过快（每分钟超过 20 条），稍后重发（errcode 45009，api freq out of limit）' }],
    [200, '{"errcode":93000,"errmsg":"invalid webhook url"}', { ok: false, failure: 'PERMANENT', error: '机器人推送地址无效，请核对后重新设置（errcode 93000，invalid webhook url）' }],
    [200, '{"errcode":40008,"errmsg":"invalid message type"}', { ok: false, failure: 'PERMANENT', error: '消息类型无效（errcode 40008，invalid message type）' }],
    [200, '{"errcode":-1,"errmsg":"system busy"}', { ok: false, failure: 'TRANSIENT', error: '企业微信繁忙，稍后重试（errcode -1，system busy）' }],
    [500, '', { ok: false, failure: 'TRANSIENT', error: 'HTTP 500' }],
    [404, 'not found', { ok: false, failure: 'PERMANENT', error: 'HTTP 404：应答无法识别' }],
  ])('read HTTP %i %s', (status, body, outcome) => {
    expect(wecomRobot.read(status, body)).toEqual(outcome);
  });
});

describe('dingtalkRobot.build', () => {
  it('pins a signed post: timestamp and URL-encoded sign (independently computed)', () => {
    const req = dingtalkRobot.build({ ...POST, mentionMobiles: ['13800138000'] }, { ...DING, secret: 'SECtest' }, AT);
    expect(req).toEqual({
      url:
        'https://oapi.dingtalk.com/robot/send?access_token=t-1&timestamp=1793842200000' +
        '&sign=mmAiXgP4hKPquiCTGl2n1Fx7SPMsRF7bKEZV%2BYPqnMA%3D',
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body:
        '{"msgtype":"markdown","markdown":{"title":"报送提醒","text":"**报送提醒**\\n区市场监管局 2026-10 待报送\\n' +
        '详情：https://xy.example.cn/n/42\\n\\n@13800138000"},"at":{"atMobiles":["13800138000"],"isAtAll":false}}',
    });
    expect(dingtalkSign('SECtest', 1793842200000)).toBe('mmAiXgP4hKPquiCTGl2n1Fx7SPMsRF7bKEZV+YPqnMA=');
  });

  it('does not repeat a mention already in the text, and leaves an unsigned URL alone', () => {
    const req = dingtalkRobot.build({ ...POST, text: '@13800138000 请报送', mentionMobiles: ['13800138000'] }, DING, AT);
    expect(req.url).toBe(DING.webhookUrl);
    expect(JSON.parse(req.body).markdown.text).toBe('@13800138000 请报送');
  });

  it.each([
    ['prefixes an absent keyword to title and text', '督查', '【督查】报送提醒', '【督查】'],
    ['leaves a keyword the post already has', '报送', '报送提醒', '**报送'],
  ])('%s', (_, keyword, title, textStart) => {
    const md = JSON.parse(dingtalkRobot.build(POST, { ...DING, keyword }, AT).body).markdown;
    expect(md.title).toBe(title);
    expect(md.text.startsWith(textStart)).toBe(true);
  });

  it('keeps keyword, mentions and link within the byte limit', () => {
    const text = `${'区'.repeat(8000)}\n${LINK}`;
    const md = JSON.parse(dingtalkRobot.build({ ...POST, text, mentionMobiles: ['13800138000'] }, { ...DING, keyword: '督查' }, AT).body).markdown;
    expect(bytes(md.text)).toBeLessThanOrEqual(DINGTALK_MAX_BYTES);
    expect(md.text).toMatch(/^【督查】区+…\n详情：https:\/\/xy\.example\.cn\/n\/42\n\n@13800138000$/);
  });

  it.each([
    [200, '{"errcode":0,"errmsg":"ok"}', { ok: true, response: '已接收（errcode 0，ok）' }],
    [200, '{"errcode":130101,"errmsg":"send too fast, exceed 20 times per minute"}', { ok: false, failure: 'PAUSE', error: '发送过快（每分钟超过 20 条），钉钉暂停该机器人 10 分钟（errcode 130101，send too fast, exceed 20 times per minute）' }],
    [200, '{"errcode":310000,"errmsg":"sign not match"}', { ok: false, failure: 'PERMANENT', error: '安全设置不匹配，请核对关键词、加签密钥或 IP 白名单（errcode 310000，sign not match）' }],
    [200, '{"errcode":300001,"errmsg":"token is not exist"}', { ok: false, failure: 'PERMANENT', error: '机器人令牌不存在，请核对机器人推送地址（errcode 300001，token is not exist）' }],
    [503, 'busy', { ok: false, failure: 'TRANSIENT', error: 'HTTP 503' }],
    [200, '{"errcode":880001,"errmsg":""}', { ok: false, failure: 'TRANSIENT', error: '未知应答，稍后重试（errcode 880001）' }],
    [400, '{"errcode":0,"errmsg":"ok"}', { ok: false, failure: 'TRANSIENT', error: '未知应答，稍后重试（errcode 0，ok）' }],
    [200, '{"errcode":-1,"errmsg":"系统繁忙"}', { ok: false, failure: 'TRANSIENT', error: '钉钉繁忙，稍后重试（errcode -1，系统繁忙）' }],
  ])('read HTTP %i %s', (status, body, outcome) => {
    expect(dingtalkRobot.read(status, body)).toEqual(outcome);
  });
});

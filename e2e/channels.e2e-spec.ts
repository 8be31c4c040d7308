// Notices reach people where they are (issue 17): the chase and the decision notices make exactly the expected
// SMS requests (阿里云 and 腾讯云, signatures checked by the loopback servers) and robot posts (企业微信, 钉钉 signed),
// once under doubled runs and passes; a failure is retried, nothing lost; a robot takes 20 posts a minute and rests
// after 130101; quiet hours hold; each contact's channels are respected; secrets never come back.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ChannelOutbox } from '../backend/src/channels/channel-outbox.service.ts';
import { type ChannelServers, startChannelServers } from './support/channel-servers.ts';
import { type ChaseApp, startChaseApp } from './support/notices.ts';
import { bearer } from './support/test-app.ts';

type Row = Record<string, any>;
const MINUTE = 60_000;
const ALI_SECRET = 'aliyun-access-secret-7f3a';
const TC_SECRET = 'tencent-secret-key-9b2c';
const DT_SECRET = 'SECdingtalk-sign-secret-51e0';
const TOKENS = { wecomUnit: 'wecom-unit-key-0a1b2c3d', dingUnit: 'ding-unit-token-4e5f6a7b', wecomOffice: 'wecom-office-key-8c9d0e1f' };
const TEMPLATES = {
  reminders: { code: 'SMS_100001', text: '${unit}：${period}报送将于${dueDate}截止，请登录${link}办理' },
  overdue: { code: 'SMS_100002', text: '${unit}：${period}报送已逾期未报，请尽快登录${link}补报' },
  decisions: { code: 'SMS_100003', text: '${unit}：您单位有新的审核结果，请登录${link}查看' },
  test: { code: 'SMS_100004', text: '测试短信：${link}' },
};

describe('channels: SMS and group robots', () => {
  let c: ChaseApp;
  let servers: ChannelServers;
  let court: number;
  let other: number;
  let outbox: ChannelOutbox;
  let robots: Row[];

  const api = (method: 'get' | 'put' | 'post', url: string, body?: unknown, token = c.admin) => {
    const req = c.t.http()[method](url).set(bearer(token));
    return body === undefined ? req : req.send(body as object);
  };
  const deliver = (plusMs = 0) => outbox.deliverDue(new Date(c.t.clock.nowMs() + plusMs));
  const sms = (mobile: string) => servers.requests.aliyun.filter((r) => (r.parsed as Row).PhoneNumbers === mobile);

  beforeAll(async () => {
    servers = await startChannelServers({ secrets: { aliyun: ALI_SECRET, tencent: TC_SECRET, dingtalk: { [TOKENS.dingUnit]: DT_SECRET } } });
    c = await startChaseApp({ generatedUpTo: '2026-02-10T08:00:00+08:00', mail: false });
    outbox = c.t.app.get(ChannelOutbox);
    court = c.unitId('区法院');
    other = c.unitId('区编办');
    await c.t.prisma.contact.createMany({
      data: [
        // the office's defaults, but reminders by SMS too
        { unitId: court, name: '张三', email: 'zhangsan@court.example.cn', mobile: '13800000001', primary: true, preferences: { reminders: ['EMAIL', 'SMS'], overdue: ['EMAIL', 'SMS'], decisions: ['EMAIL'] } },
        // SMS only, and only for overdue and decisions: no mail at all, no reminder SMS
        { unitId: court, name: '李四', email: 'lisi@court.example.cn', mobile: '138-0000-0002', preferences: { reminders: [], overdue: ['SMS'], decisions: ['SMS'] } },
        // a mobile and no e-mail: the defaults (overdue by SMS)
        { unitId: court, name: '王五', mobile: '13800000003' },
      ],
    });
    const settings = await api('put', '/api/settings/channels', {
      sms: { provider: 'ALIYUN', endpoint: servers.aliyunUrl, accessKeyId: 'LTAI5tTestKeyId', accessKeySecret: ALI_SECRET, signName: '召陵信用', templates: TEMPLATES },
      officeRobots: [{ kind: 'WECOM', name: '区信用办工作群', webhookUrl: servers.wecomUrl(TOKENS.wecomOffice) }],
    });
    expect([settings.status, settings.body.errors]).toEqual([200, undefined]);
    const put = await api('put', `/api/units/${court}/robots`, [
      { kind: 'WECOM', name: '区法院信用工作群', webhookUrl: servers.wecomUrl(TOKENS.wecomUnit) },
      { kind: 'DINGTALK', name: '区法院钉钉群', webhookUrl: servers.dingtalkUrl(TOKENS.dingUnit), secret: DT_SECRET },
    ]);
    expect(put.status).toBe(200);
    robots = put.body;
  });
  afterAll(async () => {
    await c.close();
    await servers.close();
  });

  it('the chase: each contact texted by its choice, each robot posted once — under doubled runs and passes', async () => {
    await c.run('2026-02-03'); // January due on Feb 5: reminders
    await c.run('2026-02-03');
    await deliver();
    await deliver();
    const reminder = await c.t.prisma.notice.findFirstOrThrow({ where: { unitId: court, kind: 'REMINDER' } });
    // Only 张三 chose SMS for reminders.
    expect(servers.requests.aliyun.map((r) => (r.parsed as Row).PhoneNumbers)).toEqual(['13800000001']);
    const [text] = servers.requests.aliyun;
    expect(text!.signatureValid).toBe(true);
    expect(text!.parsed).toMatchObject({ Action: 'SendSms', SignName: '召陵信用', TemplateCode: 'SMS_100001', AccessKeyId: 'LTAI5tTestKeyId' });
    expect(JSON.parse((text!.parsed as Row).TemplateParam)).toMatchObject({ unit: '区法院', period: expect.stringContaining('2026') });

    await c.run('2026-02-06'); // the day after: overdue digests and the office summary
    await c.run('2026-02-06');
    await deliver();
    await deliver();
    const overdue = await c.t.prisma.notice.findFirstOrThrow({ where: { unitId: court, kind: 'OVERDUE' } });
    expect(sms('13800000001')).toHaveLength(2);
    expect(sms('13800000002')).toHaveLength(1);
    expect(sms('13800000003')).toHaveLength(1);
    expect(servers.requests.aliyun.every((r) => r.signatureValid)).toBe(true);
    expect((sms('13800000002')[0]!.parsed as Row).TemplateCode).toBe('SMS_100002');

    // The unit's robots: one post per notice (reminder, overdue digest), 钉钉 signed and @-mentioning the contacts.
    const unitPosts = servers.requests.wecom.filter((r) => r.query.key === TOKENS.wecomUnit);
    expect(unitPosts).toHaveLength(2);
    expect(JSON.stringify(unitPosts[1]!.parsed)).toContain(overdue.title);
    expect(JSON.stringify(unitPosts[0]!.parsed)).toContain(reminder.title);
    expect(servers.requests.dingtalk).toHaveLength(2);
    expect(servers.requests.dingtalk.every((r) => r.signatureValid === true)).toBe(true);
    expect((servers.requests.dingtalk[1]!.parsed as Row).at.atMobiles).toEqual(['13800000001', '13800000002', '13800000003']);
    // The office's robot: the summary only.
    const officePosts = servers.requests.wecom.filter((r) => r.query.key === TOKENS.wecomOffice);
    expect(officePosts).toHaveLength(1);
    const summary = await c.t.prisma.notice.findFirstOrThrow({ where: { kind: 'SUMMARY' } });
    expect(JSON.stringify(officePosts[0]!.parsed)).toContain(summary.title);

    // The notice page shows the messages with their attempts (the office's view).
    const page = await api('get', `/api/notices/${overdue.id}`);
    expect(page.body.channelMessages.map((m: Row) => [m.channel, m.target, m.status, m.attemptLog.length])).toEqual([
      ['SMS', '13800000001', 'SENT', 1],
      ['SMS', '13800000002', 'SENT', 1],
      ['SMS', '13800000003', 'SENT', 1],
      ['WECOM', '区法院信用工作群', 'SENT', 1],
      ['DINGTALK', '区法院钉钉群', 'SENT', 1],
    ]);
    expect(page.body.recipients.find((r: Row) => r.name === '王五')).toMatchObject({ email: null, mobile: '13800000003', channels: ['EMAIL', 'SMS'] });
  });

  it('a contact who unticked e-mail gets no mail; one without an address gets none either', async () => {
    const mails = await c.t.prisma.mail.findMany({ where: { notice: { unitId: court } } });
    expect(new Set(mails.map((m) => m.recipient))).toEqual(new Set(['zhangsan@court.example.cn']));
  });

  it('a decision notice texts who chose SMS for decisions and posts to the unit\'s robots, once', async () => {
    const unit = await c.t.userToken('UNIT', court);
    const before = { sms: servers.requests.aliyun.length, wecom: servers.requests.wecom.length, ding: servers.requests.dingtalk.length };
    const o = await c.obligation('区法院', '2026-01');
    const filed = await api('post', '/api/submissions', { obligationId: o, kind: 'NO_DATA', reason: '本期未产生相关信息' }, unit);
    expect(filed.status).toBe(201);
    expect((await api('post', '/api/reviews', { submissionId: filed.body.id, decision: 'RETURN', reason: '请说明无数据的原因' })).status).toBe(201);
    await deliver();
    await deliver();
    const added = servers.requests.aliyun.slice(before.sms);
    expect(added.map((r) => [(r.parsed as Row).PhoneNumbers, (r.parsed as Row).TemplateCode])).toEqual([['13800000002', 'SMS_100003']]);
    expect(servers.requests.wecom.slice(before.wecom).map((r) => r.query.key)).toEqual([TOKENS.wecomUnit]);
    expect(servers.requests.dingtalk.slice(before.ding)).toHaveLength(1);
  });

  it('a server answering 500 then 200: delivered after the retry, both attempts logged', async () => {
    servers.script('wecom', [{ status: 500, body: 'Internal Server Error' }]);
    const test = await api('post', '/api/settings/channels/test', { channel: 'ROBOT', robotId: robots[0].id });
    expect(test.status).toBe(200);
    expect(test.body).toMatchObject({ status: 'PENDING', attempts: 1, noticeId: null });
    expect(await deliver()).toMatchObject({ sent: 0 }); // not due yet (back-off: one minute)
    expect(await deliver(2 * MINUTE)).toMatchObject({ sent: 1 });
    const [message] = await c.t.prisma.channelMessage.findMany({ where: { id: test.body.id }, include: { attemptsLog: true } });
    expect(message).toMatchObject({ status: 'SENT', attempts: 2 });
    expect(message!.attemptsLog.map((a) => a.ok)).toEqual([false, true]);
  });

  it('25 posts to one robot in a minute: 20 go, the 21st waits until the minute is over', async () => {
    const put = await api('put', `/api/units/${other}/robots`, [{ kind: 'WECOM', webhookUrl: servers.wecomUrl('wecom-rate-limit-key') }]);
    const robotId = put.body[0].id;
    c.t.clock.set('2026-11-27T10:00:00+08:00');
    const answers: Row[] = [];
    for (let i = 0; i < 25; i++) answers.push((await api('post', '/api/settings/channels/test', { channel: 'ROBOT', robotId })).body);
    const posted = () => servers.requests.wecom.filter((r) => r.query.key === 'wecom-rate-limit-key').length;
    expect(answers.map((a) => a.status)).toEqual([...Array(20).fill('SENT'), ...Array(5).fill('PENDING')]);
    expect(posted()).toBe(20);
    const first = new Date((await c.t.prisma.channelAttempt.findFirstOrThrow({ where: { robotId }, orderBy: { at: 'asc' } })).at);
    const waiting = await c.t.prisma.channelMessage.findMany({ where: { robotId, status: 'PENDING' } });
    expect(waiting.every((m) => m.nextAttemptAt.getTime() === first.getTime() + MINUTE && m.attempts === 0)).toBe(true);
    await deliver();
    expect(posted()).toBe(20);
    const last = (await c.t.prisma.channelAttempt.findFirstOrThrow({ where: { robotId }, orderBy: { at: 'desc' } })).at;
    c.t.clock.set(new Date(last.getTime() + MINUTE + 1_000));
    expect(await deliver()).toMatchObject({ sent: 5 });
    expect(posted()).toBe(25);
  });

  it('钉钉 130101: the robot rests ten minutes, then its posts go on', async () => {
    const ding = robots[1];
    servers.script('dingtalk', [{ errcode: 130101, errmsg: 'send too fast' }]);
    const test = await api('post', '/api/settings/channels/test', { channel: 'ROBOT', robotId: ding.id });
    expect(test.body).toMatchObject({ status: 'PENDING', attempts: 1 });
    const robot = await c.t.prisma.robot.findUniqueOrThrow({ where: { id: ding.id } });
    const rest = robot.pausedUntil!.getTime() - c.t.clock.nowMs();
    expect(rest).toBeGreaterThan(9.9 * MINUTE);
    expect(rest).toBeLessThanOrEqual(10 * MINUTE);
    expect(new Date(test.body.nextAttemptAt).getTime()).toBe(robot.pausedUntil!.getTime());
    const count = servers.requests.dingtalk.length;
    expect(await deliver(5 * MINUTE)).toMatchObject({ sent: 0 });
    expect(servers.requests.dingtalk.length).toBe(count);
    expect(await deliver(11 * MINUTE)).toMatchObject({ sent: 1 });
    expect(servers.requests.dingtalk.at(-1)!.signatureValid).toBe(true);
  });

  it('quiet hours: a decision at 21:00 is texted and posted at 08:00 the next morning', async () => {
    c.t.clock.set('2026-11-27T21:00:00+08:00');
    const unit = await c.t.userToken('UNIT', court);
    const before = servers.requests.aliyun.length + servers.requests.wecom.length + servers.requests.dingtalk.length;
    const o = await c.obligation('区法院', '2026-02');
    const filed = await api('post', '/api/submissions', { obligationId: o, kind: 'NO_DATA', reason: '本期未产生相关信息' }, unit);
    await api('post', '/api/reviews', { submissionId: filed.body.id, decision: 'RETURN', reason: '请补充说明' });
    await deliver();
    c.t.clock.set('2026-11-28T07:59:00+08:00');
    await deliver();
    const total = () => servers.requests.aliyun.length + servers.requests.wecom.length + servers.requests.dingtalk.length;
    expect(total()).toBe(before);
    const held = await c.t.prisma.channelMessage.findMany({ where: { status: 'PENDING', notice: { stage: 'FILING_RETURNED' } } });
    expect(held.length).toBe(3);
    expect(held.every((m) => m.nextAttemptAt.toISOString() === '2026-11-28T00:00:00.000Z')).toBe(true);
    c.t.clock.set('2026-11-28T08:00:30+08:00');
    expect(await deliver()).toMatchObject({ sent: 3 });
    expect(total()).toBe(before + 3);
    c.t.clock.set('2026-11-27T11:00:00+08:00'); // back to the day of the sessions
  });

  it('腾讯云: the same account switched over signs its requests (TC3-HMAC-SHA256), +86 numbers', async () => {
    const put = await api('put', '/api/settings/channels', {
      sms: { provider: 'TENCENT', endpoint: servers.tencentUrl, accessKeyId: 'AKIDtest', accessKeySecret: TC_SECRET, appId: '1400000001', signName: '召陵信用', templates: TEMPLATES },
    });
    expect(put.status).toBe(200);
    const test = await api('post', '/api/settings/channels/test', { channel: 'SMS', mobile: '13800000001' });
    expect(test.body).toMatchObject({ status: 'SENT', channel: 'SMS', segments: 1 });
    const [request] = servers.requests.tencent;
    expect(request!.signatureValid).toBe(true);
    expect(request!.parsed).toMatchObject({ PhoneNumberSet: ['+8613800000001'], SmsSdkAppId: '1400000001', TemplateId: 'SMS_100004' });
  });

  it('secrets never come back: answers say hasSecret and mask the webhook; the database holds them sealed', async () => {
    const settings = await api('get', '/api/settings/channels');
    const unitRobots = await api('get', `/api/units/${court}/robots`);
    const audit = await c.t.prisma.auditEvent.findMany({ where: { resource: { in: ['settings', 'robots'] } } });
    const stored = JSON.stringify([await c.t.prisma.setting.findUnique({ where: { key: 'channels' } }), await c.t.prisma.robot.findMany()]);
    for (const text of [JSON.stringify(settings.body), JSON.stringify(unitRobots.body), JSON.stringify(audit), stored]) {
      for (const secret of [ALI_SECRET, TC_SECRET, DT_SECRET, ...Object.values(TOKENS)]) expect(text).not.toContain(secret);
    }
    expect(settings.body.sms).toMatchObject({ provider: 'TENCENT', hasSecret: true, accessKeyId: 'AKIDtest' });
    expect(unitRobots.body[1]).toMatchObject({ kind: 'DINGTALK', hasSecret: true, webhookHint: expect.stringMatching(/access_token=…6a7b$/) });
    expect(JSON.stringify(audit)).toContain('已更新');
    // Omitted secrets are kept.
    const again = await api('put', '/api/settings/channels', { sms: { provider: 'TENCENT', accessKeyId: 'AKIDtest', appId: '1400000001', signName: '召陵信用', templates: TEMPLATES } });
    expect(again.body.sms).toMatchObject({ hasSecret: true, endpoint: servers.tencentUrl });
    const kept = await api('put', `/api/units/${court}/robots`, unitRobots.body.map((r: Row) => ({ id: r.id, kind: r.kind, name: r.name })));
    expect(kept.body.map((r: Row) => [r.webhookHint, r.hasSecret])).toEqual(unitRobots.body.map((r: Row) => [r.webhookHint, r.hasSecret]));
  });

  it('bad input: 400 with Chinese field errors; another unit\'s robots are 404 to a unit; the defaults are for everyone', async () => {
    const bad = await api('put', '/api/settings/channels', {
      sms: { provider: 'ALIYUN', accessKeyId: 'k', signName: '召陵信用', templates: { overdue: { code: 'SMS_1', text: '${unit}请于${deadline}前报送' } } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors['sms.templates.overdue.text']).toMatch(/\$\{deadline\}/);
    const url = await api('put', `/api/units/${court}/robots`, [{ kind: 'WECOM', webhookUrl: 'ftp://example.cn/hook' }]);
    expect([url.status, url.body.errors['robots.0.webhookUrl']]).toEqual([400, expect.stringMatching(/http/)]);
    const missing = await api('put', `/api/units/${court}/robots`, [{ kind: 'WECOM' }, { id: 999999, kind: 'WECOM' }]);
    expect(missing.body.errors).toEqual({ 'robots.0.webhookUrl': expect.any(String), 'robots.1.id': '该机器人不存在' });
    const mobile = await api('post', '/api/settings/channels/test', { channel: 'SMS', mobile: '12345' });
    expect([mobile.status, mobile.body.errors]).toEqual([400, { mobile: '手机号应为 11 位数字' }]);
    const prefs = await api('post', '/api/contacts', { unitId: court, name: '赵六', mobile: '13800000009', preferences: { reminders: ['FAX'], overdue: [], decisions: [] } });
    expect(prefs.status).toBe(400);
    expect(Object.keys(prefs.body.errors)).toEqual(['preferences.reminders.0']);

    const courtUser = await c.t.userToken('UNIT', court);
    expect((await api('get', `/api/units/${other}/robots`, undefined, courtUser)).status).toBe(404);
    expect((await api('put', `/api/units/${other}/robots`, [], courtUser)).status).toBe(404);
    expect((await api('get', `/api/units/${court}/robots`, undefined, courtUser)).status).toBe(200);
    expect((await api('get', '/api/settings/channels', undefined, courtUser)).status).toBe(403);
    const defaults = await api('get', '/api/settings/channels/defaults', undefined, courtUser);
    expect(defaults.body).toEqual({
      defaults: { reminders: ['EMAIL'], overdue: ['EMAIL', 'SMS'], decisions: ['EMAIL'] },
      quietHours: { enabled: true, start: '20:00', end: '08:00' },
      smsAvailable: true,
    });
    // A unit sets its contact's channels; the answer carries them.
    const contact = await c.t.prisma.contact.findFirstOrThrow({ where: { name: '王五' } });
    const set = await api('put', `/api/contacts/${contact.id}`, { preferences: { reminders: ['SMS'], overdue: ['SMS'], decisions: [] } }, courtUser);
    expect([set.status, set.body.preferences]).toEqual([200, { reminders: ['SMS'], overdue: ['SMS'], decisions: [] }]);
    const reset = await api('put', `/api/contacts/${contact.id}`, { preferences: null }, courtUser);
    expect(reset.body.preferences).toBeNull();
  });

  it('a unit that files stops being chased: its pending SMS and posts are cancelled, not sent', async () => {
    await c.t.prisma.contact.create({ data: { unitId: other, name: '钱七', mobile: '13900000007' } });
    await c.run('2026-03-06'); // February's reports, due on March 5
    const notice = await c.t.prisma.notice.findFirstOrThrow({ where: { unitId: other, kind: 'OVERDUE' }, orderBy: { id: 'desc' } });
    const queued = await c.t.prisma.channelMessage.findMany({ where: { noticeId: notice.id }, orderBy: { id: 'asc' } });
    expect(queued.map((m) => [m.channel, m.status])).toEqual([['SMS', 'PENDING'], ['WECOM', 'PENDING']]);
    const posts = servers.requests.wecom.length;
    for (const obligationId of notice.obligationIds) {
      const filed = await api('post', '/api/submissions', { obligationId, kind: 'NO_DATA', reason: '本期未产生相关信息', receivedAt: '2026-03-06T10:00:00+08:00' });
      expect(filed.status).toBe(201);
    }
    await deliver();
    const after = await c.t.prisma.channelMessage.findMany({ where: { noticeId: notice.id } });
    expect(after.map((m) => [m.status, m.lastError])).toEqual([
      ['CANCELLED', '相关事项已报送或已处理，不再发送'],
      ['CANCELLED', '相关事项已报送或已处理，不再发送'],
    ]);
    expect(servers.requests.tencent.filter((r) => JSON.stringify(r.parsed).includes('13900000007'))).toEqual([]);
    // (The filings' own decision notices may post; the chase's digest does not.)
    expect(servers.requests.wecom.slice(posts).filter((r) => JSON.stringify(r.parsed).includes(notice.title))).toEqual([]);
  });
});

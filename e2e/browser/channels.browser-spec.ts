// Issue 17's channels pages in a real Chromium against the real app serving the built dashboard, with loopback
// stand-ins for the providers: a unit's contact user chooses a contact's 接收方式 (the switch off the office's
// defaults, 短信 for 处理结果) and a reload shows them stored; the office's 渠道设置 counts an SMS template's
// characters and segments live, keeps the SMS secret write-only, adds an office robot pointing at the loopback
// 企业微信 server, sends it a test message and sees 已发送 — and the server received exactly one post. No English
// and no console error on any page.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { ObligationsService } from '../../backend/src/obligations/obligations.service.ts';
import { startChannelServers, type ChannelServers } from '../support/channel-servers.ts';
import { ADMIN_PASSWORD, bearer, type TestApp } from '../support/test-app.ts';
import { ConsoleErrors, expectNoEnglish, launch, newPage, pickOption, screenshot, signIn, startAppWithDashboard } from './support/browser.ts';

const PASSWORD = 'password-123';
const SECRET = 'aliyun-secret-for-the-test';
const DINGTALK_SECRET = 'SEC-unit-secret';
/** Two working days after January's reports were due: the chase owes overdue notices. */
const DAY = '2026-02-10';

jest.setTimeout(90_000);

describe('dashboard in Chromium: channels', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let office: Page;
  let servers: ChannelServers;
  const console = new ConsoleErrors();
  let unit: { id: number; name: string };
  let contactId: number;

  beforeAll(async () => {
    servers = await startChannelServers({ secrets: { aliyun: SECRET, dingtalk: { 'unit-token': DINGTALK_SECRET } } });
    t = await startAppWithDashboard();
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as { port: number }).port}`;
    unit = (await t.prisma.unit.findMany({ orderBy: { sortOrder: 'asc' } }))[1]!;
    const admin = bearer(await t.adminToken());
    const contact = await t.http().post('/api/contacts').set(admin)
      .send({ unitId: unit.id, name: '钱科员', mobile: '13800138000', email: 'qiankeyuan@example.cn', primary: true });
    expect(contact.status).toBe(201);
    expect(contact.body.preferences).toBeNull();
    contactId = contact.body.id;
    const user = await t.http().post('/api/users').set(admin)
      .send({ username: 'qudao', displayName: '单位信息员', password: PASSWORD, role: 'UNIT', unitId: unit.id });
    expect(user.status).toBe(201);
    browser = await launch();
    office = await newPage(browser, console);
    await signIn(office, base, 'admin', ADMIN_PASSWORD);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await servers?.close();
  });

  it('a unit\'s contact user sets a contact\'s 接收方式 off the office\'s defaults; a reload shows them stored', async () => {
    const desk = await newPage(browser, console);
    await signIn(desk, base, 'qudao', PASSWORD);
    await desk.getByRole('menuitem', { name: '本单位联系人' }).click();
    await desk.locator('tbody tr', { hasText: '钱科员' }).waitFor();
    await desk.locator('[data-testid=unit-robots]').getByText('本单位工作群机器人').waitFor();
    await expectNoEnglish(desk);
    await screenshot(desk, '70-unit-contacts-robots');

    // The office's defaults arrive late, as on a slow line: nothing may be shown (or copied) before them.
    await desk.route('**/api/settings/channels/defaults', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    await desk.goto(`${base}/#/contacts/${contactId}`);
    const prefs = desk.locator('[data-testid=contact-preferences]');
    const useDefaults = prefs.locator('input[name="preferences.useDefaults"]');
    await useDefaults.waitFor();
    expect(await useDefaults.isChecked()).toBe(true);
    // The office's defaults, shown and not editable: 逾期未报 by 邮件 and 短信.
    const box = (kind: string, channel: string) => prefs.locator(`input[name="preferences.${kind}.${channel}"]`);
    expect(await box('overdue', 'SMS').isChecked()).toBe(true);
    expect(await box('overdue', 'SMS').isDisabled()).toBe(true);
    await useDefaults.uncheck();
    await box('decisions', 'SMS').check();
    await box('reminders', 'EMAIL').uncheck();
    // SMS goes to the mobile: without one the form says so.
    await desk.locator('input[name=mobile]').fill('');
    await prefs.getByText('短信需要登记手机号码').waitFor();
    await desk.locator('input[name=mobile]').fill('13800138000');
    await prefs.getByText('短信需要登记手机号码').waitFor({ state: 'detached' });
    await expectNoEnglish(desk);
    await screenshot(desk, '71-contact-preferences');
    await desk.getByRole('button', { name: '保存' }).click();
    await desk.waitForURL(/\/show$/);
    await desk.getByTestId('contact-preferences-text').getByText('催报提醒：仅站内通知；逾期未报：邮件、短信；处理结果：邮件、短信').waitFor();

    const stored = await t.http().get(`/api/contacts/${contactId}`).set(bearer(await t.adminToken()));
    expect(stored.body.preferences).toEqual({ reminders: [], overdue: ['EMAIL', 'SMS'], decisions: ['EMAIL', 'SMS'] });
    await desk.goto(`${base}/#/contacts/${contactId}`);
    await desk.reload();
    await useDefaults.waitFor();
    expect(await useDefaults.isChecked()).toBe(false);
    expect(await box('decisions', 'SMS').isChecked()).toBe(true);
    expect(await box('reminders', 'EMAIL').isChecked()).toBe(false);
    expect(await box('reminders', 'SMS').isChecked()).toBe(false);
    await desk.context().close();
  });

  it('the office\'s 渠道设置: a template\'s characters and segments counted live; the SMS secret is never shown back', async () => {
    await office.getByRole('menuitem', { name: '渠道设置' }).click();
    const sms = office.locator('[data-testid=sms-settings]');
    await sms.getByText('尚未配置短信服务').waitFor();
    await expectNoEnglish(office, ['admin']);
    await screenshot(office, '72-channel-settings');

    await sms.getByLabel('启用短信服务').check();
    await sms.locator('input[name="sms.endpoint"]').fill(servers.aliyunUrl);
    await sms.locator('input[name="sms.accessKeyId"]').fill('test-access-key');
    await sms.locator('input[name="sms.accessKeySecret"]').fill(SECRET);
    await sms.locator('input[name="sms.signName"]').fill('区信用办');
    const test = sms.locator('[data-testid=template-test]');
    await test.locator('input[name="sms.templates.test.code"]').fill('SMS_100001');
    await test.locator('textarea[name="sms.templates.test.text"]').fill('这是一条测试短信');
    // 【区信用办】这是一条测试短信: 14 characters, one segment.
    await test.getByTestId('template-test-count').getByText('连同签名共 14 字，计 1 条短信').waitFor();
    await test.locator('textarea[name="sms.templates.test.text"]').fill('这'.repeat(90));
    // 6 + 90 = 96 characters: beyond 70, in parts of 67 → 2.
    await test.getByTestId('template-test-count').getByText('连同签名共 96 字，计 2 条短信').waitFor();
    await test.locator('textarea[name="sms.templates.test.text"]').fill('信用办测试：');
    await test.getByRole('button', { name: '单位名称' }).click();
    expect(await test.locator('textarea[name="sms.templates.test.text"]').inputValue()).toBe('信用办测试：${unit}');
    await sms.getByRole('button', { name: '保存' }).click();
    await office.getByText('短信服务已保存').waitFor();

    await office.reload();
    const secret = sms.locator('input[name="sms.accessKeySecret"]');
    await secret.waitFor();
    expect(await secret.inputValue()).toBe('');
    expect(await secret.getAttribute('placeholder')).toBe('已设置，留空则不修改');
    expect(await secret.getAttribute('type')).toBe('password');
    expect(await sms.locator('input[name="sms.accessKeyId"]').inputValue()).toBe('test-access-key');
    const settings = await t.http().get('/api/settings/channels').set(bearer(await t.adminToken()));
    expect(JSON.stringify(settings.body)).not.toContain(SECRET);
    expect(settings.body.sms).toMatchObject({ provider: 'ALIYUN', hasSecret: true, signName: '区信用办' });

    // 免打扰时段 on the 24-hour clock, saved alone.
    const quiet = office.locator('[data-testid=quiet-hours]');
    await pickOption(office, 'quietHours.end', '07:30');
    await quiet.getByRole('button', { name: '保存' }).click();
    await office.getByText('免打扰时段已保存').waitFor();
    const after = await t.http().get('/api/settings/channels').set(bearer(await t.adminToken()));
    expect(after.body.quietHours).toEqual({ enabled: true, start: '20:00', end: '07:30' });
  });

  it('the office adds a robot for its group, sends it a test message and sees 已发送; the server got exactly one post', async () => {
    const robots = office.locator('[data-testid=office-robots]');
    await robots.getByRole('button', { name: '添加机器人' }).click();
    await robots.locator('input[name="robots.0.name"]').fill('区信用办工作群');
    await robots.locator('input[name="robots.0.webhookUrl"]').fill(servers.wecomUrl('office-key-1234'));
    await robots.getByRole('button', { name: '保存' }).click();
    await office.getByText('工作群机器人已保存').waitFor();
    // Write-only: the stored webhook is not filled back, only hinted.
    const webhook = robots.locator('input[name="robots.0.webhookUrl"]');
    await robots.getByText('已设置，留空则不修改').waitFor();
    expect(await webhook.inputValue()).toBe('');

    const card = office.locator('[data-testid=channel-test]');
    await card.getByLabel('工作群机器人').check();
    await card.locator('input[name=robotId]').locator('xpath=..').getByText('企业微信：区信用办工作群').waitFor();
    expect(servers.requests.wecom).toHaveLength(0);
    await card.getByRole('button', { name: '发送测试消息' }).click();
    const result = card.locator('[data-testid=channel-test-result]');
    await result.locator('tr[data-message=SENT]').getByText('已发送').waitFor();
    await result.getByText('区信用办工作群').waitFor();
    expect(servers.requests.wecom).toHaveLength(1);
    expect(servers.requests.wecom[0]!.query).toEqual({ key: 'office-key-1234' });
    await expectNoEnglish(office, ['admin']);
    await screenshot(office, '73-channel-test-sent');
    await result.getByRole('button', { name: '展开尝试记录' }).click();
    await result.getByText('第 1 次尝试').waitFor();
    await screenshot(office, '74-channel-test-attempts');

    // The status card counts it once the page refetches.
    await office.reload();
    await office.locator('[data-testid=channel-status] tr[data-channel=WECOM] [data-status=SENT]').getByText('1', { exact: true }).waitFor();
    expect(servers.requests.wecom).toHaveLength(1);
  });

  it('the office edits a unit\'s group robots on the unit\'s page', async () => {
    await office.goto(`${base}/#/units/${unit.id}/show`);
    const card = office.locator('[data-testid=unit-robots]');
    await card.getByText('该单位的工作群机器人').waitFor();
    await card.getByRole('button', { name: '添加机器人' }).click();
    await card.locator('input[name="robots.0.kind"]').locator('xpath=..').locator('[role=combobox]').click();
    await office.locator('li[role=option][data-value=DINGTALK]').click();
    await card.locator('input[name="robots.0.name"]').fill(`${unit.name}工作群`);
    await card.locator('input[name="robots.0.webhookUrl"]').fill(servers.dingtalkUrl('unit-token'));
    await card.locator('input[name="robots.0.secret"]').fill(DINGTALK_SECRET);
    await card.locator('input[name="robots.0.keyword"]').fill('信用');
    await card.getByRole('button', { name: '保存' }).click();
    await office.getByText('工作群机器人已保存').waitFor();
    const res = await t.http().get(`/api/units/${unit.id}/robots`).set(bearer(await t.adminToken()));
    expect(res.body).toMatchObject([{ kind: 'DINGTALK', name: `${unit.name}工作群`, hasSecret: true, keyword: '信用' }]);
    await expectNoEnglish(office, ['admin']);
    await screenshot(office, '75-unit-robots-office');
  });

  it('a notice of the chase shows its 渠道投递: the unit group\'s post and the contact\'s SMS, each with its attempts', async () => {
    await t.app.get(ObligationsService).generate(new Date(`${DAY}T08:00:00+08:00`));
    const admin = bearer(await t.adminToken());
    const run = await t.http().post('/api/notices/jobs/run').set(admin).send({ asOf: DAY, dryRun: false });
    expect(run.status).toBe(200);
    const list = await t.http().get('/api/notices').query({ filter: JSON.stringify({ unitId: unit.id, kind: 'OVERDUE' }), range: '[0,0]' }).set(admin);
    const notice = (await t.http().get(`/api/notices/${list.body[0].id}`).set(admin)).body;
    const channels = (notice.channelMessages as { channel: string }[]).map((m) => m.channel).sort();
    expect(channels).toEqual(['DINGTALK', 'SMS']);

    await office.goto(`${base}/#/notices/${notice.id}/show`);
    const log = office.locator('[data-testid=channel-log]');
    await log.locator('tr[data-message]').nth(1).waitFor();
    await log.getByText(`${unit.name}工作群`).waitFor();
    await log.getByText('13800138000', { exact: false }).waitFor();
    await expectNoEnglish(office, ['admin']);
    await screenshot(office, '76-notice-channel-log');
  });

  it('logged no console error on any page', () => {
    expect(console.errors).toEqual([]);
  });
});

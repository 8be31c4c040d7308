// Issue 13 in a real Chromium against the built dashboard: a unit withdraws a filing still in review; the office
// reopens an accepted filing with a reason (clicking into the reason box and typing), edits its stock return reasons
// and returns a filing with one picked from the dialog; the unit page shows its year (counts, score, 逾期未报 items
// linked to their obligations, contacts); the obligation page shows the contacts and the notices that named it and
// decides a pending explanation in place. No English, no console error.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { generateHistory } from '../../backend/src/demo/history.ts';
import { ADMIN_PASSWORD, bearer, type TestApp } from '../support/test-app.ts';
import { ConsoleErrors, expectNoEnglish, launch, newPage, screenshot, signIn, startAppWithDashboard } from './support/browser.ts';

const PASSWORD = 'password-123';
const REOPEN_REASON = '附件中的统计数与填报数不一致，重新审核';
const STOCK = '请加盖单位公章后重新上传报送材料';

jest.setTimeout(90_000);

describe('dashboard in Chromium: withdraw, reopen, stock return reasons, the unit and obligation pages', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let office: Page;
  const console = new ConsoleErrors();
  /** The obligation whose filing the unit withdraws (逾期未报 again), and that unit's contact. */
  let owed: { id: number; unitId: number };
  let unitToken: string;

  const admin = async () => bearer(await t.adminToken());
  const api = async (url: string, filter: object = {}) => {
    const res = await t.http().get(url).query({ filter: JSON.stringify(filter), range: '[0,199]' }).set(await admin());
    expect(res.status).toBe(200);
    return res.body;
  };
  const show = async (page: Page, resource: string, id: number) => {
    await page.goto(`${base}/#/${resource}/${id}/show`);
    await page.locator('main').waitFor();
  };

  beforeAll(async () => {
    t = await startAppWithDashboard();
    await generateHistory(t.app, { months: 12, seed: 'transitions' });
    await t.http().post('/api/notices/jobs/run').set(await admin()).send({ asOf: '2026-11-27' }).expect(200);
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as { port: number }).port}`;
    browser = await launch();
    office = await newPage(browser, console);
    await signIn(office, base, 'admin', ADMIN_PASSWORD);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('a unit withdraws its filing in review from the filing page: confirmed, 已撤回, the obligation 逾期未报', async () => {
    // October (due 5 November) still missing for some unit: its contact files a 情况说明, then withdraws it.
    [owed] = await api('/api/obligations', { streamCode: 'SGS_MONTHLY', period: '2026-10', status: 'OVERDUE' });
    await t.http().post('/api/users').set(await admin()).send({ username: 'chehui', displayName: '单位信息员', password: PASSWORD, role: 'UNIT', unitId: owed.unitId }).expect(201);
    unitToken = await t.login('chehui', PASSWORD);
    const filed = await t.http().post('/api/submissions').set(bearer(unitToken)).send({ obligationId: owed.id, kind: 'NO_DATA', reason: '本月未产生行政许可和行政处罚信息' });
    expect(filed.status).toBe(201);

    const unit = await newPage(browser, console);
    await signIn(unit, base, 'chehui', PASSWORD);
    await show(unit, 'submissions', filed.body.id);
    await unit.getByRole('button', { name: '撤回报送' }).click();
    const dialog = unit.getByRole('dialog');
    await dialog.getByText('撤回后，这次报送视为未报送').waitFor();
    await screenshot(unit, 'transitions-01-withdraw-confirm');
    await dialog.getByRole('button', { name: '确认撤回' }).click();
    await unit.getByText('已撤回报送，可修改后重新报送').waitFor();
    await unit.locator('[data-status]', { hasText: '已撤回' }).first().waitFor();
    await unit.locator('[data-testid=transition-note]').waitFor();
    expect(await unit.getByRole('button', { name: '撤回报送' }).count()).toBe(0);
    await expectNoEnglish(unit, ['chehui']);
    await screenshot(unit, 'transitions-02-withdrawn');
    const after = await t.http().get(`/api/obligations/${owed.id}`).set(await admin());
    expect(after.body).toMatchObject({ status: 'OVERDUE', missing: true });
    await unit.close();
  });

  it('the office reopens an accepted filing with a reason typed into the dialog: 待审核 again, audited', async () => {
    const [accepted] = await api('/api/submissions', { reviewState: 'ACCEPTED' });
    await show(office, 'submissions', accepted.id);
    await office.getByRole('button', { name: '重新打开' }).click();
    const dialog = office.getByRole('dialog');
    // Confirming with an empty box asks for the reason.
    await dialog.getByRole('button', { name: '重新打开' }).click();
    await dialog.getByText('必填').waitFor();
    const box = dialog.locator('textarea[name=reason]');
    await box.click();
    await box.pressSequentially(REOPEN_REASON);
    await screenshot(office, 'transitions-03-reopen-dialog');
    await dialog.getByRole('button', { name: '重新打开' }).click();
    await office.getByText('已重新打开，报送回到待审核').waitFor();
    await office.locator('[data-testid=transition-note]', { hasText: REOPEN_REASON }).waitFor();
    await office.getByRole('button', { name: '通过' }).waitFor();
    const now = await t.http().get(`/api/submissions/${accepted.id}`).set(await admin());
    expect(now.body).toMatchObject({ reviewState: 'PENDING', review: null, reopenReason: REOPEN_REASON });
    const events = await t.prisma.auditEvent.count({ where: { resource: 'submissions', action: 'REOPEN', recordId: String(accepted.id) } });
    expect(events).toBe(1);
    await expectNoEnglish(office, ['admin']);
  });

  it('the office edits its stock return reasons in 系统设置 and returns a filing with one picked in the dialog', async () => {
    await office.goto(`${base}/#/settings`);
    const box = office.locator('textarea[name=returnReasons]');
    await box.waitFor();
    await office.waitForFunction(() => (document.querySelector('textarea[name=returnReasons]') as HTMLTextAreaElement | null)?.value !== '');
    await box.fill(`${STOCK}\n统计数与附件中的数据不一致，请核对后重新报送`);
    await office.getByRole('button', { name: '保存' }).click();
    await office.getByText('常用退回意见已保存').waitFor();
    await expectNoEnglish(office, ['admin']);
    await screenshot(office, 'transitions-04-settings');

    const [pending] = await api('/api/submissions', { reviewState: 'PENDING' });
    await show(office, 'submissions', pending.id);
    await office.getByRole('button', { name: '退回' }).click();
    const dialog = office.getByRole('dialog');
    await dialog.locator('[data-testid=reason-suggestions]').getByText(STOCK).click();
    const reason = dialog.locator('textarea[name=reason]');
    expect(await reason.inputValue()).toBe(STOCK);
    // The pick stays editable: the box has the focus, typing appends.
    await office.keyboard.type('（第2页）');
    expect(await reason.inputValue()).toBe(`${STOCK}（第2页）`);
    await screenshot(office, 'transitions-05-return-stock-reason');
    await dialog.getByRole('button', { name: '退回' }).click();
    await office.getByText('已退回，单位将看到退回原因').waitFor();
    const returned = await t.http().get(`/api/submissions/${pending.id}`).set(await admin());
    expect(returned.body.review).toMatchObject({ decision: 'RETURN', reason: `${STOCK}（第2页）` });
  });

  it('the unit page shows the year: status counts, score, 逾期未报 items linked to their obligations, contacts', async () => {
    const ranking = await t.http().get('/api/assessments').query({ filter: JSON.stringify({ year: 2026 }), sort: '["score","ASC"]', range: '[0,0]' }).set(await admin());
    const worst = ranking.body[0];
    await show(office, 'units', worst.unitId);
    const overview = office.locator('[data-testid=unit-overview]');
    await overview.waitFor();
    await overview.locator('[data-testid=unit-score]', { hasText: String(worst.score) }).waitFor();
    await overview.locator('[data-testid=unit-status-counts] [data-status]').nth(7).waitFor();
    const links = overview.locator('[data-testid=unit-overdue] a');
    const answer = await t.http().get(`/api/units/${worst.unitId}/overview?year=2026`).set(await admin());
    expect(await links.count()).toBe(answer.body.overdue.length);
    expect(answer.body.overdue.length).toBeGreaterThan(0);
    await overview.getByText(`逾期未报事项（${answer.body.overdue.length} 项）`).waitFor();
    await expectNoEnglish(office, ['admin']);
    await screenshot(office, 'transitions-06-unit-show');
    await links.first().click();
    await office.waitForURL(new RegExp(`#/obligations/${answer.body.overdue[0].obligationId}/show`));
    await office.getByRole('heading', { name: '催报记录（提到该事项的通知）' }).waitFor();
  });

  it('the obligation page: the unit\'s contacts, the notices that named it, and its pending explanation decided in place', async () => {
    // The unit explains the October report it withdrew (逾期未报 again); the chase of 27 November named it.
    const text = '原联系人调岗，新联系人尚未完成交接，本月报送延误';
    const filed = await t.http().post('/api/explanations').set(bearer(unitToken)).send({ obligationId: owed.id, category: 'STAFF_CHANGE', text });
    expect(filed.status).toBe(201);
    const pending = filed.body;
    const notices = await api('/api/notices', { obligationId: pending.obligationId });
    expect(notices.length).toBeGreaterThan(0);
    expect(notices.every((n: { obligationIds: number[] }) => n.obligationIds.includes(owed.id))).toBe(true);
    await show(office, 'obligations', pending.obligationId);
    await office.getByRole('heading', { name: '单位联系人' }).waitFor();
    const explanations = office.locator('table', { hasText: text.slice(0, 10) });
    await explanations.getByRole('button', { name: '采纳', exact: true }).waitFor();
    await office.getByText(notices[0].title).first().waitFor();
    await office.locator('[data-testid=contact-cards], [data-testid=no-contacts]').first().waitFor();
    await expectNoEnglish(office, ['admin']);
    await screenshot(office, 'transitions-07-obligation-show');
    await explanations.getByRole('button', { name: '采纳', exact: true }).click();
    await office.getByText('已采纳该说明').waitFor();
    const decided = await t.http().get(`/api/explanations/${pending.id}`).set(await admin());
    expect(decided.body.status).toBe('ACCEPTED');
    // Still on the obligation page: the decision did not open the explanation's own page.
    expect(office.url()).toContain(`#/obligations/${pending.obligationId}/show`);
  });

  it('no console error on any page visited', () => {
    expect(console.errors).toEqual([]);
  });
});

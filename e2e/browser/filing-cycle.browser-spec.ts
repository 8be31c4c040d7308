// The scenario of issue 4 §6 in a real Chromium against the real app serving the built dashboard: the
// office's home, a unit's filing, a return with a reason, a second filing, the acceptance, the ranking; a
// unit user typing another unit's URL sees nothing of it; no console error on any page visited.
import type { Obligation } from '@credit/contract/api';
import { periodLabel } from '@credit/contract/labels';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { generateHistory } from '../../backend/src/demo/history.ts';
import { ADMIN_PASSWORD, bearer, type TestApp } from '../support/test-app.ts';
import { backOnDeskThenHistory, ConsoleErrors, expectNoEnglish, launch, newPage, pickOption, screenshot, signIn, startAppWithDashboard, withTypedCounts } from './support/browser.ts';

const PASSWORD = 'password-123';
const REASON = '法人行政许可数与公示网站不一致，请核实后重新报送';

jest.setTimeout(60_000);

/** The day of the scenario, for the app and the browser alike: November has ended (see beforeAll). */
const DAY = '2026-12-02T10:00:00+08:00';

describe('dashboard in Chromium: the filing cycle', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let office: Page;
  let desk: Page;
  const console = new ConsoleErrors();
  let obligation: Obligation;
  let other: { unitId: number; unitName: string; obligationId: number; submissionId: number; contactId: number };

  const api = async (url: string, filter: object = {}) => {
    const res = await t.http().get(url).query({ filter: JSON.stringify(filter), range: '[0,99]' }).set(bearer(await t.adminToken()));
    expect(res.status).toBe(200);
    return res.body;
  };
  const createUser = async (username: string, displayName: string, role: 'UNIT' | 'LEADER', unitId: number | null) => {
    const res = await t.http().post('/api/users').set(bearer(await t.adminToken())).send({ username, displayName, password: PASSWORD, role, unitId });
    expect(res.status).toBe(201);
  };
  const fillCounts = async (page: Page, values: number[]) => {
    const fields = ['legalPersonLicenses', 'legalPersonPenalties', 'naturalPersonLicenses', 'naturalPersonPenalties'];
    for (const [i, field] of fields.entries()) await page.fill(`input[name="counts.${field}"]`, String(values[i]));
  };
  const queueRow = () => office.locator('tbody tr', { hasText: obligation.unitName }).filter({ hasText: periodLabel(obligation.period) });

  beforeAll(async () => {
    t = await startAppWithDashboard();
    await generateHistory(t.app, { months: 12, seed: 'browser' });
    await withTypedCounts(t); // this scenario types the four counts (the data file: records.browser-spec.ts)
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as { port: number }).port}`;

    // 2 December: November has ended (a month is fileable only then) and is due on 7 December; a unit files it.
    t.clock.set(DAY);
    obligation = (await api('/api/obligations', { streamCode: 'SGS_MONTHLY', status: 'PENDING' })).find((o: Obligation) => o.period === '2026-11');
    await createUser('lianluoyuan', '单位信息员', 'UNIT', obligation.unitId);
    await createUser('lingdao', '领导小组成员', 'LEADER', null);
    // Another unit, with a filing and a contact on file.
    for (const filed of await api('/api/submissions')) {
      const [contact] = filed.unitId === obligation.unitId ? [] : await api('/api/contacts', { unitId: filed.unitId });
      if (!contact) continue;
      other = { unitId: filed.unitId, unitName: filed.unitName, obligationId: filed.obligationId, submissionId: filed.id, contactId: contact.id };
      break;
    }
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('the office signs in and sees this month\'s figures, the ranking chart, the trend and the matrix', async () => {
    office = await newPage(browser, console, { now: DAY });
    await signIn(office, base, 'admin', ADMIN_PASSWORD);
    await office.locator('[data-testid=ranking-chart] svg[role=img] rect[data-series]').first().waitFor();
    await office.locator('[data-testid=trend-chart] svg[role=img] [data-series] path').first().waitFor();
    await office.locator('[data-testid=matrix-table] tbody tr').nth(32).waitFor();
    expect(await office.locator('[data-testid=matrix-table] tbody tr').count()).toBe(33);
    expect(await office.locator('[data-testid=matrix-table] [data-status=ON_TIME]').count()).toBeGreaterThan(100);
    await office.locator('[data-testid=matrix-legend]').getByText('逾期未报').waitFor();
    expect(await office.locator('[data-testid=ranking-table] tbody tr').count()).toBe(33);
    await office.locator('[data-testid=overdue] a[href^="tel:"]').first().waitFor();
    // Each overdue unit has its 催报通知 at hand.
    const firstOverdue = office.locator('[data-testid=overdue] tr[data-unit]').first();
    const [letter] = await Promise.all([office.waitForEvent('download'), firstOverdue.getByRole('button', { name: '催报通知（Word）' }).click()]);
    expect(letter.suggestedFilename()).toMatch(new RegExp(`^关于督促${await firstOverdue.getAttribute('data-unit')}报送社会信用信息的通知（\\d{4}-\\d{2}-\\d{2}）\\.docx$`));
    await expectNoEnglish(office);
    await screenshot(office, '01-office-home');
  });

  it('a unit contact files the four counts (a refused file shows the server\'s message) and sees it in the history', async () => {
    desk = await newPage(browser, console, { now: DAY });
    await signIn(desk, base, 'lianluoyuan', PASSWORD);
    const item = desk.locator(`[data-testid=desk-item][data-obligation="${obligation.id}"]`);
    await item.waitFor();
    await expectNoEnglish(desk);
    await screenshot(desk, '10-unit-desk');

    await item.getByRole('button', { name: '报送', exact: true }).click();
    await desk.locator('input[name="counts.legalPersonLicenses"]').waitFor();
    await console.expecting([400], async () => {
      await desk.setInputFiles('input[type=file]', { name: '安装程序.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ\x90\x00') });
      await desk.getByText('不支持的附件类型').waitFor();
    });
    await desk.setInputFiles('input[type=file]', { name: '双公示统计表.csv', mimeType: 'text/csv', buffer: Buffer.from('表,条数\n附件1,12\n') });
    await desk.locator('[data-testid=attachment]', { hasText: '双公示统计表.csv' }).waitFor();
    await fillCounts(desk, [12, 3, 8, 0]);
    await expectNoEnglish(desk, ['exe']); // the refused file's name
    await screenshot(desk, '11-filing-form');
    await desk.getByRole('button', { name: '提交报送' }).click();

    await backOnDeskThenHistory(desk);
    const row = desk.locator('tbody tr', { hasText: periodLabel(obligation.period) }).filter({ hasText: '待审核' });
    await row.waitFor();
    expect(await row.locator('[data-field=legalPersonLicenses]').innerText()).toBe('12');
    await screenshot(desk, '12-unit-history');
  });

  it('the office returns it with a reason', async () => {
    await office.goto(`${base}/#/submissions`);
    await queueRow().waitFor();
    await expectNoEnglish(office);
    await screenshot(office, '02-review-queue');
    await queueRow().getByRole('button', { name: '退回' }).click();
    // Mouse and keyboard as a clerk uses them: a click into the box (the row behind it must not take the click),
    // typing, then the dialog's button.
    const reasonBox = office.getByRole('dialog').locator('textarea[name=reason]');
    await reasonBox.click();
    await office.keyboard.type(REASON);
    expect(await reasonBox.inputValue()).toBe(REASON);
    expect(office.url()).toMatch(/#\/submissions$/);
    await office.getByRole('dialog').getByRole('button', { name: '退回' }).click();
    await office.getByText('已退回，单位将看到退回原因').waitFor();
    await queueRow().waitFor({ state: 'detached' });
    expect(office.url()).toMatch(/#\/submissions$/);
    const [returned] = await api('/api/submissions', { obligationId: obligation.id });
    expect(returned.review).toMatchObject({ decision: 'RETURN', reason: REASON });
  });

  it('the unit sees the office\'s reason and files again', async () => {
    await desk.goto(`${base}/#/`);
    const item = desk.locator(`[data-testid=desk-RETURNED] [data-obligation="${obligation.id}"]`);
    await item.getByText(REASON).waitFor();
    await screenshot(desk, '13-unit-returned');
    await item.getByRole('button', { name: '重新报送' }).click();
    await desk.getByText(`上次报送被退回：${REASON}`).waitFor();
    await fillCounts(desk, [13, 3, 8, 0]);
    await desk.getByRole('button', { name: '提交报送' }).click();
    await backOnDeskThenHistory(desk);
    const rows = desk.locator('tbody tr', { hasText: periodLabel(obligation.period) });
    await rows.filter({ hasText: '待审核' }).waitFor();
    await rows.filter({ hasText: '已退回' }).getByText(REASON).waitFor();
    await screenshot(desk, '14-unit-history-two-versions');
  });

  it('the office accepts, and the ranking of the month shows the unit as filed on time', async () => {
    await office.reload(); // the office stayed on the queue after the return: load it again with the new filing
    await queueRow().getByRole('button', { name: '通过' }).click();
    await office.getByText('已审核通过').waitFor();
    await queueRow().waitFor({ state: 'detached' });

    await office.goto(`${base}/#/`);
    await pickOption(office, 'rangeKey', obligation.period);
    const row = office.locator(`[data-testid=ranking-table] tr[data-unit="${obligation.unitName}"]`);
    await row.locator('[data-col=onTime]', { hasText: '1' }).waitFor();
    expect(await row.locator('[data-col=onTimeRate]').innerText()).toBe('100.0%');
    await screenshot(office, '03-ranking-after-acceptance');
  });

  it('a unit user typing another unit\'s URL sees nothing of it', async () => {
    const records = [
      ['units', other.unitId],
      ['obligations', other.obligationId],
      ['submissions', other.submissionId],
      ['contacts', other.contactId],
    ] as const;
    await console.expecting([404], async () => {
      for (const [resource, id] of records) {
        const answered = desk.waitForResponse((r) => r.url().endsWith(`/api/${resource}/${id}`));
        await desk.goto(`${base}/#/${resource}/${id}/show`);
        expect([resource, (await answered).status()]).toEqual([resource, 404]);
        await desk.waitForURL(new RegExp(`#/${resource}$`)); // react-admin leaves for the (own) list
        await desk.waitForLoadState('networkidle');
        const text = await desk.locator('body').innerText();
        expect({ resource, leaked: text.includes(other.unitName) }).toEqual({ resource, leaked: false });
      }
      await screenshot(desk, '15-unit-other-unit-url');
    });
  });

  it('the leading group sees the office\'s pages read-only', async () => {
    const leader = await newPage(browser, console, { now: DAY });
    await signIn(leader, base, 'lingdao', PASSWORD);
    await leader.locator('[data-testid=ranking-chart] svg[role=img] rect[data-series]').first().waitFor();
    await leader.goto(`${base}/#/submissions?filter=${encodeURIComponent('{}')}`);
    await leader.locator('tbody tr').first().waitFor();
    expect(await leader.getByRole('button', { name: '通过' }).count()).toBe(0);
    await leader.goto(`${base}/#/obligations/${obligation.id}/show`);
    await leader.getByText(obligation.streamName).first().waitFor();
    expect(await leader.getByRole('button', { name: '免报' }).count()).toBe(0);
    expect(await leader.getByRole('link', { name: '编辑' }).count()).toBe(0);
    await expectNoEnglish(leader);
    await leader.context().close();
  });

  it.each([
    ['20-obligations', 'obligations', 'tbody tr'],
    ['21-obligation', 'obligations/OBLIGATION/show', 'main [data-status]'],
    ['22-explanations', 'explanations?filter=%7B%7D', 'tbody tr'],
    ['23-exemptions', 'exemptions', 'tbody tr'],
    ['24-stream-edit', 'streams/2', 'input[name=dueDate]'],
    ['25-units', 'units', 'tbody tr'],
    ['26-contacts', 'contacts', 'tbody tr'],
    ['27-audit-log', 'audit-events', 'tbody tr'],
  ])('the office page %s is in Chinese', async (name, route, ready) => {
    await office.goto(`${base}/#/${route.replace('OBLIGATION', String(obligation.id))}`);
    await office.locator(ready).first().waitFor();
    await expectNoEnglish(office, ['admin', 'lianluoyuan', 'lingdao']); // user names in the audit log
    await screenshot(office, name);
  });

  it('a unit keeps its own contacts', async () => {
    await desk.goto(`${base}/#/contacts/create`);
    await desk.fill('input[name=name]', '赵信息');
    await desk.fill('input[name=mobile]', '13900001111');
    await desk.getByRole('button', { name: '保存' }).click();
    await desk.getByText('赵信息').first().waitFor();
    await desk.goto(`${base}/#/contacts`);
    await desk.locator('tbody tr', { hasText: '赵信息' }).waitFor();
    expect(await desk.locator('tbody').innerText()).not.toContain(other.unitName);
    await expectNoEnglish(desk);
    await screenshot(desk, '16-unit-contacts');
  });

  it('logged no console error on any page visited', () => {
    expect(console.errors).toEqual([]);
  });
});

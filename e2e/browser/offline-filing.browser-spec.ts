// 补录线下报送 and 免报 in a real Chromium: the office records a report it received by e-mail, with a past
// received time (a future one is refused with the server's message), and the obligation's status changes;
// the office waives another obligation and the unit sees it, with the reason, on its desk; the office's
// obligation list opens on the last three months. No console error on any page visited.
import type { Obligation } from '@credit/contract/api';
import { periodLabel } from '@credit/contract/labels';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { generateHistory } from '../../backend/src/demo/history.ts';
import { ADMIN_PASSWORD, bearer, TEST_NOW, type TestApp } from '../support/test-app.ts';
import { ConsoleErrors, expectNoEnglish, launch, newPage, screenshot, signIn, startAppWithDashboard, withTypedCounts } from './support/browser.ts';

const PASSWORD = 'password-123';
const EXEMPT_REASON = '该单位本季度机构改革，经领导小组同意免报';


/** An instant as a datetime-local value in Beijing time ('YYYY-MM-DDTHH:mm'). */
const beijingLocal = (instant: Date) => new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);
const month = (offset: number) => {
  const now = new Date(new Date(TEST_NOW).getTime() + 8 * 3_600_000);
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
  return d.toISOString().slice(0, 7);
};

jest.setTimeout(60_000);

describe('dashboard in Chromium: offline reports and exemptions', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let office: Page;
  const console = new ConsoleErrors();
  let overdue: Obligation;
  let waived: Obligation;

  const api = async (url: string, filter: object = {}) => {
    const res = await t.http().get(url).query({ filter: JSON.stringify(filter), range: '[0,499]' }).set(bearer(await t.adminToken()));
    expect(res.status).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    t = await startAppWithDashboard();
    await generateHistory(t.app, { months: 6, seed: 'offline' });
    await withTypedCounts(t); // this scenario types the four counts (the data file: records.browser-spec.ts)
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as { port: number }).port}`;

    // An overdue monthly 双公示 with nothing filed; a pending one of another unit, to be waived.
    const overdues: Obligation[] = await api('/api/obligations', { streamCode: 'SGS_MONTHLY', status: 'OVERDUE' });
    overdue = overdues.find((o) => o.latestSubmissionId == null)!;
    expect(overdue).toBeDefined();
    const pendings: Obligation[] = await api('/api/obligations', { status: 'PENDING' });
    waived = pendings.find((o) => o.unitId !== overdue.unitId)!;
    expect(waived).toBeDefined();
    const res = await t.http().post('/api/users').set(bearer(await t.adminToken()))
      .send({ username: 'mianbao', displayName: '单位信息员', password: PASSWORD, role: 'UNIT', unitId: waived.unitId });
    expect(res.status).toBe(201);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('the office\'s obligation list opens on the last three months, and the filter can be removed', async () => {
    office = await newPage(browser, console);
    await signIn(office, base, 'admin', ADMIN_PASSWORD);
    await office.goto(`${base}/#/obligations`);
    await office.locator('tbody tr').first().waitFor();
    expect(await office.locator('input[name=from]').inputValue()).toBe(month(-2));
    expect(await office.locator('input[name=to]').inputValue()).toBe(month(0));
    const filtered = await office.locator('.MuiTablePagination-displayedRows').innerText();
    await expectNoEnglish(office);
    await screenshot(office, '40-obligations-last-three-months');
    // remove both month filters, one after the other as a user sees each go: more obligations. (Two removals
    // within the same render lose the first: react-admin's list params reduce the second from the query it had.)
    for (const name of ['from', 'to']) {
      await office.locator(`[data-source=${name}] button[data-key=${name}]`).click();
      await office.locator(`input[name=${name}]`).waitFor({ state: 'detached' });
    }
    await office.waitForFunction((before) => {
      const el = document.querySelector('.MuiTablePagination-displayedRows');
      return el && el.textContent !== before;
    }, filtered);
    expect(await office.locator('input[name=from]').count()).toBe(0);
  });

  it('the office records a report received by e-mail: a future time is refused, a past one changes the status', async () => {
    await office.goto(`${base}/#/obligations/${overdue.id}/show`);
    await office.locator('main [data-status=OVERDUE]').first().waitFor();
    await office.getByRole('button', { name: '补录线下报送' }).click();
    const receivedAt = office.locator('input[name=receivedAt]');
    await receivedAt.waitFor();
    // the unit's filing form, with the received time (now by default)
    await office.locator('input[name="counts.legalPersonLicenses"]').waitFor();
    expect(await receivedAt.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    const values = [5, 1, 2, 0];
    const fields = ['legalPersonLicenses', 'legalPersonPenalties', 'naturalPersonLicenses', 'naturalPersonPenalties'];
    for (const [i, field] of fields.entries()) await office.fill(`input[name="counts.${field}"]`, String(values[i]));

    await console.expecting([400], async () => {
      await receivedAt.fill(beijingLocal(new Date(t.clock.nowMs() + 2 * 86_400_000)));
      await office.getByRole('button', { name: '保存补录' }).click();
      await office.getByText('收到时间不能晚于当前时间').waitFor();
    });
    await expectNoEnglish(office);
    await screenshot(office, '41-offline-future-refused');

    const past = new Date(t.clock.nowMs() - 3 * 86_400_000);
    past.setUTCSeconds(0, 0);
    await receivedAt.fill(beijingLocal(past));
    await office.getByRole('button', { name: '保存补录' }).click();
    await office.getByText('已补录线下报送，等待审核').waitFor();
    await office.waitForURL(new RegExp(`#/obligations/${overdue.id}/show$`));
    await office.locator('main [data-status=SUBMITTED]').first().waitFor();
    await expectNoEnglish(office);
    await screenshot(office, '42-offline-recorded');

    const [filed] = await api('/api/submissions', { obligationId: overdue.id });
    expect({ filedAt: new Date(filed.filedAt).toISOString(), recordedByOffice: filed.recordedByOffice })
      .toEqual({ filedAt: past.toISOString(), recordedByOffice: true });
    const [after] = await api('/api/obligations', { id: [overdue.id] });
    expect(after.status).toBe('SUBMITTED');
  });

  it('the office waives an obligation, and the unit sees it with the reason on its desk', async () => {
    await office.goto(`${base}/#/obligations/${waived.id}/show`);
    await office.locator('main [data-status=PENDING]').first().waitFor();
    expect(await office.getByRole('button', { name: '补录线下报送' }).count()).toBe(1);
    await office.getByRole('button', { name: '免报' }).click();
    await office.locator('textarea[name=reason]').fill(EXEMPT_REASON);
    await office.getByRole('dialog').getByRole('button', { name: '免报' }).click();
    await office.getByText('已免报').first().waitFor();
    await office.locator('main [data-status=EXEMPT]').first().waitFor();
    expect(await office.getByRole('button', { name: '补录线下报送' }).count()).toBe(0);

    const desk = await newPage(browser, console);
    await signIn(desk, base, 'mianbao', PASSWORD);
    const row = desk.locator(`[data-testid=desk-exemption][data-obligation="${waived.id}"]`);
    await row.getByText(EXEMPT_REASON).waitFor();
    expect(await row.innerText()).toContain(periodLabel(waived.period));
    expect(await row.innerText()).toContain(waived.streamName);
    expect(await desk.getByRole('button', { name: '补录线下报送' }).count()).toBe(0);
    await expectNoEnglish(desk, ['mianbao']);
    await screenshot(desk, '43-unit-desk-exemptions');
    await desk.context().close();
  });

  it('logged no console error on any page visited', () => {
    expect(console.errors).toEqual([]);
  });
});

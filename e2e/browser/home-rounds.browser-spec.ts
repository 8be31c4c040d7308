// Issue 13 in Chromium on a day the current round is still open (2 December: November's reports are due on
// 7 December; the app's clock and Chromium's both pinned there): the home's ranking opens on the latest complete
// month (October), the trend and the matrix mark November as 收集中, matrix cells open their obligation from the
// keyboard, the home prints on A4 landscape with every unit; a unit's desk shows 说明待处理, only the sections
// that hold something, and after filing the unit is back on the desk with the confirmation.
import type { Obligation } from '@credit/contract/api';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { generateHistory } from '../../backend/src/demo/history.ts';
import { ADMIN_PASSWORD, bearer, type TestApp } from '../support/test-app.ts';
import { ConsoleErrors, expectNoEnglish, launch, newPage, screenshot, signIn, startAppWithDashboard, withTypedCounts } from './support/browser.ts';

const DAY = '2026-12-02T10:00:00+08:00';
const PASSWORD = 'password-123';

jest.setTimeout(120_000);

describe('dashboard in Chromium: the latest complete round, print, desk', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let office: Page;
  const console = new ConsoleErrors();
  let units: string[];
  let explained: Obligation;
  let toFile: Obligation;

  const api = async <T,>(url: string, query: Record<string, string> = {}, token?: string): Promise<T> => {
    const res = await t.http().get(url).query(query).set(bearer(token ?? (await t.adminToken())));
    expect(res.status).toBe(200);
    return res.body as T;
  };

  beforeAll(async () => {
    t = await startAppWithDashboard();
    t.clock.set(DAY);
    await generateHistory(t.app, { now: new Date(DAY), seed: 'rounds-browser', months: 13 });
    await withTypedCounts(t);
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as { port: number }).port}`;
    units = (await t.prisma.unit.findMany({ where: { active: true }, orderBy: { sortOrder: 'asc' } })).map((u) => u.name);
    // A unit with two reports missing, one of them a 双公示 month: it explains one and files the other.
    const overdue = await api<Obligation[]>('/api/obligations', { filter: JSON.stringify({ status: ['OVERDUE'] }), range: '[0,999]' });
    const byUnit = new Map<number, Obligation[]>();
    for (const o of overdue) byUnit.set(o.unitId, [...(byUnit.get(o.unitId) ?? []), o]);
    const mine = [...byUnit.values()].find((list) => list.length >= 2 && list.some((o) => o.streamCode === 'SGS_MONTHLY'))!;
    toFile = mine.find((o) => o.streamCode === 'SGS_MONTHLY')!;
    explained = mine.find((o) => o.id !== toFile.id)!;
    const admin = bearer(await t.adminToken());
    const user = await t.http().post('/api/users').set(admin).send({ username: 'lunci', displayName: '单位信息员', password: PASSWORD, role: 'UNIT', unitId: toFile.unitId });
    expect(user.status).toBe(201);
    browser = await launch();
    office = await newPage(browser, console, { now: DAY });
    await signIn(office, base, 'admin', ADMIN_PASSWORD);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('the home ranking opens on the latest complete month, not the one still being collected', async () => {
    const period = office.locator('[data-testid=ranking-period]');
    await period.waitFor();
    expect(await period.getAttribute('data-period')).toBe('2026-10');
    expect(await period.innerText()).toBe('2026年10月');
    const rows = office.locator('[data-testid=ranking-table] tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(units.length);
    // The table is October's ranking as the API gives it by default.
    const ranking = await api<{ unitName: string; expected: number }[]>('/api/compliance/ranking', { from: '2026-10', to: '2026-10' });
    expect(ranking.every((r) => r.expected > 0)).toBe(true);
    expect(await rows.first().getAttribute('data-unit')).toBe(ranking[0]!.unitName);
    // The picker names November as 收集中.
    await office.locator('input[name=rangeKey]').locator('xpath=..').locator('[role=combobox]').click();
    await office.locator('li[role=option][data-value="2026-11"]', { hasText: '2026年11月（收集中）' }).waitFor();
    await office.keyboard.press('Escape');
    await office.locator('[data-testid=overdue] h2', { hasText: /共 \d+ 个单位 \d+\+? 项/ }).waitFor();
    await expectNoEnglish(office, ['lunci']);
    await screenshot(office, '60-home-latest-round');
  });

  it('the trend and the matrix show the last 12 complete months and November marked 收集中', async () => {
    const trend = office.locator('[data-testid=trend-chart]');
    expect(await trend.getAttribute('data-from')).toBe('2025-11');
    expect(await trend.getAttribute('data-open')).toBe('2026-11');
    const heads = office.locator('[data-testid=matrix-table] thead th[data-month]');
    await heads.first().waitFor();
    expect(await heads.count()).toBe(13);
    expect(await heads.first().getAttribute('data-month')).toBe('2025-11');
    await office.locator('[data-testid=matrix-table] th[data-month="2026-11"][data-open]', { hasText: '收集中' }).waitFor();
    await office.locator('[data-testid=matrix]').screenshot({ path: `${process.cwd()}/e2e/screenshots/61-matrix-rounds.png` });
  });

  it('a matrix cell is a link reached by the keyboard: Enter opens its obligation', async () => {
    const cell = office.locator('[data-testid=matrix-table] a[data-obligation]').first();
    const id = await cell.getAttribute('data-obligation');
    expect(await cell.getAttribute('aria-label')).toMatch(/^.+ .+ \d{4}年\d{1,2}月：.+，打开应报事项$/);
    await cell.focus();
    expect(await cell.evaluate((el) => el === document.activeElement && el.tabIndex >= 0)).toBe(true);
    await office.keyboard.press('Enter');
    await office.waitForURL(new RegExp(`#/obligations/${id}/show$`));
    await office.goBack();
    await office.locator('[data-testid=ranking-table] tbody tr').first().waitFor();
  });

  it('the home prints on A4 landscape: title and date, no app bar or pickers, every unit of the ranking', async () => {
    await office.emulateMedia({ media: 'print' });
    const header = office.locator('[data-testid=print-header]');
    expect(await header.isVisible()).toBe(true);
    expect(await header.innerText()).toBe('信用办督查考核平台 · 首页（打印日期：2026-12-02）');
    expect(await office.locator('header').first().isVisible()).toBe(false);
    expect(await office.locator('input[name=rangeKind]').locator('xpath=../..').isVisible()).toBe(false);
    const table = office.locator('[data-testid=ranking-table]');
    for (const name of units) expect([name, await table.locator(`tr[data-unit="${name}"]`).isVisible()]).toEqual([name, true]);
    // No inner scroll area: the table's container is as tall as the table.
    const clipped = await office.locator('[data-testid=ranking] .MuiTableContainer-root').evaluate((el) => el.scrollHeight > el.clientHeight + 1);
    expect(clipped).toBe(false);
    const text = await office.locator('body').innerText();
    for (const name of units) expect(text).toContain(name);
    await office.screenshot({ path: `${process.cwd()}/e2e/screenshots/62-home-print.png`, fullPage: true });
    const pdf = await office.pdf({ preferCSSPageSize: true, printBackground: true });
    // A4 landscape: 297 × 210 mm = 842 × 595 pt.
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'));
    expect(box && [Math.round(Number(box[1])), Math.round(Number(box[2]))]).toEqual([842, 595]);
    await office.emulateMedia({ media: 'screen' });
  });

  it('the desk: 说明待处理 for a filed explanation, no empty sections, and back on the desk after filing', async () => {
    const desk = await newPage(browser, console, { now: DAY });
    const token = await t.login('lunci', PASSWORD);
    const e = await t.http().post('/api/explanations').set(bearer(token)).send({ obligationId: explained.id, category: 'OTHER', text: '经办人调岗，交接期间未能报送' });
    expect(e.status).toBe(201);
    await signIn(desk, base, 'lunci', PASSWORD);
    const pending = desk.locator(`[data-testid=desk-item][data-obligation="${explained.id}"]`);
    await pending.locator('[data-testid=explanation-pending]', { hasText: '说明待处理' }).waitFor();
    expect(await pending.getByRole('button', { name: '提交未报说明' }).count()).toBe(0);
    // Every section shown holds something; the first one is the useful one.
    const own = await api<Obligation[]>('/api/obligations', { filter: JSON.stringify({}), range: '[0,999]' }, token);
    for (const status of ['RETURNED', 'OVERDUE', 'PENDING', 'SUBMITTED']) {
      const items = own.filter((o) => o.status === status).length;
      const panel = desk.locator(`[data-testid=desk-${status}]`);
      expect([status, await panel.count(), await panel.locator('[data-testid=desk-item]').count()]).toEqual([status, items > 0 ? 1 : 0, items]);
    }
    await expectNoEnglish(desk, ['lunci']);
    await screenshot(desk, '63-desk-explanation-pending');

    const item = desk.locator(`[data-testid=desk-item][data-obligation="${toFile.id}"]`);
    await item.getByRole('button', { name: '报送', exact: true }).click();
    for (const field of ['legalPersonLicenses', 'legalPersonPenalties', 'naturalPersonLicenses', 'naturalPersonPenalties']) {
      await desk.fill(`input[name="counts.${field}"]`, '2');
    }
    await desk.getByRole('button', { name: '提交报送' }).click();
    await desk.waitForURL(new RegExp(`^${base}/#/$`));
    await desk.getByText('已提交报送，等待信用办审核').waitFor();
    await desk.locator(`[data-testid=desk-SUBMITTED] [data-obligation="${toFile.id}"]`).waitFor();
    await screenshot(desk, '64-desk-after-filing');
    expect(console.errors).toEqual([]);
  });
});

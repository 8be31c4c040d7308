// The lists in a real Chromium (issue 13, point 6): the office filters 应报事项, downloads 导出 Excel and opens
// the .xlsx — every row of the filtered list (more than a page), as the API counts them; searches; accepts
// filings in bulk from the review queue; sees the count badges; and on a 390 × 844 phone a unit's desk, its
// lists and its filing form fit the screen (no horizontal scroll).
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { ObligationsService } from '../../backend/src/obligations/obligations.service.ts';
import { readXlsx, sheetRows } from '../support/office-files.ts';
import { ADMIN_PASSWORD, bearer, type TestApp } from '../support/test-app.ts';
import { ConsoleErrors, expectNoEnglish, launch, newPage, screenshot, signIn, startAppWithDashboard, withTypedCounts } from './support/browser.ts';

jest.setTimeout(90_000);

const PASSWORD = 'password-123';
const PHONE = { width: 390, height: 844 };
const enc = (v: unknown) => encodeURIComponent(JSON.stringify(v));

describe('dashboard in Chromium: lists — export, search, bulk, badges, phones', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let office: Page;
  let admin: string;
  let unit: { id: number; name: string };
  const console = new ConsoleErrors();

  /** The horizontal overflow of the page: what is wider than the screen. */
  const overflow = (page: Page) => page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));

  beforeAll(async () => {
    t = await startAppWithDashboard();
    await t.app.get(ObligationsService).generate(t.clock.now());
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as { port: number }).port}`;
    unit = await t.prisma.unit.findFirstOrThrow({ orderBy: { sortOrder: 'asc' }, select: { id: true, name: true } });
    admin = await t.adminToken();
    const user = { username: 'lianluoyuan', displayName: '单位联系人', password: PASSWORD, role: 'UNIT', unitId: unit.id };
    expect((await t.http().post('/api/users').set(bearer(admin)).send(user)).status).toBe(201);
    // Three filings waiting for review (typed counts: the stream configured without data files).
    await withTypedCounts(t);
    const counts = { legalPersonLicenses: 1, legalPersonPenalties: 0, naturalPersonLicenses: 2, naturalPersonPenalties: 0 };
    for (const [day, period] of [[20, '2026-07'], [21, '2026-08'], [22, '2026-09']] as const) {
      const o = await t.prisma.obligation.findFirstOrThrow({ where: { unitId: unit.id, period, stream: { code: 'SGS_MONTHLY' } } });
      const res = await t.http().post('/api/submissions').set(bearer(admin)).send({ obligationId: o.id, kind: 'DATA', counts, receivedAt: `2026-11-${day}T09:00:00+08:00` });
      expect(res.status).toBe(201);
    }
    browser = await launch();
    office = await newPage(browser, console);
    await signIn(office, base, 'admin', ADMIN_PASSWORD);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('exports a filtered list: the downloaded .xlsx holds every row the API counts (more than one page), in Chinese', async () => {
    const filter = { status: ['OVERDUE'], streamId: (await t.prisma.stream.findUniqueOrThrow({ where: { code: 'SGS_MONTHLY' } })).id };
    await office.goto(`${base}/#/obligations?filter=${enc(filter)}&order=ASC&sort=unitName&page=1&perPage=25`);
    await office.locator('tbody tr').first().waitFor();
    const api = await t.http().get(`/api/obligations?range=[0,0]&filter=${enc(filter)}`).set(bearer(admin));
    const total = Number(String(api.headers['content-range']).split('/')[1]);
    expect(total).toBeGreaterThan(25);
    expect(await office.locator('tbody tr').count()).toBe(25);
    await screenshot(office, 'lists-desktop-obligations-export');
    const [file] = await Promise.all([office.waitForEvent('download'), office.getByRole('button', { name: '导出 Excel' }).click()]);
    expect(file.suggestedFilename()).toMatch(/^应报事项（\d{4}-\d{2}-\d{2}）\.xlsx$/);
    const sheet = (await readXlsx(await readFile((await file.path())!))).worksheets[0]!;
    const [header, ...rows] = sheetRows(sheet, 4);
    expect(header).toEqual(['单位', '报送事项', '所属期', '截止日期', '状态', '迟报天数']);
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((r) => r[4]))).toEqual(new Set(['逾期未报']));
    // In the list's order (单位 ascending, as the address sorts it).
    const first = (await t.http().get(`/api/obligations?range=[0,0]&sort=${enc(['unitName', 'ASC'])}&filter=${enc(filter)}`).set(bearer(admin))).body[0];
    expect(rows[0]![0]).toBe(first.unitName);
    await expectNoEnglish(office);
  });

  it('the 添加筛选 menu ticks the filters in force (one set from the address is ticked, not offered again)', async () => {
    await office.goto(`${base}/#/obligations?filter=${enc({ period: '2026-09' })}`);
    await office.locator('input[name=period]').waitFor();
    await office.getByRole('button', { name: '添加筛选' }).click();
    expect(await office.locator('[role=menuitemcheckbox][data-key=period]').getAttribute('aria-checked')).toBe('true');
    expect(await office.locator('[role=menuitemcheckbox][data-key=from]').getAttribute('aria-checked')).toBe('false');
    await office.keyboard.press('Escape');
  });

  it('searches 应报事项, 报送审核 and 未报说明 by a unit\'s name', async () => {
    for (const resource of ['obligations', 'submissions', 'explanations']) {
      await office.goto(`${base}/#/${resource}`);
      const box = office.locator('input[name=q]');
      await box.fill(unit.name);
      await office.waitForURL(/filter=.*q/);
      // Every row shown names the unit (the list refetches as one types).
      await office.waitForFunction(
        (name) => [...document.querySelectorAll('tbody tr')].every((tr) => (tr as HTMLElement).innerText.includes(name)),
        unit.name,
        { timeout: 10_000 },
      );
    }
  });

  it('the review queue opens newest first with a count badge; the office accepts the selected filings at once', async () => {
    await office.goto(`${base}/#/submissions`);
    await office.locator('tbody tr').first().waitFor();
    expect(await office.getByTestId('review-count').innerText()).toBe('3');
    // Newest first: the last filed on top.
    expect(await office.locator('tbody tr td:nth-child(4)').allInnerTexts()).toEqual(['2026年9月', '2026年8月', '2026年7月']);
    await office.locator('thead input[type=checkbox]').check();
    await office.getByRole('button', { name: '批量通过' }).waitFor();
    await screenshot(office, 'lists-desktop-review-queue-bulk');
    await office.getByRole('button', { name: '批量通过' }).click();
    await office.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await office.getByText('已通过 3 份报送').waitFor();
    await office.getByTestId('review-count').waitFor({ state: 'hidden' });
    expect(await t.prisma.review.count({ where: { decision: 'ACCEPT' } })).toBe(3);
    expect(await t.prisma.auditEvent.count({ where: { resource: 'reviews', action: 'CREATE' } })).toBe(3);
  });

  it('on 应报事项 the office exempts the selected obligations with one reason, and chases their units', async () => {
    const filter = { unitId: unit.id, status: ['OVERDUE'] };
    await office.goto(`${base}/#/obligations?filter=${enc(filter)}&sort=dueAt&order=ASC`);
    await office.locator('tbody tr').first().waitFor();
    const rows = office.locator('tbody tr');
    for (const i of [0, 1]) await rows.nth(i).locator('input[type=checkbox]').check();
    await office.getByRole('button', { name: '催报所选单位' }).waitFor();
    await screenshot(office, 'lists-desktop-obligations-bulk');
    await office.getByRole('button', { name: '催报所选单位' }).click();
    await office.getByRole('dialog').getByText('向所选事项涉及的 1 个单位发出催报？').waitFor();
    await office.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await office.getByText('已向 1 个单位发出催报').waitFor();
    expect(await t.prisma.notice.count({ where: { unitId: unit.id, title: { startsWith: '【催报】' } } })).toBe(1);

    await office.locator('tbody tr').first().waitFor();
    for (const i of [0, 1]) await rows.nth(i).locator('input[type=checkbox]').check();
    await office.getByRole('button', { name: '批量免报' }).click();
    await office.getByRole('dialog').locator('textarea[name=reason]').fill('职能划转，不再承担该项报送');
    await office.getByRole('dialog').getByRole('button', { name: '批量免报' }).click();
    await office.getByText('已免报 2 项').waitFor();
    expect(await t.prisma.exemption.count({ where: { reason: '职能划转，不再承担该项报送' } })).toBe(2);
    expect(await t.prisma.auditEvent.count({ where: { resource: 'exemptions', action: 'CREATE' } })).toBe(2);
  });

  it('on a 390 × 844 phone the unit desk, a list and the filing form fit the screen', async () => {
    const phone = await newPage(browser, console, { viewport: PHONE });
    await signIn(phone, base, 'lianluoyuan', PASSWORD);
    await phone.locator('[data-testid=desk-item]').first().waitFor();
    expect(await overflow(phone)).toEqual({ scrollWidth: PHONE.width, innerWidth: PHONE.width });
    await screenshot(phone, 'lists-phone-desk');

    await phone.goto(`${base}/#/obligations`);
    await phone.getByTestId('phone-list').locator('li').first().waitFor();
    expect(await phone.locator('main table').count()).toBe(0);
    expect((await overflow(phone)).scrollWidth).toBeLessThanOrEqual(PHONE.width);
    await screenshot(phone, 'lists-phone-obligations');

    const open = await t.prisma.obligation.findFirstOrThrow({ where: { unitId: unit.id, period: '2026-10', stream: { code: 'SGS_MONTHLY' } } });
    await phone.goto(`${base}/#/`);
    await phone.locator(`[data-testid=desk-item][data-obligation="${open.id}"]`).getByRole('button', { name: '报送', exact: true }).click();
    await phone.locator('input[name="counts.legalPersonLicenses"]').waitFor();
    await screenshot(phone, 'lists-phone-filing-form');
    expect(await overflow(phone)).toEqual({ scrollWidth: PHONE.width, innerWidth: PHONE.width });
    await screenshot(phone, 'lists-phone-filing-form');
    await expectNoEnglish(phone, ['lianluoyuan']);
  });

  it('left no console error', () => {
    expect(console.errors).toEqual([]);
  });
});

// Every page a role can reach, in Chromium against the real app: each menu page, and the show and edit
// page of one record per resource, as the office (ADMIN), a leader (LEADER) and a unit contact (UNIT). None
// shows an English word or a raw code (SGS_MONTHLY, ONCE, SMTP_URL, PENDING …), none logs a console error.
// Screenshots of the audit log, the holiday calendar (a known year and one not held yet) and the 404 page.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { generateHistory } from '../../backend/src/demo/history.ts';
import { generateHistoryNotices } from '../../backend/src/demo/history-notices.ts';
import { ADMIN_PASSWORD, bearer, type TestApp } from '../support/test-app.ts';
import { ConsoleErrors, expectNoEnglish, launch, newPage, screenshot, signIn, startAppWithDashboard } from './support/browser.ts';

jest.setTimeout(240_000);

const PASSWORD = 'password-123';
const USERS = { ADMIN: 'admin', LEADER: 'lingdao', UNIT: 'xinxiyuan' } as const;
type Role = keyof typeof USERS;

/** Resources with a show page, and those whose edit page a role may open (the server decides the rest). */
const SHOWN = ['obligations', 'submissions', 'records', 'explanations', 'notices', 'circulars', 'assessments', 'units', 'contacts', 'streams', 'assignments', 'users', 'audit-events'];
const EDITED: Record<Role, string[]> = {
  ADMIN: ['units', 'contacts', 'streams', 'assignments', 'users', 'circulars'],
  LEADER: [],
  UNIT: ['contacts'],
};

/**
 * Upper-case words a page may show: the file formats named in upload hints and downloads, and the two
 * programs an office opens them with (Word, Excel: a button's label is upper-cased by its style, 下载（WORD）).
 * A code of the API (SGS_MONTHLY, SMTP_URL, ONCE, PENDING, ADMIN …) is upper case too, and is what this
 * test looks for.
 */
const ALLOWED_CAPS = new Set(['PDF', 'OFD', 'CSV', 'ZIP', 'WPS', 'PNG', 'JPG', 'JPEG', 'TXT', 'XLSX', 'XLS', 'DOCX', 'DOC', 'WORD', 'EXCEL']);

/** Raw codes in the visible text: upper-case Latin words of two letters or more, with or without underscores. */
async function rawCodes(page: Page): Promise<string[]> {
  const text = (await page.locator('body').innerText()).replace(/[\w.+-]+@[\w.-]+/g, ' ');
  // A code stands alone: not the check letter of a credit code (…341L) nor part of a document number.
  const codes = text.match(/(?<![A-Za-z0-9])[A-Z][A-Z0-9_]*[A-Z_][A-Z0-9_]*(?![a-z0-9])/g) ?? [];
  return [...new Set(codes.filter((c) => c.length >= 2 && /[A-Z]{2}|_/.test(c) && !ALLOWED_CAPS.has(c)))];
}

describe('no English word, no raw code, no console error on any page of any role', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  const console = new ConsoleErrors();
  const pages = {} as Record<Role, Page>;
  const tokens = {} as Record<Role, string>;
  const findings: { role: Role; url: string; english?: string[]; codes?: string[] }[] = [];
  const visited: Record<Role, string[]> = { ADMIN: [], LEADER: [], UNIT: [] };

  beforeAll(async () => {
    t = await startAppWithDashboard();
    const now = t.clock.now();
    const history = await generateHistory(t.app, { months: 6, seed: 'raw-codes', now });
    await generateHistoryNotices(t.app, { fromMonth: history.fromMonth, now });
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as { port: number }).port}`;
    tokens.ADMIN = await t.adminToken();
    const unit = await t.prisma.unit.findFirstOrThrow({ where: { sortOrder: 3 } });
    for (const [role, username] of [['UNIT', USERS.UNIT], ['LEADER', USERS.LEADER]] as const) {
      const res = await t.http().post('/api/users').set(bearer(tokens.ADMIN))
        .send({ username, displayName: role === 'UNIT' ? '单位信息员' : '领导小组成员', password: PASSWORD, role, unitId: role === 'UNIT' ? unit.id : null });
      expect(res.status).toBe(201);
      tokens[role] = await t.login(username, PASSWORD);
    }
    // A draft circular, so its show and edit pages have a record.
    await t.http().post('/api/circulars').set(bearer(tokens.ADMIN)).send({ year: 2026, quarter: 3 }).expect(201);
    browser = await launch();
    for (const role of ['ADMIN', 'LEADER', 'UNIT'] as const) {
      pages[role] = await newPage(browser, console);
      await signIn(pages[role], base, USERS[role], role === 'ADMIN' ? ADMIN_PASSWORD : PASSWORD);
    }
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** Opens a route, waits for its data, and records what it shows that it should not. */
  const check = async (role: Role, route: string) => {
    const page = pages[role];
    await page.goto(`${base}/#/${route}`);
    await page.waitForLoadState('networkidle');
    await page.locator('[role=progressbar]').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
    await page.waitForTimeout(150);
    visited[role].push(route);
    const codes = await rawCodes(page);
    try {
      await expectNoEnglish(page, Object.values(USERS));
    } catch (error) {
      findings.push({ role, url: route, english: [(error as Error).message.slice(0, 400)] });
    }
    if (codes.length > 0) findings.push({ role, url: route, codes });
  };

  /** The first record of a resource the role can see, through the API as that role. */
  const firstId = async (role: Role, resource: string): Promise<string | null> => {
    const res = await t.http().get(`/api/${resource}`).query({ range: '[0,0]' }).set(bearer(tokens[role]));
    return res.status === 200 && res.body[0] ? String(res.body[0].id) : null;
  };

  it.each(['ADMIN', 'LEADER', 'UNIT'] as const)('%s: every menu page, and one record\'s show and edit pages per resource', async (role) => {
    const page = pages[role];
    await page.goto(`${base}/#/`);
    await page.locator('a[role=menuitem][href^="#/"]').first().waitFor();
    const menu = [...new Set(await page.locator('a[role=menuitem][href^="#/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')))]
      .map((href) => href.replace(/^#\/?/, ''));
    expect(menu.length).toBeGreaterThan(5);
    for (const route of menu) await check(role, route);
    for (const resource of SHOWN) {
      const id = await firstId(role, resource);
      if (!id) continue;
      await check(role, `${resource}/${encodeURIComponent(id)}/show`);
      if (EDITED[role].includes(resource)) await check(role, `${resource}/${encodeURIComponent(id)}`);
    }
    expect(visited[role].length).toBeGreaterThan(menu.length);
    expect(findings.filter((f) => f.role === role)).toEqual([]);
  });

  it('a leader sees no button of the chase that the server would refuse', async () => {
    const leader = pages.LEADER;
    expect(await leader.locator('a[role=menuitem][href="#/notice-jobs"]').count()).toBe(0);
    await leader.goto(`${base}/#/notices`);
    await leader.locator('tbody tr').first().waitFor();
    for (const name of ['执行催报', '立即执行', '保存']) expect(await leader.getByRole('button', { name }).count()).toBe(0);
  });

  it('screenshots: the audit log, the holiday calendar (a known year, one not held yet), the 404 page', async () => {
    const office = pages.ADMIN;
    await office.goto(`${base}/#/audit-events`);
    await office.locator('tbody tr').first().waitFor();
    await screenshot(office, '90-audit-log');
    const edited = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'CREATE', resource: 'users' }, orderBy: { id: 'desc' } });
    await office.goto(`${base}/#/audit-events/${edited.id}/show`);
    await office.getByText('修改后').waitFor();
    await office.getByText('领导小组成员').first().waitFor();
    await screenshot(office, '91-audit-event');

    await office.goto(`${base}/#/calendar`);
    await office.getByText('国庆节').first().waitFor();
    await screenshot(office, '92-holiday-calendar');
    await office.getByLabel('年份').click();
    await office.getByRole('option', { name: '2027年' }).click();
    await office.getByRole('listbox').waitFor({ state: 'detached' });
    await office.getByTestId('calendar-unknown').getByText('尚未收录国务院办公厅公布的2027年节假日安排，截止日暂按周末顺延计算').waitFor();
    await screenshot(office, '93-holiday-calendar-unknown-year');

    await office.goto(`${base}/#/no-such-page`);
    await office.getByText('页面不存在').first().waitFor();
    const text = await office.locator('main').innerText();
    expect(text).not.toMatch(/。\.|\.\s*$/m);
    await expectNoEnglish(office);
    await screenshot(office, '94-not-found');
  });

  it('logged no console error on any page visited', () => {
    expect(console.errors).toEqual([]);
  });
});

// Chromium (Debian's, STACK.md §8) driven by playwright-core, and the helpers every browser test needs:
// sign in, screenshots for reviewers, console errors, MUI selects, and "no English in the UI".
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect } from '@jest/globals';
import { type Browser, chromium, type ConsoleMessage, type Page } from 'playwright-core';
import { startTestApp, TEST_NOW, type TestApp } from '../../support/test-app.ts';

/** The real app serving the built dashboard (the browser project builds it first when missing). */
export function startAppWithDashboard(): Promise<TestApp> {
  return startTestApp({}, { dashboardDir: path.resolve(import.meta.dirname, '..', '..', '..', 'dashboard', 'dist') });
}

export const SCREENSHOTS = path.resolve(import.meta.dirname, '..', '..', 'screenshots');

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--lang=zh-CN', // the browser's own widgets (date inputs) in Chinese, as on the office's computers
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
}

/**
 * A page in Beijing time and Chinese, like the office's computers. `now`: the instant its clock starts at, when
 * the test moved the app's clock elsewhere (`t.clock.set`); both must say the same day. `viewport`: a phone's
 * screen (under 600 px wide: a mobile, touch browser).
 */
export async function newPage(
  browser: Browser,
  console: ConsoleErrors,
  options: { now?: string; viewport?: { width: number; height: number }; realTimers?: boolean } = {},
): Promise<Page> {
  const viewport = options.viewport ?? { width: 1440, height: 1000 };
  const phone = viewport.width < 600 ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {};
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport, ...phone });
  // The browser's day is the server's (TEST_NOW, then running on), whatever the machine's date.
  const start = new Date(options.now ?? TEST_NOW).getTime();
  if (options.realTimers) await context.addInitScript(shiftDate, start);
  else await context.clock.install({ time: start });
  const page = await context.newPage();
  console.watch(page);
  return page;
}

/**
 * The page's `Date` starts at `start` and runs on; timers, animation frames and `performance` stay the browser's
 * own. For a test that times the page: Playwright's clock runs every timer through its own scheduler, which
 * slowed the home's first draw by ~300 ms (react-query and MUI schedule with setTimeout).
 */
function shiftDate(start: number): void {
  const RealDate = Date;
  const offset = start - RealDate.now();
  const now = () => RealDate.now() + offset;
  globalThis.Date = new Proxy(RealDate, {
    construct: (target, args: unknown[], newTarget) => (args.length > 0 ? Reflect.construct(target, args, newTarget) : Reflect.construct(target, [now()], newTarget)),
    apply: () => new RealDate(now()).toString(),
    get: (target, property, receiver) => (property === 'now' ? now : Reflect.get(target, property, receiver)),
  });
}

/**
 * Every console error and uncaught page error of the pages watched. A step that provokes an error on
 * purpose (a refused upload, another unit's URL) names the HTTP statuses it expects; those, and only
 * during that step, are not counted.
 */
export class ConsoleErrors {
  readonly errors: string[] = [];
  private expected: RegExp | null = null;

  watch(page: Page): void {
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() !== 'error') return;
      const text = `${page.url()} — ${message.text()}`;
      if (this.expected?.test(message.text())) return;
      this.errors.push(text);
    });
    page.on('pageerror', (error) => this.errors.push(`${page.url()} — ${error.message}`));
  }

  /** Runs a step during which the browser's "Failed to load resource … status of <code>" is expected. */
  async expecting<T>(statuses: number[], step: () => Promise<T>): Promise<T> {
    this.expected = new RegExp(`Failed to load resource: the server responded with a status of (${statuses.join('|')})`);
    try {
      return await step();
    } finally {
      this.expected = null;
    }
  }
}

export async function signIn(page: Page, base: string, username: string, password: string): Promise<void> {
  await page.goto(`${base}/`);
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', password);
  await page.click('button[type=submit]');
  await page.locator('header').waitFor();
}

/** A full-page screenshot in e2e/screenshots/ (not committed), for a reviewer to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Opens the MUI select whose hidden input is named `name` and picks the option with that value. */
export async function pickOption(page: Page, name: string, value: string): Promise<void> {
  await page.locator(`input[name="${name}"]`).locator('xpath=..').locator('[role=combobox]').click();
  await page.locator(`li[role=option][data-value="${value}"]`).click();
}

/** File types named in the upload hints (xlsx、pdf …): names, not English. */
const FILE_EXTENSIONS = ['xlsx', 'xls', 'docx', 'doc', 'pdf', 'ofd', 'csv', 'zip', 'wps', 'png', 'jpg', 'jpeg', 'txt'];

/**
 * Nothing in the UI is English: no lowercase Latin word of three letters or more in the visible text, once
 * e-mail addresses, file types and the data words given (user names) are taken out; stream codes such as SGS_MONTHLY
 * are upper-case identifiers.
 */
export async function expectNoEnglish(page: Page, data: string[] = []): Promise<void> {
  const text = await page.locator('body').innerText();
  const allowed = new Set([...FILE_EXTENSIONS, ...data]);
  const words = (text.replace(/[\w.+-]+@[\w.-]+/g, ' ').match(/[A-Za-z]*[a-z]{3,}[A-Za-z]*/g) ?? []).filter((w) => !allowed.has(w));
  expect({ url: page.url(), english: [...new Set(words)] }).toEqual({ url: page.url(), english: [] });
}

/**
 * For a scenario that types the four counts: the stream configured without data files (issue 12: typed counts
 * stay for a stream that takes no records; the seeded 双公示 streams take them, and their form asks for the file).
 */
export async function withTypedCounts(t: TestApp, streamCode = 'SGS_MONTHLY'): Promise<void> {
  await t.prisma.stream.update({ where: { code: streamCode }, data: { recordKinds: [] } });
}

/** After filing, the unit is back on its desk with the confirmation (issue 13); then it opens its history. */
export async function backOnDeskThenHistory(page: Page): Promise<void> {
  await page.waitForURL(/#\/$/);
  await page.getByText('已提交报送，等待信用办审核').first().waitFor();
  await page.goto(page.url().replace(/#\/$/, '#/submissions'));
}

// Issue 16, item 5: the office home opened cold — a browser with an empty cache — and the JavaScript it needs.
// It prints the time twice: for the first visitor of a server just started (its first answers cost more), and for
// the next browser, cache empty again, on the running server (the goal's case: the cache is the browser's). Goals:
// fully drawn ≤ 1.5 s on the 2-core machine, JS after login ≤ 450 kB gzip. It asserts what makes the figures
// meaningful: every widget drawn, the charts loaded lazily (not by index.html), every script counted. Speed is the
// benchmark's business, so no timing assertion.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page, Request, Response } from 'playwright-core';
import { generateHistory } from '../../backend/src/demo/history.ts';
import { ADMIN_PASSWORD, type TestApp } from '../support/test-app.ts';
import { ConsoleErrors, launch, newPage, startAppWithDashboard } from './support/browser.ts';

const DAY = '2026-12-02T10:00:00+08:00';

jest.setTimeout(120_000);

/** Cold browsers opened one after another on the running server, for the median it prints. */
const RUNNING_SERVER_LOADS = 5;

/**
 * What the home draws when it is complete: the four figures, ranking (table and chart), trend, matrix, overdue.
 * Checked in the page on every animation frame, so the time it answers is the frame that completed the home, not
 * the moment a backing-off poll from outside (Playwright waits 100–500 ms between its tries) happened to look.
 * Answers that frame's time since the navigation started (performance.now()).
 */
async function homeDrawn(page: Page, units: number): Promise<number> {
  const drawn = await page.waitForFunction(
    (rows) => {
      const has = (selector: string) => document.querySelector(selector) !== null;
      // The on-time rate may be 无 while a round is open; the counts are numbers once the figures have come.
      const figures = ['figure-owed', 'figure-filed', 'figure-overdue'].every((id) => /\d/.test(document.querySelector(`[data-testid=${id}]`)?.textContent ?? ''));
      const complete =
        figures &&
        document.querySelectorAll('[data-testid=ranking-table] tbody tr').length >= rows &&
        has('[data-testid=ranking-chart] svg') &&
        has('[data-testid=trend-chart] svg path') &&
        has('[data-testid=matrix-table] tbody tr') &&
        has('[data-testid=overdue] h2');
      return complete && performance.now();
    },
    units,
    { polling: 'raf', timeout: 60_000 },
  );
  return (await drawn.jsonValue()) as number;
}

describe('the office home, cold', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let units: number;
  const console = new ConsoleErrors();

  beforeAll(async () => {
    t = await startAppWithDashboard();
    t.clock.set(DAY);
    await generateHistory(t.app, { now: new Date(DAY), seed: 'home-cold', months: 13 });
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as { port: number }).port}`;
    units = await t.prisma.unit.count({ where: { active: true } });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** A browser with an empty cache and the session the login page leaves for the office's admin. */
  async function signedInPage(): Promise<Page> {
    const login = await t.http().post('/api/auth/login').send({ username: 'admin', password: ADMIN_PASSWORD });
    expect(login.status).toBe(200);
    // The browser's own timers: the page is timed, and Playwright's clock would slow it (see newPage).
    const page = await newPage(browser, console, { now: DAY, realTimers: true });
    await page.context().addInitScript(
      ([token, user]) => {
        localStorage.setItem('credit.token', token);
        localStorage.setItem('credit.user', user);
      },
      [login.body.token as string, JSON.stringify(login.body.user)],
    );
    return page;
  }

  /** A signed-in browser with an empty cache opening the home: the page and its scripts. */
  async function openHomeCold(): Promise<{ page: Page; scripts: Response[]; drawnMs: number; apiCalls: string[] }> {
    const page = await signedInPage();
    const scripts: Response[] = [];
    // The API in the order it was asked (`> GET /api/…?…`) and had answered (`< GET /api/…?…`).
    const apiEvents: string[] = [];
    const recordApi = (mark: string) => (request: Request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/')) apiEvents.push(`${mark} ${request.method()} ${url.pathname}${url.search}`);
    };
    page.on('request', recordApi('>'));
    page.on('requestfinished', recordApi('<'));
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script' && response.ok()) scripts.push(response);
    });
    await page.goto(`${base}/`);
    const drawnMs = await homeDrawn(page, units);
    // The page's day is the server's, timers or not.
    expect(await page.evaluate(() => [new Date().toISOString(), new Date(Date.now()).getFullYear()])).toEqual([expect.stringMatching(/^2026-12-02T0[2-9]/), 2026]);
    // The page drew what a user sees: every widget visible, the ranking's rows all there.
    for (const id of ['figure-owed', 'ranking-table', 'ranking-chart', 'trend-chart', 'matrix-table', 'overdue']) {
      await expect(page.locator(`[data-testid=${id}]`).first().isVisible()).resolves.toBe(true);
    }
    expect(drawnMs).toBeGreaterThan(0);
    // The ranking is asked for alongside the rounds (its default period is the server's), not once they answered.
    const asked = apiEvents.findIndex((e) => e.startsWith('> GET /api/compliance/ranking?'));
    expect(asked).toBeGreaterThan(-1);
    expect(asked).toBeLessThan(apiEvents.indexOf('< GET /api/compliance/rounds'));
    const apiCalls = apiEvents.filter((e) => e.startsWith('> ')).map((e) => e.slice(2));
    return { page, scripts, drawnMs, apiCalls };
  }

  it('is fully drawn from an empty cache, and prints how long that took and the JavaScript it loaded', async () => {
    // The first visit after the server started: its answers are the first it gives (a stricter figure).
    const { page, scripts, drawnMs, apiCalls } = await openHomeCold();

    // Each request once: on six connections a repeated one delays the rest (react-query shares a query between
    // the components that use it; a refetch on mount would ask again).
    expect(apiCalls.length).toBeGreaterThan(4);
    expect(apiCalls.filter((call, i) => apiCalls.indexOf(call) !== i)).toEqual([]);

    // Every script came over the network (nothing from a cache) and is counted at its gzip size.
    expect(scripts.length).toBeGreaterThan(3);
    expect(scripts.every((r) => !r.fromServiceWorker())).toBe(true);
    const sizes = await Promise.all(scripts.map(async (r) => gzipSync(await r.body(), { level: 9 }).length));
    const gzipKb = sizes.reduce((a, b) => a + b, 0) / 1000;
    // What index.html loads (the login screen's code) is not all: the home's own code and its charts come after.
    const html = await (await page.request.get(`${base}/`)).text();
    const eager = [...html.matchAll(/<(?:script[^>]+src|link rel="modulepreload"[^>]+href)="([^"]+)"/g)].map((m) => m[1]!);
    const lazy = scripts.map((r) => new URL(r.url()).pathname).filter((p) => !eager.includes(p));
    expect(lazy.length).toBeGreaterThan(0);

    process.stdout.write(
      `\nOffice home, cold (empty browser cache, server just started): fully drawn in ${Math.round(drawnMs)} ms (goal ≤ 1500 ms); ` +
        `JavaScript ${gzipKb.toFixed(1)} kB gzip in ${scripts.length} files, ${lazy.length} loaded after index.html (goal ≤ 450 kB)\n`,
    );
    expect(console.errors).toEqual([]);
  });

  it('is drawn again from an empty cache by the next browsers, and prints the median time (the server has answered once)', async () => {
    // This machine's speed swings ~2× within minutes (the same build: 1.4–2.3 s), so one load says little: the
    // median of several cold browsers, one after another, and their range.
    const times: number[] = [];
    for (let i = 0; i < RUNNING_SERVER_LOADS; i++) {
      const { page, drawnMs } = await openHomeCold();
      times.push(Math.round(drawnMs));
      await page.context().close();
    }
    times.sort((a, b) => a - b);
    expect(times.every((ms) => ms > 0)).toBe(true);
    process.stdout.write(
      `\nOffice home, cold (empty browser cache, server running): fully drawn in ${times[Math.floor(times.length / 2)]} ms, ` +
        `the median of ${times.length} cold browsers (${times[0]}–${times.at(-1)} ms) (goal ≤ 1500 ms)\n`,
    );
    expect(console.errors).toEqual([]);
  });

  it('draws the panels complete in their first render when their early answers came before the code', async () => {
    const page = await signedInPage();
    // Every card of the home that ever showed it was loading (a spinner or a skeleton), from the first DOM change on.
    await page.context().addInitScript(() => {
      const loading = new Set<string>();
      (window as unknown as { homeLoading: Set<string> }).homeLoading = loading;
      new MutationObserver(() => {
        for (const mark of document.querySelectorAll('[data-testid] [role=progressbar], [data-testid] .MuiSkeleton-root')) {
          const card = mark.closest('.MuiCard-root[data-testid]');
          if (card) loading.add(card.getAttribute('data-testid')!);
        }
      }).observe(document, { childList: true, subtree: true });
    });
    // The application's code comes late (a slow network), so the home's answers are in before its first render.
    await page.route(/\/assets\/App-[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    const apiCalls: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/')) apiCalls.push(`${url.pathname}${url.search}`);
    });
    await page.goto(`${base}/`);
    await homeDrawn(page, units);
    const loading = await page.evaluate(() => [...(window as unknown as { homeLoading: Set<string> }).homeLoading].sort());
    // No card drew itself empty first (and again once its query settled): each was drawn with its answer at once.
    expect(loading).toEqual([]);
    // ... and not asked again on mount: the early answers stand for their requests.
    expect(apiCalls.filter((call, i) => apiCalls.indexOf(call) !== i)).toEqual([]);
    await page.context().close();
    expect(console.errors).toEqual([]);
  });
});

// Issue 6's pages in a real Chromium against the real app serving the built dashboard: the office drafts the
// quarter's circular, edits and publishes it and downloads the Word file; scores the year, adjusts a unit with
// a reason, downloads the unit's 考核结果通知, finalises; downloads the statistics tables; a unit sees its own score
// (我的考核), downloads its notice as PDF, and the published circular. No English and no console error on any page.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { generateHistory } from '../../backend/src/demo/history.ts';
import { ADMIN_PASSWORD, bearer, type TestApp } from '../support/test-app.ts';
import { ConsoleErrors, expectNoEnglish, launch, newPage, screenshot, signIn, startAppWithDashboard } from './support/browser.ts';

const NOW = new Date('2026-11-27T10:00:00+08:00');

jest.setTimeout(60_000);

describe('dashboard in Chromium: circulars, assessment, statistics tables', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let office: Page;
  const console = new ConsoleErrors();
  let unit: { id: number; name: string };

  /** Clicks and returns the file name the browser was given. */
  const downloaded = async (page: Page, click: () => Promise<void>) => {
    const [download] = await Promise.all([page.waitForEvent('download'), click()]);
    return download.suggestedFilename();
  };

  beforeAll(async () => {
    t = await startAppWithDashboard();
    await generateHistory(t.app, { months: 12, seed: 'circulars', now: NOW });
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as { port: number }).port}`;
    unit = (await t.prisma.unit.findFirstOrThrow({ where: { sortOrder: 2 } })) as { id: number; name: string };
    const res = await t.http().post('/api/users').set(bearer(await t.adminToken())).send({ username: 'xinxiyuan', displayName: '单位信息员', password: 'password-123', role: 'UNIT', unitId: unit.id });
    expect(res.status).toBe(201);
    browser = await launch();
    office = await newPage(browser, console);
    await signIn(office, base, 'admin', ADMIN_PASSWORD);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('drafts the circular of the last quarter: frozen ranking of every unit and the draft text', async () => {
    await office.goto(`${base}/#/circulars/create`);
    await office.locator('input[name=year]').waitFor();
    await expectNoEnglish(office);
    await office.getByRole('button', { name: '起草通报' }).click();
    await office.waitForURL(/#\/circulars\/\d+\/show$/);
    await office.getByText('关于2026年第三季度社会信用信息报送情况的通报').first().waitFor();
    await office.locator('tbody tr').nth(32).waitFor();
    await office.getByText('二、通报表扬').waitFor();
    await expectNoEnglish(office);
    await screenshot(office, '40-circular-draft');
  });

  it('edits the draft, publishes it as 召信用办〔2026〕1号 dated 2026年11月27日 (not before its data cut-off), and downloads the Word file', async () => {
    await office.getByRole('link', { name: '编辑' }).click();
    const body = office.locator('textarea[name=body]');
    await body.waitFor();
    await body.fill(`${await body.inputValue()}\n请各单位认真对照整改。`);
    await screenshot(office, '41-circular-edit');
    await office.getByRole('button', { name: '保存' }).click();
    await office.waitForURL(/#\/circulars\/\d+\/show$/);
    await office.getByText('请各单位认真对照整改。').waitFor();

    await office.getByRole('button', { name: '发布' }).click();
    await office.locator('input[name=issuedOn]').fill('2026-11-27');
    await office.getByRole('dialog').getByRole('button', { name: '发布' }).click();
    await office.getByText('召信用办〔2026〕1号').first().waitFor();
    // The number shows in the notification first; the edit link goes when the record is read back published
    // (react-admin may render the cached draft once more meanwhile): wait until it has stayed gone a moment.
    const edit = office.getByRole('link', { name: '编辑' });
    let gone = 0;
    for (let i = 0; i < 100 && gone < 3; i++) {
      gone = (await edit.count()) === 0 ? gone + 1 : 0;
      await office.waitForTimeout(100);
    }
    expect(await edit.count()).toBe(0);
    expect(await downloaded(office, () => office.getByRole('button', { name: '下载公文（.docx）' }).click())).toBe('召信用办〔2026〕1号.docx');
    await expectNoEnglish(office);
    await screenshot(office, '42-circular-published');
  });

  it('scores the year, explains a unit\'s score, adjusts it with a reason and finalises', async () => {
    await office.goto(`${base}/#/assessments`);
    await office.locator('tbody tr').nth(32).waitFor();
    await office.getByText('未定稿（实时计算）').waitFor();
    await expectNoEnglish(office);
    await screenshot(office, '43-assessment-list');

    await office.locator('tbody tr', { hasText: unit.name }).first().click();
    await office.getByText('满分 100 分').waitFor();
    await office.getByRole('button', { name: '调整得分' }).click();
    await office.locator('input[name=points]').fill('0');
    await office.locator('textarea[name=reason]').fill('短');
    await console.expecting([400], async () => {
      await office.getByRole('dialog').getByRole('button', { name: '保存' }).click();
      await office.getByText('调整分值不能为 0').waitFor();
    });
    await office.locator('input[name=points]').fill('1.5');
    await office.locator('textarea[name=reason]').fill('主动公开典型案例，予以加分');
    await office.getByRole('dialog').getByRole('button', { name: '保存' }).click();
    await office.getByText('主动公开典型案例，予以加分').waitFor();
    await expectNoEnglish(office, ['admin']);
    await screenshot(office, '44-assessment-why');
    // The unit's 考核结果通知, while the year is still open.
    const notice = await downloaded(office, () => office.getByRole('button', { name: '考核结果通知（.docx）' }).click());
    expect(notice).toBe(`关于${unit.name}2026年度社会信用体系建设工作目标考核结果的通知（未定稿）.docx`);

    await office.goto(`${base}/#/assessments`);
    await office.getByRole('button', { name: '定稿' }).click();
    await office.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await office.getByRole('button', { name: '重新打开' }).waitFor();
    await office.getByText('已定稿', { exact: true }).waitFor();
    const name = await downloaded(office, () => office.getByRole('button', { name: '导出考核表（.xlsx）' }).click());
    expect(name).toBe('2026年度目标考核得分表.xlsx');
  });

  it('downloads 附件5, 附件6 and the roster from the reports page', async () => {
    await office.goto(`${base}/#/reports`);
    await office.getByText('附件5 召陵区“双公示”数据情况统计表').waitFor();
    await expectNoEnglish(office);
    await screenshot(office, '45-reports');
    const buttons = office.getByRole('button', { name: '下载表格（.xlsx）' });
    expect(await downloaded(office, () => buttons.nth(0).click())).toBe('附件5 召陵区“双公示”数据情况统计表（截至2026年10月）.xlsx');
    expect(await downloaded(office, () => buttons.nth(1).click())).toBe('附件6 召陵区“双公示”增量统计表（2026年8月至2026年10月）.xlsx');
    expect(await downloaded(office, () => buttons.nth(2).click())).toMatch(/^召陵区社会信用体系建设工作负责人名单和联系方式/);
  });

  it('a unit sees the published circular and only its own score, and no reports', async () => {
    const desk = await newPage(browser, console);
    await signIn(desk, base, 'xinxiyuan', 'password-123');
    await desk.getByRole('menuitem', { name: '季度通报' }).click();
    await desk.locator('tbody tr', { hasText: '召信用办〔2026〕1号' }).waitFor();
    await desk.getByRole('menuitem', { name: '我的考核' }).click();
    await desk.getByText(`${unit.name} · 最终得分`).waitFor();
    await desk.getByText('主动公开典型案例，予以加分').waitFor(); // the office's adjustment, as a row of its score
    expect(await desk.getByRole('button', { name: '定稿' }).count()).toBe(0);
    expect(await desk.getByRole('menuitem', { name: '统计报表' }).count()).toBe(0);
    await expectNoEnglish(desk);
    await screenshot(desk, '46-unit-assessment');
    // Its own 考核结果通知, final now, as PDF.
    const notice = await downloaded(desk, () => desk.getByRole('button', { name: '考核结果通知（PDF）' }).click());
    expect(notice).toBe(`关于${unit.name}2026年度社会信用体系建设工作目标考核结果的通知.pdf`);
    await desk.context().close();
  });

  it('logged no console error on any page', () => {
    expect(console.errors).toEqual([]);
  });
});

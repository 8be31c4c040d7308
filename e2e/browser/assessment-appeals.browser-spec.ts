// Issue 15's pages in a real Chromium against the real app serving the built dashboard: the office edits the
// year's scheme (a bonus rule) with the live preview and saves it; a unit declares a bonus from 我的考核 and the
// office confirms it from 加分申报; the office publishes 初评; the unit appeals a deduction; the office upholds it
// from 申诉复核; the unit sees the decision and its score up by the row's points. No console error, no English
// and no raw code on any page.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { buildScenario, type Scenario } from '../support/scenario.ts';
import { ADMIN_PASSWORD, bearer, type TestApp } from '../support/test-app.ts';
import { ConsoleErrors, expectNoEnglish, launch, newPage, pickOption, screenshot, signIn, startAppWithDashboard } from './support/browser.ts';

jest.setTimeout(90_000);

const PASSWORD = 'password-123';
/** Codes of the API that must never reach the screen (each has its Chinese word). */
const RAW_CODES = /\b(PER_ITEM|RATE_THRESHOLD|NOT_APPLICABLE|BONUS|MANUAL|EXCELLENT|GOOD|PASS|FAIL|PENDING|CONFIRMED|REFUSED|OPEN|UPHELD|REJECTED|PRELIMINARY|FINALISED|onTimeRate|complianceRate)\b/g;

async function expectNoCodes(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  expect({ url: page.url(), codes: [...new Set(text.match(RAW_CODES) ?? [])] }).toEqual({ url: page.url(), codes: [] });
}

describe('dashboard in Chromium: the assessment scheme, bonuses, 初评 and appeals', () => {
  let t: TestApp;
  let s: Scenario;
  let base: string;
  let browser: Browser;
  let office: Page;
  let desk: Page;
  const console = new ConsoleErrors();
  let court: { id: number; name: string };

  const result = async () => (await t.http().get(`/api/assessments/2026-${court.id}`).set(bearer(await t.adminToken()))).body;
  const myAssessment = async () => {
    await desk.goto(`${base}/#/my-assessment`);
    await desk.reload(); // what the office did meanwhile
    await desk.locator('[data-testid=score-rows]').waitFor();
    await desk.waitForLoadState('networkidle');
  };

  beforeAll(async () => {
    t = await startAppWithDashboard();
    s = await buildScenario(t);
    court = s.units[1]!;
    await s.addContact(1);
    // Filed January to June (February 3 days late); July to October missing: deductions to appeal.
    for (const o of await s.obligations(1, '2026-01', '2026-06')) await s.fileAndAccept(o, o.period === '2026-02' ? 3 : -1);
    const res = await t.http().post('/api/users').set(bearer(s.admin)).send({ username: 'fayuan', displayName: '法院信息员', password: PASSWORD, role: 'UNIT', unitId: court.id });
    expect(res.status).toBe(201);
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as { port: number }).port}`;
    browser = await launch();
    office = await newPage(browser, console);
    await signIn(office, base, 'admin', ADMIN_PASSWORD);
    desk = await newPage(browser, console);
    await signIn(desk, base, 'fayuan', PASSWORD);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('the office edits the scheme with a live preview: a bonus rule, a field error from the server, saved', async () => {
    await office.goto(`${base}/#/assessments`);
    await office.getByRole('button', { name: '考核方案' }).click();
    const preview = office.locator('[data-testid=scheme-preview] tbody tr');
    await preview.nth(32).waitFor();
    await office.getByRole('button', { name: '添加规则（加分）' }).click();
    await office.locator('input[name="rules.4.name"]').fill('典型案例');
    await office.locator('input[name="rules.4.pointsEach"]').fill('2');
    await office.locator('input[name="rules.4.cap"]').fill('4');
    await office.locator('input[name="bonusCap"]').fill('5');
    // A category without a name: the preview's 400 names the field, shown under its box; saving is refused the same way.
    await console.expecting([400], async () => {
      await office.locator('input[name="categories.0.name"]').fill('');
      await office.getByText('请填写类别名称').waitFor();
      await office.getByRole('button', { name: '保存' }).click();
      await office.getByText('方案有误，请按提示修改').waitFor();
    });
    await office.locator('input[name="categories.0.name"]').fill('报送工作');
    await office.getByText('请填写类别名称').waitFor({ state: 'detached' });
    // 逾期未报 costs 2 points instead of 1: the preview shows the unit's score under the draft beside today's.
    const now = (await result()).score;
    await office.locator('input[name="rules.1.pointsEach"]').fill('2');
    const courtRow = office.locator(`[data-testid=scheme-preview] tbody tr[data-unit="${court.name}"]`);
    await courtRow.locator('td').nth(4).filter({ hasText: /^−/ }).waitFor();
    await expect(courtRow.locator('td').nth(2).innerText()).resolves.toBe(String(now));
    await expect(preview.count()).resolves.toBe(33);
    await office.getByText('方案有误，请按提示修改').waitFor({ state: 'detached' });
    await expectNoEnglish(office);
    await expectNoCodes(office);
    await screenshot(office, '60-scheme-editor-preview');
    await office.getByRole('button', { name: '保存' }).click();
    await office.getByText('考核方案已保存').waitFor();
    const scheme = (await t.http().get('/api/assessments/2026/scheme').set(bearer(s.admin))).body;
    expect(scheme.isDefault).toBe(false);
    expect(scheme.scheme.rules).toContainEqual(expect.objectContaining({ kind: 'BONUS', id: 'R5', name: '典型案例', pointsEach: 2, cap: 4 }));
    expect(scheme.scheme.bonusCap).toBe(5);
    expect(scheme.scheme.rules[1]).toMatchObject({ id: 'MISSING', pointsEach: 2 });
    const saved = (await result()).score;
    expect(saved).toBeLessThan(now);
    await office.locator('tbody tr', { hasText: court.name }).getByText(String(saved)).first().waitFor();
  });

  it('容缺 on a unit\'s page: the category is scored at the others\' average, shown as a row; withdrawn again', async () => {
    const other = s.units[2]!;
    await office.goto(`${base}/#/assessments/2026-${other.id}/show`);
    await office.getByText('没有容缺项').waitFor();
    await office.getByRole('button', { name: '设为容缺' }).click();
    await office.locator('textarea[name=reason]').fill('本单位职能调整，报送工作不适用');
    await office.getByRole('dialog').getByRole('button', { name: '设为容缺' }).click();
    await office.getByText('已设为容缺').waitFor();
    await office.getByText('本单位职能调整，报送工作不适用').waitFor();
    await office.locator('[data-testid=score-rows] tbody tr', { hasText: '容缺' }).first().waitFor();
    await office.getByText('报送工作', { exact: false }).filter({ hasText: '（容缺）' }).first().waitFor();
    await expectNoEnglish(office, ['admin']);
    await expectNoCodes(office);
    await office.getByRole('button', { name: '撤销容缺' }).click();
    await office.getByText('已撤销容缺').waitFor();
    await office.getByText('没有容缺项').waitFor();
  });

  it('the unit declares a bonus from 我的考核; the office confirms it from 加分申报', async () => {
    const before = await result();
    await desk.getByRole('menuitem', { name: '我的考核' }).click();
    await desk.locator('[data-testid=score-rows]').waitFor();
    await desk.getByRole('button', { name: '申报加分' }).click();
    await pickOption(desk, 'category', 'R5');
    await desk.locator('input[name=points]').fill('2');
    await desk.locator('textarea[name=reason]').fill('信用修复典型案例被市里转发');
    await desk.getByRole('dialog').getByRole('button', { name: '申报加分' }).click();
    await desk.locator('[data-testid=my-bonuses] tbody tr', { hasText: '信用修复典型案例被市里转发' }).getByText('待确认').waitFor();

    await office.goto(`${base}/#/bonuses`);
    const row = office.locator('tbody tr', { hasText: court.name });
    await row.getByText('信用修复典型案例被市里转发').waitFor();
    await office.getByTestId('bonus-count').filter({ hasText: /^1$/ }).waitFor(); // the menu counts what waits
    await expectNoEnglish(office);
    await expectNoCodes(office);
    await row.getByRole('button', { name: '确认', exact: true }).click();
    await office.getByText('已确认加分').waitFor();
    await row.waitFor({ state: 'detached' });
    expect((await result()).score).toBe(Math.round((before.score + 2) * 100) / 100);
  });

  it('the office publishes 初评 with its appeal window', async () => {
    await office.goto(`${base}/#/assessments`);
    await office.getByRole('button', { name: '发布初评' }).click();
    await office.locator('input[name=appealWorkdays]').fill('5');
    await office.getByRole('dialog').getByRole('button', { name: '发布初评' }).click();
    await office.getByText('初评结果已发布').waitFor();
    // 2026-11-27 is a Friday: five working days later is Friday 4 December.
    await office.getByText('初评公示中，申诉期至 2026年12月4日').waitFor();
    await expectNoEnglish(office);
    await expectNoCodes(office);
  });

  it('the unit appeals a deduction from 我的考核; the office upholds it from 申诉复核; the unit sees the decision and its points back', async () => {
    await myAssessment();
    await desk.getByText('初评公示中，申诉期至 2026年12月4日').waitFor();
    const before = await result();
    const appealable = desk.locator('[data-testid=score-rows] tbody tr').filter({ has: desk.getByRole('button', { name: '申诉' }) });
    const first = appealable.first();
    const key = await first.getAttribute('data-row-key');
    const row = before.deductions.find((d: { key: string }) => d.key === key);
    expect(row).toMatchObject({ kind: 'PER_ITEM', points: expect.any(Number) });
    expect(row.points).toBeGreaterThan(0);
    // The confirmed bonus and the 容缺 rows are not appealable; only deductions with points are.
    expect(await desk.locator('[data-testid=score-rows] tbody tr', { hasText: '典型案例' }).getByRole('button', { name: '申诉' }).count()).toBe(0);
    await first.getByRole('button', { name: '申诉' }).click();
    await desk.locator('textarea[name=reason]').fill('该月已通过公文交换报送，附回执');
    // The evidence: uploaded as chosen, linked to the appeal by id.
    const receipt = { name: '公文交换回执.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% 回执\n%%EOF\n') };
    await desk.getByRole('dialog').locator('input[type=file]').setInputFiles(receipt);
    await desk.getByRole('dialog').getByText('公文交换回执.pdf').waitFor();
    await desk.getByRole('dialog').getByRole('button', { name: '申诉' }).click();
    await desk.getByText('已提交申诉，等待信用办复核').waitFor();
    const filed = await t.prisma.appeal.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(filed.attachmentIds).toHaveLength(1);
    expect((await t.prisma.attachment.findUniqueOrThrow({ where: { id: filed.attachmentIds[0]! } })).fileName).toBe('公文交换回执.pdf');
    await desk.locator('[data-testid=my-appeals] tbody tr', { hasText: row.label }).getByText('待复核').waitFor();
    await expect(desk.locator(`[data-row-key="${key}"]`).getByRole('button', { name: '申诉' }).count()).resolves.toBe(0);
    await expectNoEnglish(desk);
    await expectNoCodes(desk);
    await screenshot(desk, '61-my-assessment');

    await office.goto(`${base}/#/assessments`);
    await office.reload(); // the unit's appeal came meanwhile
    await office.getByText('1 件申诉待复核').waitFor();
    await office.getByTestId('appeal-count').filter({ hasText: /^1$/ }).waitFor();
    await office.getByRole('menuitem', { name: '申诉复核' }).click();
    const queued = office.locator('tbody tr', { hasText: court.name }).filter({ hasText: row.label });
    await queued.waitFor();
    await expectNoEnglish(office);
    await expectNoCodes(office);
    await screenshot(office, '62-appeal-queue');
    await queued.getByRole('button', { name: '申诉成立' }).click();
    await office.locator('textarea[name=reason]').fill('回执属实');
    await office.getByRole('dialog').getByRole('button', { name: '申诉成立' }).click();
    await office.getByText('已认定申诉成立').waitFor();
    await queued.waitFor({ state: 'detached' });

    const after = await result();
    expect(after.score).toBe(Math.round((before.score + row.points) * 100) / 100);
    await myAssessment();
    const decided = desk.locator('[data-testid=my-appeals] tbody tr', { hasText: row.label });
    await decided.getByText('申诉成立').waitFor();
    await decided.getByText('回执属实').waitFor();
    await desk.getByText(`最终得分 ${after.score} 分`).waitFor();
    await desk.locator(`[data-row-key="${key}"]`).getByText('申诉成立，已免扣').waitFor();
    await expectNoEnglish(desk);
    await expectNoCodes(desk);
  });

  it('logged no console error on any page', () => {
    expect(console.errors).toEqual([]);
  });
});

// 信用信息归集 in a real Chromium against the real app serving the built dashboard (issue 12 §7): a unit
// downloads its stream's template, uploads it filled, sees each error at its sheet, row and column, uploads a
// corrected file and files the compliant records; the office sees the file's quality in review and accepts;
// the records are found on the 信用信息库 page by credit code, with every field under its template header.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { ObligationsService } from '../../backend/src/obligations/obligations.service.ts';
import { KIND_SPECS } from '../../backend/src/records/domain/index.ts';
import { ORG, VALID } from '../../backend/src/records/domain/samples.ts';
import { fillTemplate } from '../support/record-files.ts';
import { ADMIN_PASSWORD, bearer, type TestApp } from '../support/test-app.ts';
import { backOnDeskThenHistory, ConsoleErrors, expectNoEnglish, launch, newPage, screenshot, signIn, startAppWithDashboard } from './support/browser.ts';

jest.setTimeout(60_000);

const PASSWORD = 'password-123';
const CF = VALID.CF_LEGAL;
const SHEET1 = KIND_SPECS.CF_LEGAL.sheetName;
const CODE_COLUMN = '行政相对人代码_1（统一社会信用代码）';
/** Row 2 valid, row 3 a code that is no 统一社会信用代码, row 4 a required value missing; one valid natural-person penalty. */
const WITH_ERRORS = {
  CF_LEGAL: [
    CF,
    { ...CF, documentNumber: '召市监罚〔2026〕32号', creditCode: '91411104MA40ABCDIO' },
    { ...CF, documentNumber: '召市监罚〔2026〕35号', authority: null },
  ],
  CF_NATURAL: [VALID.CF_NATURAL],
};
/** The same file corrected: three legal-person penalties and one natural-person penalty, all valid. */
const CORRECTED = {
  CF_LEGAL: [CF, { ...CF, documentNumber: '召市监罚〔2026〕32号' }, { ...CF, documentNumber: '召市监罚〔2026〕35号' }],
  CF_NATURAL: [VALID.CF_NATURAL],
};

describe('dashboard in Chromium: records filed from a data file', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let desk: Page;
  let office: Page;
  let template: Buffer;
  let obligation: { id: number; unitName: string };
  let submissionId: number;
  const console = new ConsoleErrors();

  /** Clicks a control that downloads a file and answers the file's name and bytes. */
  const download = async (page: Page, click: () => Promise<void>) => {
    const [file] = await Promise.all([page.waitForEvent('download'), click()]);
    return { name: file.suggestedFilename(), content: await readFile((await file.path())!) };
  };
  const upload = (page: Page, name: string, buffer: Buffer) =>
    page.setInputFiles('input[name=dataFile]', { name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });

  beforeAll(async () => {
    t = await startAppWithDashboard();
    await t.app.get(ObligationsService).generate(t.clock.now());
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as { port: number }).port}`;
    const unit = await t.prisma.unit.findFirstOrThrow({ orderBy: { sortOrder: 'asc' } });
    const o = await t.prisma.obligation.findFirstOrThrow({ where: { unitId: unit.id, period: '2026-09', stream: { code: 'SGS_MONTHLY' } } });
    obligation = { id: o.id, unitName: unit.name };
    const admin = await t.adminToken();
    const user = { username: 'xinxiyuan', displayName: '单位信息员', password: PASSWORD, role: 'UNIT', unitId: unit.id };
    expect((await t.http().post('/api/users').set(bearer(admin)).send(user)).status).toBe(201);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('a unit opens the filing of its 双公示, downloads the stream\'s template (no typed counts), and a PDF is refused', async () => {
    desk = await newPage(browser, console);
    await signIn(desk, base, 'xinxiyuan', PASSWORD);
    await desk.locator(`[data-testid=desk-item][data-obligation="${obligation.id}"]`).getByRole('button', { name: '报送', exact: true }).click();
    await desk.locator('[data-testid=data-file]').waitFor();
    expect(await desk.locator('input[name="counts.legalPersonLicenses"]').count()).toBe(0);
    expect(await desk.getByRole('button', { name: '提交报送' }).count()).toBe(0);
    const file = await download(desk, () => desk.getByRole('button', { name: '下载模板' }).click());
    expect(file.name).toMatch(/数据模板.*\.xlsx$/);
    template = file.content;
    await console.expecting([400], async () => {
      await desk.setInputFiles('input[name=dataFile]', { name: '扫描件.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
      await desk.locator('[data-testid=data-file-error]', { hasText: '仅支持 .xlsx 或 .csv' }).waitFor();
    });
    await expectNoEnglish(desk);
    await screenshot(desk, '40-records-filing-form');
  });

  it('uploads the filled template and sees each error at its sheet, row and column, and the marked file', async () => {
    await upload(desk, '9月双公示.xlsx', await fillTemplate(template, WITH_ERRORS));
    await desk.locator('[data-testid=import-summary]').waitFor();
    expect(await desk.locator('[data-testid=import-figures]').innerText()).toContain('共 4 行数据，合规 2 条，有错误 2 条');
    const sheetRow = desk.locator(`[data-testid=import-sheets] tr[data-sheet="${SHEET1}"]`);
    expect(await sheetRow.locator('[data-col=valid]').innerText()).toBe('1');
    const errorAt = (row: number, column: string) =>
      desk.locator(`[data-testid=import-issues] tr[data-level=error][data-sheet="${SHEET1}"][data-row="${row}"][data-column="${column}"]`);
    expect(await errorAt(3, CODE_COLUMN).innerText()).toContain('GB 32100-2015');
    expect(await errorAt(4, '处罚机关').innerText()).toContain('必填项「处罚机关」为空');
    expect(await desk.locator('[data-testid=import-issues] tbody tr[data-level=error]').count()).toBe(2);
    const marked = await download(desk, () => desk.getByRole('button', { name: '下载标注错误的文件' }).click());
    expect(marked.name).toBe('9月双公示（校验结果）.xlsx');
    expect(marked.content.subarray(0, 2).toString()).toBe('PK');
    await expectNoEnglish(desk);
    await screenshot(desk, '41-records-import-errors');
  });

  it('uploads the corrected file and files the compliant records: the counts are the records', async () => {
    await desk.getByRole('button', { name: '修改后重新上传' }).click();
    await upload(desk, '9月双公示（修改后）.xlsx', await fillTemplate(template, CORRECTED));
    await desk.getByText('共 4 行数据，合规 4 条，有错误 0 条').waitFor();
    expect(await desk.locator('[data-testid=import-issues]').count()).toBe(0);
    await screenshot(desk, '42-records-import-clean');
    await desk.getByRole('button', { name: '提交合规记录' }).click();
    await backOnDeskThenHistory(desk);
    const row = desk.locator('tbody tr', { hasText: '2026年9月' }).filter({ hasText: '待审核' });
    await row.waitFor();
    expect(await row.locator('[data-field=legalPersonPenalties]').innerText()).toBe('3');
    expect(await row.locator('[data-field=naturalPersonPenalties]').innerText()).toBe('1');
    submissionId = (await t.prisma.submission.findFirstOrThrow({ where: { obligationId: obligation.id } })).id;
  });

  it('the office reviews the filing with the file\'s quality summary and accepts it', async () => {
    office = await newPage(browser, console);
    await signIn(office, base, 'admin', ADMIN_PASSWORD);
    await office.goto(`${base}/#/submissions/${submissionId}/show`);
    const quality = office.locator('[data-testid=submission-quality]');
    await quality.getByText('共 4 行数据，合规 4 条，有错误 0 条').waitFor();
    expect(await quality.locator(`tr[data-sheet="${SHEET1}"] [data-col=valid]`).innerText()).toBe('3');
    await expectNoEnglish(office);
    await screenshot(office, '43-records-review');
    await office.getByRole('button', { name: '通过' }).click();
    await office.getByText('已审核通过').waitFor();
  });

  it('the office finds the records on the 信用信息库 page by credit code, and a record shows every field', async () => {
    await office.locator('nav, [role=menu], .RaSidebar-fixed').getByText('信用信息库').first().click();
    await office.waitForURL(/#\/records/);
    await office.locator('input[name=creditCode]').fill(ORG);
    const rows = office.locator('tbody tr', { hasText: ORG });
    await rows.nth(2).waitFor();
    await office.locator('tbody tr').filter({ hasNotText: ORG }).first().waitFor({ state: 'detached' }); // the natural person's
    expect(await office.locator('tbody tr').count()).toBe(3);
    expect(await office.locator('tbody').innerText()).toContain(obligation.unitName);
    const exported = await download(office, () => office.getByRole('button', { name: '导出（国家标准模板）' }).click());
    expect(exported.name).toMatch(/^信用信息归集数据.*\.xlsx$/);
    await expectNoEnglish(office);
    await screenshot(office, '44-records-library');

    await rows.filter({ hasText: '召市监罚〔2026〕32号' }).click();
    const fields = office.locator('[data-testid=record-fields]');
    await fields.waitFor();
    expect(await fields.locator('[data-field=authority]').innerText()).toContain(`处罚机关\n${CF.authority}`);
    expect(await fields.locator('[data-field=creditCode]').innerText()).toContain(CODE_COLUMN);
    await office.getByText(`${SHEET1} 第 3 行`).waitFor();
    await office.getByText(obligation.unitName).first().waitFor();
    await expectNoEnglish(office);
    await screenshot(office, '45-records-show');
  });

  it('the office home shows the unit in 数据质量, and the unit\'s desk its own 合规率', async () => {
    await office.goto(`${base}/#/`);
    const panel = office.locator('[data-testid=record-quality]');
    const line = panel.locator(`tr[data-unit="${obligation.unitName}"]`);
    await line.waitFor();
    // The accepted filing: 4 rows, all valid (the corrected file), none published late.
    expect((await line.innerText()).split(/\s+/)).toEqual([obligation.unitName, '4', '4', '100.0%', '0.0%']);
    await screenshot(office, '46-records-quality');
    await desk.goto(`${base}/#/`);
    await desk.locator('[data-testid=desk-record-figures]').getByText('本年度已报送信用记录 4 条，其中合规 4 条；合规率 100.0%，迟报率 0.0%。').waitFor();
    await expectNoEnglish(desk);
  });

  it('the unit sees its own records in its 信用信息库', async () => {
    await desk.goto(`${base}/#/records`);
    await desk.locator('tbody tr').nth(3).waitFor();
    expect(await desk.locator('tbody tr').count()).toBe(4);
    await expectNoEnglish(desk);
  });

  it('logged no console error on any page visited', () => {
    expect(console.errors).toEqual([]);
  });
});

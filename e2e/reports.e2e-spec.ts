// The plan's statistics tables (附件5 cumulative, 附件6 increments) and the contacts roster as .xlsx, opened
// and held against the database: the accepted version of each monthly report counts, nothing else does.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import JSZip from 'jszip';
import { HEADER_ROW } from '../backend/src/common/xlsx.ts';
import { cellValue, download, readXlsx, sheetRows } from './support/office-files.ts';
import { SeedService } from '../backend/src/seed/seed.service.ts';
import { buildScenario, type Scenario } from './support/scenario.ts';
import { bearer, startTestApp, type TestApp } from './support/test-app.ts';

const CHINESE = /[\u4e00-\u9fff]/;
const HEAD = ['序号', '单位名称', '法人行政处罚', '法人行政许可', '自然人行政处罚', '自然人行政许可', '合计', '备注'];
const counts = (n: number) => ({ legalPersonLicenses: n, legalPersonPenalties: 2 * n, naturalPersonLicenses: 10 + n, naturalPersonPenalties: 1 });

describe('statistics tables and roster', () => {
  let t: TestApp;
  let s: Scenario;

  /** Per unit id: the four counts of the accepted version of each SGS_MONTHLY report in the months, from the tables. */
  const fromDatabase = async (fromMonth: string, toMonth: string) => {
    const obligations = await t.prisma.obligation.findMany({
      where: { stream: { code: 'SGS_MONTHLY' }, period: { gte: fromMonth, lte: toMonth } },
      include: { submissions: { include: { review: true } } },
    });
    const sums = new Map<number, number[]>();
    for (const o of obligations) {
      const accepted = o.submissions.filter((x) => x.review?.decision === 'ACCEPT').sort((a, b) => b.version - a.version)[0];
      const row = sums.get(o.unitId) ?? [0, 0, 0, 0];
      if (accepted) {
        [accepted.legalPersonPenalties, accepted.legalPersonLicenses, accepted.naturalPersonPenalties, accepted.naturalPersonLicenses].forEach(
          (v, i) => (row[i]! += v ?? 0),
        );
      }
      sums.set(o.unitId, row);
    }
    return sums;
  };

  /** The sheet's data rows (unit name → the four counts and the total) and its totals row. */
  const open = async (url: string, query: Record<string, string>) => {
    const wb = await readXlsx((await download(t, s.admin, url, query)).body);
    const sheet = wb.worksheets[0]!;
    const rows = sheetRows(sheet, HEADER_ROW + 1);
    const totalsAt = rows.findIndex((r) => r[0] === '合计');
    return { sheet, data: rows.slice(0, totalsAt), totals: rows[totalsAt]! };
  };

  const expectAgainstDatabase = async (data: unknown[][], totals: unknown[], fromMonth: string, toMonth: string) => {
    const db = await fromDatabase(fromMonth, toMonth);
    expect(data.map((r) => r[1])).toEqual(s.units.map((u) => u.name));
    data.forEach((r, i) => {
      const want = db.get(s.units[i]!.id) ?? [0, 0, 0, 0];
      expect([r[0], ...r.slice(2, 7)]).toEqual([i + 1, ...want, want.reduce((a, b) => a + b, 0)]);
    });
    const all = [...db.values()].reduce((acc, v) => acc.map((x, i) => x + v[i]!), [0, 0, 0, 0]);
    expect(totals.slice(2, 7)).toEqual([...all, all.reduce((a, b) => a + b, 0)]);
    expect(totals[1]).toBe('33个单位');
  };

  beforeAll(async () => {
    t = await startTestApp({ TRACKING_START: '2026-01' });
    s = await buildScenario(t);
    // 区编办: January to September accepted, February a 情况说明 (no data).
    for (const [i, o] of (await s.obligations(0, '2026-01', '2026-09', 'SGS_MONTHLY')).entries()) {
      await s.fileAndAccept(o, -1, o.period === '2026-02' ? { kind: 'NO_DATA', reason: '本月未产生双公示信息' } : { kind: 'DATA', counts: counts(i + 1) });
    }
    // 区法院: July returned and corrected (the corrected figures count); August awaiting review (does not count).
    const [jul, aug] = await s.obligations(1, '2026-07', '2026-08', 'SGS_MONTHLY');
    const first = await s.post('/api/submissions', { obligationId: jul!.id, kind: 'DATA', counts: counts(50), receivedAt: '2026-08-03T09:00:00+08:00' });
    await s.post('/api/reviews', { submissionId: first.id, decision: 'RETURN', reason: '法人行政许可数与公示系统不一致' });
    await s.fileAndAccept(jul!, 1, { kind: 'DATA', counts: counts(7) });
    await s.post('/api/submissions', { obligationId: aug!.id, kind: 'DATA', counts: counts(99), receivedAt: '2026-09-04T09:00:00+08:00' });
    // 天桥公安分局: March waived, the rest of the first quarter accepted.
    for (const o of await s.obligations(2, '2026-01', '2026-03', 'SGS_MONTHLY')) {
      if (o.period === '2026-03') await s.post('/api/exemptions', { obligationId: o.id, reason: '机构改革，当月职能划转' });
      else await s.fileAndAccept(o, -1, { kind: 'DATA', counts: counts(3) });
    }
    await s.addContact(0);
    await t.prisma.contact.create({ data: { unitId: s.units[0]!.id, name: '王分管', post: '副局长', leader: true, mobile: '13900000000' } });
    await s.addContact(2);
  });
  afterAll(() => t.close());

  it('附件5 counts every unit cumulatively up to the period, with a totals row, as the database has it', async () => {
    const { sheet, data, totals } = await open('/api/reports/sgs-summary.xlsx', { period: '2026-09' });
    expect(cellValue(sheet, 1, 1)).toBe('召陵区“双公示”数据情况统计表');
    expect(cellValue(sheet, 2, 1)).toBe('统计期间：2026年1月至2026年9月（累计）');
    expect(sheetRows(sheet, HEADER_ROW)[0]).toEqual(HEAD);
    await expectAgainstDatabase(data, totals, '0000-00', '2026-09');
    expect(data[0]![7]).toBeNull();
    expect(data[1]![7]).toContain('2026年8月');
    expect(String(data[2]![7])).not.toContain('2026年3月');
    // The corrected July figures count, the returned ones and the ones awaiting review do not.
    expect(data[1]!.slice(2, 6)).toEqual([14, 7, 1, 17]);
  });

  it('附件5 up to June leaves the later months out', async () => {
    const { data, totals } = await open('/api/reports/sgs-summary.xlsx', { period: '2026-06' });
    await expectAgainstDatabase(data, totals, '0000-00', '2026-06');
    expect(data[1]!.slice(2, 7)).toEqual([0, 0, 0, 0, 0]);
  });

  it('附件6 gives each unit the increments of the range', async () => {
    const { sheet, data, totals } = await open('/api/reports/sgs-increment.xlsx', { from: '2026-07', to: '2026-09' });
    expect(cellValue(sheet, 1, 1)).toBe('召陵区“双公示”增量统计表');
    expect(cellValue(sheet, 2, 1)).toBe('统计期间：2026年7月至2026年9月（本期新增）');
    await expectAgainstDatabase(data, totals, '2026-07', '2026-09');
    expect(data[0]!.slice(2, 6)).toEqual([2 * (7 + 8 + 9), 7 + 8 + 9, 3, 30 + 7 + 8 + 9]);
  });

  it('附件5: a reopened filing leaves the counts (its month is unaccepted) until it is accepted again', async () => {
    // 天桥公安分局's February, accepted with counts(3) in the set-up.
    const [feb] = await s.obligations(2, '2026-02', '2026-02', 'SGS_MONTHLY');
    const submission = await t.prisma.submission.findFirstOrThrow({ where: { obligationId: feb!.id }, orderBy: { version: 'desc' } });
    const before = (await open('/api/reports/sgs-summary.xlsx', { period: '2026-09' })).data[2]!;
    expect((await t.http().post(`/api/submissions/${submission.id}/reopen`).set(bearer(s.admin)).send({ reason: '数据有误，重新审核' })).status).toBe(200);
    const reopened = await open('/api/reports/sgs-summary.xlsx', { period: '2026-09' });
    await expectAgainstDatabase(reopened.data, reopened.totals, '0000-00', '2026-09');
    const c = counts(3);
    expect(reopened.data[2]!.slice(2, 6)).toEqual([
      (before[2] as number) - c.legalPersonPenalties, (before[3] as number) - c.legalPersonLicenses,
      (before[4] as number) - c.naturalPersonPenalties, (before[5] as number) - c.naturalPersonLicenses,
    ]);
    expect(reopened.data[2]![7]).toContain('2026年2月');
    await s.post('/api/reviews', { submissionId: submission.id, decision: 'ACCEPT' });
    const again = await open('/api/reports/sgs-summary.xlsx', { period: '2026-09' });
    expect(again.data[2]).toEqual(before);
    await expectAgainstDatabase(again.data, again.totals, '0000-00', '2026-09');
  });

  it('the sheets are ready to print: A4, header rows repeated, page numbers, 附件 label, 制表单位 and 制表日期', async () => {
    const file = await download(t, s.admin, '/api/reports/sgs-summary.xlsx', { period: '2026-09' });
    const zip = await JSZip.loadAsync(file.body);
    const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
    expect(workbookXml).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;数据情况统计表&apos;!\$4:\$4<\/definedName>/);
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheetXml).toMatch(/<pageSetup paperSize="9" orientation="landscape"/);
    expect(sheetXml).toMatch(/<pageSetup [^>]*fitToHeight="0"/);
    expect(sheetXml).toMatch(/<headerFooter differentFirst="1"[^>]*>/);
    expect(sheetXml).toContain('<firstHeader>&amp;L&amp;&quot;黑体,常规&quot;&amp;14附件5</firstHeader>');
    expect(sheetXml).toContain('<oddFooter>&amp;C第 &amp;P 页 共 &amp;N 页</oddFooter>');
    expect(sheetXml).toContain('<firstFooter>&amp;C第 &amp;P 页 共 &amp;N 页</firstFooter>');
    const sheet = (await readXlsx(file.body)).worksheets[0]!;
    expect(cellValue(sheet, 3, 1)).toBe('制表单位：召陵区社会信用体系建设工作领导小组办公室');
    expect(cellValue(sheet, 3, 5)).toBe('制表日期：2026年11月27日');
    expect(sheet.getRow(HEADER_ROW).getCell(1).value).toBe('序号');
    // The totals are formulas; a wrapped 备注 makes its row taller.
    const totalsRow = sheetRows(sheet, HEADER_ROW + 1).findIndex((r) => r[0] === '合计') + HEADER_ROW + 1;
    expect(sheet.getRow(totalsRow).getCell(3).value).toMatchObject({ formula: expect.stringMatching(/^SUM\(C5:C\d+\)$/) });
    const wrapped = sheetRows(sheet, HEADER_ROW + 1).findIndex((r) => String(r[7] ?? '').length > 20);
    if (wrapped >= 0) expect(sheet.getRow(wrapped + HEADER_ROW + 1).height).toBeGreaterThan(15);
    // The roster: as wide (landscape), no 附件 label, the same footer.
    const roster = await JSZip.loadAsync((await download(t, s.admin, '/api/reports/contacts.xlsx')).body);
    const rosterXml = await roster.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(rosterXml).toMatch(/<pageSetup paperSize="9" orientation="landscape"/);
    expect(rosterXml).not.toContain('firstHeader');
    expect(rosterXml).toContain('<oddFooter>&amp;C第 &amp;P 页 共 &amp;N 页</oddFooter>');
  });

  it.each([
    ['附件6', '/api/reports/sgs-increment.xlsx', { from: '2026-07', to: '2026-09' }, '召陵区“双公示”增量统计表'],
    ['', '/api/reports/contacts.xlsx', {}, '召陵区社会信用体系建设工作负责人名单和联系方式'],
  ])('the %s%s sheet too: title, 制表 row, header repeated, A4 landscape, page numbers', async (label, url, query, title) => {
    const file = await download(t, s.admin, url, query);
    const zip = await JSZip.loadAsync(file.body);
    expect(await zip.file('xl/workbook.xml')!.async('string')).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;[^&]+&apos;!\$4:\$4<\/definedName>/);
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheetXml).toMatch(/<pageSetup paperSize="9" orientation="landscape"/);
    expect(sheetXml).toContain('<oddFooter>&amp;C第 &amp;P 页 共 &amp;N 页</oddFooter>');
    if (label) expect(sheetXml).toContain(`<firstHeader>&amp;L&amp;&quot;黑体,常规&quot;&amp;14${label}</firstHeader>`);
    const sheet = (await readXlsx(file.body)).worksheets[0]!;
    expect(cellValue(sheet, 1, 1)).toBe(title);
    expect(cellValue(sheet, 3, 1)).toBe('制表单位：召陵区社会信用体系建设工作领导小组办公室');
    expect(sheetRows(sheet, 3)[0]!.some((v) => v === '制表日期：2026年11月27日')).toBe(true);
  });

  it('the roster lists every unit with its contacts, and who has none', async () => {
    const file = await download(t, s.admin, '/api/reports/contacts.xlsx');
    expect(decodeURIComponent(file.disposition)).toContain('负责人名单和联系方式');
    const sheet = (await readXlsx(file.body)).worksheets[0]!;
    expect(cellValue(sheet, 1, 1)).toBe('召陵区社会信用体系建设工作负责人名单和联系方式');
    const rows = sheetRows(sheet, HEADER_ROW + 1);
    expect(rows.slice(0, 3).map((r) => [r[0], r[1], r[2], r[4]])).toEqual([
      [1, '区编办', '联系人0', '主要联系人'],
      [1, '区编办', '王分管', '分管领导'],
      [2, '区法院', '（未报送）', null],
    ]);
    const totals = rows.find((r) => r[0] === '合计')!;
    const contacts = await t.prisma.contact.count();
    expect(totals.slice(1, 5)).toEqual(['33个单位', `${contacts}人`, null, '31个单位未报送']);
    expect(rows.indexOf(totals)).toBe(33 + 1);
  });

  it('bad periods are a 400 in Chinese; units may not download (403), leaders may', async () => {
    const admin = bearer(s.admin);
    for (const [url, query, field] of [
      ['/api/reports/sgs-summary.xlsx', { period: '2026-13' }, 'period'],
      ['/api/reports/sgs-increment.xlsx', { from: '2026-09', to: '2026-07' }, 'to'],
      ['/api/reports/sgs-increment.xlsx', { from: '2026-9', to: '2026-10' }, 'from'],
    ] as const) {
      const res = await t.http().get(url).query(query).set(admin);
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.errors)).toEqual([field]);
      expect(res.body.errors[field]).toMatch(CHINESE);
    }
    const unit = await t.userToken('UNIT', s.units[0]!.id);
    expect((await t.http().get('/api/reports/contacts.xlsx').set(bearer(unit))).status).toBe(403);
    const leader = await t.userToken('LEADER');
    expect((await download(t, leader, '/api/reports/sgs-summary.xlsx', { period: '2026-09' })).type).toContain('spreadsheetml');
  });

  it('the district and the office come from the settings: another district, a row from before districtName, a bad value (409)', async () => {
    const stored = async () => (await t.prisma.setting.findUniqueOrThrow({ where: { key: 'office' } })).value as Record<string, unknown>;
    const setOffice = (value: Record<string, unknown>) => t.prisma.setting.update({ where: { key: 'office' }, data: { value } });
    const roster = async () => {
      const sheet = (await readXlsx((await download(t, s.admin, '/api/reports/contacts.xlsx')).body)).worksheets[0]!;
      const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
      return { title: cellValue(sheet, 1, 1), note: String(rows.at(-1)?.find((v) => typeof v === 'string' && v.startsWith('依据')) ?? '') };
    };
    const original = await stored();
    expect(original).toMatchObject({ districtName: '召陵区', planTitle: '召陵区社会信用体系建设实施方案', planNumber: '召政〔2018〕3号' });

    await setOffice({ ...original, name: '县发改委', districtName: '某某县' });
    expect(await roster()).toEqual({ title: '某某县社会信用体系建设工作负责人名单和联系方式', note: '依据实施方案：各单位把负责人名单和联系方式报送县发改委。' });

    // Seeded before the district was a setting: derived from the issuing body, then completed by the next start.
    const { districtName: _district, planTitle: _title, planNumber: _number, ...older } = original;
    await setOffice({ ...older, address: '新址 201 房间' });
    expect((await roster()).title).toBe('召陵区社会信用体系建设工作负责人名单和联系方式');
    await t.app.get(SeedService).run();
    expect(await stored()).toEqual({ ...original, address: '新址 201 房间' });

    await setOffice({ ...original, issuingBody: 42 });
    const bad = await t.http().get('/api/reports/contacts.xlsx').set(bearer(s.admin));
    expect(bad.status).toBe(409);
    expect(bad.body.message).toBe('系统设置“office”的值不正确（issuingBody：必须是文本），请修正后重试');
    await setOffice(original);
  });
});

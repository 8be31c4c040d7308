// 信用信息归集 end to end: the template, a filled file with each class of error, the import's findings at
// their (sheet, row, column), filing, the library (search, scope, masking), return, and the export re-imported.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { recordImportSchema } from '@credit/contract/api';
import { ObligationsService } from '../backend/src/obligations/obligations.service.ts';
import { KIND_SPECS } from '../backend/src/records/domain/index.ts';
import { ORG, VALID, wrongCheck } from '../backend/src/records/domain/samples.ts';
import { HEADER_ROW } from '../backend/src/common/xlsx.ts';
import { IMPORT_BATCH_ROWS } from '../backend/src/records/record-imports.service.ts';
import { readXlsx, sheetRows } from './support/office-files.ts';
import { csvFile, fillTemplate, wpsWorkbook } from './support/record-files.ts';
import { bearer, binaryParser, startTestApp, type TestApp } from './support/test-app.ts';

const CF = VALID.CF_LEGAL;
const ROWS = {
  CF_LEGAL: [
    CF, // 2: valid
    { ...CF, documentNumber: '召市监罚〔2026〕32号', creditCode: '91411104MA40ABCDIO' }, // 3: not a code
    { ...CF, documentNumber: '召市监罚〔2026〕33号', decisionDate: '2026-12-01', penaltyValidUntil: '2027-12-01' }, // 4: after filing day
    { ...CF }, // 5: duplicate of row 2
    { ...CF, documentNumber: '召市监罚〔2026〕35号', authority: null }, // 6: required value empty
  ],
  // published 2026-10-20, past the 7th working day after the decision (09-21): valid, but late
  CF_NATURAL: [{ ...VALID.CF_NATURAL, publicationDate: '2026-10-20' }, { ...VALID.CF_NATURAL, documentNumber: '召市监罚〔2026〕41号', idNumber: '110105194912310021' }],
  XK_LEGAL: [{ ...VALID.XK_LEGAL, creditCode: wrongCheck(ORG) }], // a warning only: it stays valid
};
const SHEET1 = KIND_SPECS.CF_LEGAL.sheetName;
const SHEET3 = KIND_SPECS.CF_NATURAL.sheetName;

describe('records: template, import, filing, library', () => {
  let t: TestApp;
  let admin: string;
  let unit: string;
  let other: string;
  let obligationId: number;

  const download = (url: string, token = admin) => t.http().get(url).set(bearer(token)).buffer(true).parse(binaryParser);
  const upload = (content: Buffer, name: string, token = unit, id = obligationId) =>
    t.http().post('/api/records/imports').set(bearer(token)).field('obligationId', String(id)).attach('file', content, name);

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(ObligationsService).generate(t.clock.now());
    admin = await t.adminToken();
    const units = await t.prisma.unit.findMany({ orderBy: { sortOrder: 'asc' }, take: 2 });
    unit = await t.userToken('UNIT', units[0]!.id);
    other = await t.userToken('UNIT', units[1]!.id);
    obligationId = (await t.prisma.obligation.findFirstOrThrow({ where: { unitId: units[0]!.id, period: '2026-09', stream: { code: 'SGS_MONTHLY' } } })).id;
  });
  afterAll(() => t.close());

  it('the SGS template: 附件1–4 sheets with the exact headers, required ones marked, drop-downs, date formats, 填写说明', async () => {
    const res = await download('/api/records/template.xlsx?stream=SGS_MONTHLY');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['附件1 法人行政处罚', '附件2 法人行政许可', '附件3 自然人行政处罚', '附件4 自然人行政许可', '填写说明', '取值范围']);
    const ws = wb.getWorksheet(SHEET1)!;
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(KIND_SPECS.CF_LEGAL.columns.map((c) => (c.requirement === 'R' ? `*${c.header}` : c.header)));
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getRow(1).font?.bold).toBe(true);
    const category = KIND_SPECS.CF_LEGAL.columns.findIndex((c) => c.field === 'subjectCategory') + 1;
    const letter = String.fromCharCode(64 + category);
    expect(ws.getCell(`${letter}2`).dataValidation).toMatchObject({ type: 'list', formulae: [expect.stringMatching(/^'取值范围'!\$A\$1:\$A\$2$/)] });
    expect(ws.getCell(`${letter}2001`).dataValidation).toMatchObject({ type: 'list' });
    const decision = KIND_SPECS.CF_LEGAL.columns.findIndex((c) => c.field === 'decisionDate') + 1;
    expect(ws.getColumn(decision).numFmt).toBe('yyyy-mm-dd');
    expect(wb.getWorksheet('填写说明')!.rowCount).toBeGreaterThan(80);
    const hhb = await download('/api/records/template.xlsx?stream=HHB');
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(hhb.body);
    expect(wb2.worksheets.map((w) => w.name)).toEqual(['红黑榜', '填写说明', '取值范围']);
    expect((await download('/api/records/template.csv?stream=SGS_MONTHLY&kind=CF_NATURAL')).body.toString('utf8')).toMatch(/^\uFEFF\*行政相对人名称,\*证件类型,\*证件号码,/);
    // What the dashboard needs: which streams take a data file, and each kind's headers to label a record.
    const streams = await t.http().get('/api/streams').set(bearer(unit));
    expect(streams.body.find((st: { code: string }) => st.code === 'HHB').recordKinds).toEqual(['HHB']);
    const kinds = await t.http().get('/api/records/kinds').set(bearer(unit));
    expect(kinds.body.find((k: { kind: string }) => k.kind === 'CF_LEGAL')).toEqual({
      kind: 'CF_LEGAL', sheetName: SHEET1, columns: KIND_SPECS.CF_LEGAL.columns.map((c) => ({ field: c.field, header: c.header, requirement: c.requirement })),
    });
  });

  let importId: number;
  it('an import names every problem at its sheet, row and column, and keeps the valid rows as a draft', async () => {
    const template = (await download('/api/records/template.xlsx?stream=SGS_MONTHLY', unit)).body;
    const res = await upload(await fillTemplate(template, ROWS), '9月双公示.xlsx');
    expect({ status: res.status, refused: res.status === 201 ? null : res.body }).toEqual({ status: 201, refused: null });
    importId = res.body.id;
    expect(recordImportSchema.safeParse(res.body).error).toBeUndefined(); // the contract the dashboard reads
    expect(res.body).toMatchObject({ rows: 8, valid: 3, invalid: 5, late: 1, counts: { legalPersonPenalties: 1, legalPersonLicenses: 1, naturalPersonPenalties: 1, naturalPersonLicenses: 0 } });
    const at = (sheet: string, row: number) => res.body.errors.filter((e: { sheet: string; row: number }) => e.sheet === sheet && e.row === row);
    expect(at(SHEET1, 3)).toEqual([{ sheet: SHEET1, row: 3, column: '行政相对人代码_1（统一社会信用代码）', message: expect.stringMatching(/GB 32100-2015/) }]);
    expect(at(SHEET1, 4).map((e: { column: string }) => e.column)).toContain('处罚决定日期');
    expect(at(SHEET1, 5)).toEqual([{ sheet: SHEET1, row: 5, column: '行政处罚决定书文号', message: expect.stringMatching(/与本文件第 2 行相同/) }]);
    expect(at(SHEET1, 6)).toEqual([{ sheet: SHEET1, row: 6, column: '处罚机关', message: '必填项「处罚机关」为空' }]);
    expect(at(SHEET3, 3)).toEqual([{ sheet: SHEET3, row: 3, column: '证件号码', message: expect.stringMatching(/GB 11643-1999/) }]);
    expect(at(SHEET1, 2)).toEqual([]);
    expect(res.body.warnings).toContainEqual({ sheet: KIND_SPECS.XK_LEGAL.sheetName, row: 2, column: '行政相对人代码_1（统一社会信用代码）', message: expect.stringMatching(/校验位/) });
    expect(res.body.errorCount).toBe(res.body.errors.length);
    expect(await t.prisma.creditRecord.count()).toBe(0); // a draft: nothing in the library yet
  });

  it('the marked file: every row as read, bad cells filled, the reasons in 错误说明', async () => {
    const res = await download(`/api/records/imports/${importId}/marked.xlsx`, unit);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body);
    const ws = wb.getWorksheet(SHEET1)!;
    const notes = ws.getColumn(KIND_SPECS.CF_LEGAL.columns.length + 1);
    expect(notes.values[1]).toBe('错误说明');
    expect(String(notes.values[3])).toMatch(/统一社会信用代码/);
    const code = KIND_SPECS.CF_LEGAL.columns.findIndex((c) => c.field === 'creditCode') + 1;
    expect(ws.getCell(3, code).fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    expect(ws.getCell(2, code).fill?.type ?? 'none').not.toBe('pattern');
    expect((await download(`/api/records/imports/${importId}/marked.xlsx`, other)).status).toBe(404);
  });

  let submissionId: number;
  it('filing the import: the counts are the valid records, which enter the library', async () => {
    const res = await t.http().post('/api/submissions').set(bearer(unit)).send({ obligationId, kind: 'DATA', importId });
    expect(res.status).toBe(201);
    submissionId = res.body.id;
    expect(res.body.counts).toEqual({ legalPersonPenalties: 1, legalPersonLicenses: 1, naturalPersonPenalties: 1, naturalPersonLicenses: 0 });
    expect(res.body.importId).toBe(importId); // the review reads the file's quality from GET /api/records/imports/:id
    expect(await t.prisma.creditRecord.count({ where: { submissionId } })).toBe(3);
    const again = await t.http().post('/api/submissions').set(bearer(unit)).send({ obligationId, kind: 'DATA', importId });
    expect(again.status).toBe(409);
    expect((await t.http().post('/api/reviews').set(bearer(admin)).send({ submissionId, decision: 'ACCEPT' })).status).toBe(201);
  });

  it('the ranking carries the records\' figures: filed (errors included), valid, late, 合规率 and 迟报率', async () => {
    const res = await t.http().get('/api/compliance/ranking').query({ from: '2026-09', to: '2026-09' }).set(bearer(admin));
    expect(res.status).toBe(200);
    const row = res.body.find((r: { unitName: string }) => r.unitName === '区编办');
    expect(row).toMatchObject({ recordsFiled: 8, recordsValid: 3, recordsLate: 1, complianceRate: 3 / 8, lateRecordRate: 1 / 3 });
    const untouched = res.body.find((r: { unitName: string }) => r.unitName !== '区编办');
    expect(untouched).toMatchObject({ recordsFiled: 0, complianceRate: null, lateRecordRate: null });
    // The office home's 数据质量 panel: the units that filed records, worst first.
    const quality = await t.http().get('/api/dashboard/record-quality').query({ from: '2026-01', to: '2026-11' }).set(bearer(admin));
    expect(quality.status).toBe(200);
    expect(quality.body).toEqual({ from: '2026-01', to: '2026-11', rows: [{ unitId: row.unitId, unitName: '区编办', recordsFiled: 8, recordsValid: 3, recordsLate: 1, complianceRate: 3 / 8, lateRecordRate: 1 / 3 }] });
    expect((await t.http().get('/api/dashboard/record-quality').set(bearer(unit))).status).toBe(403);
  });

  it('the library finds them by code and by name, masks ID numbers for the leading group, and shows another unit nothing', async () => {
    const byCode = await t.http().get('/api/records').query({ filter: JSON.stringify({ creditCode: ORG }) }).set(bearer(admin));
    expect(byCode.status).toBe(200);
    // The licence's code has a wrong check character: stored as written, so it is not found under ORG.
    expect(byCode.body.map((r: { kind: string }) => r.kind)).toEqual(['CF_LEGAL']);
    expect(byCode.headers['content-range']).toBe('records 0-0/1');
    const byName = await t.http().get('/api/records').query({ filter: JSON.stringify({ q: '李明' }) }).set(bearer(unit));
    expect(byName.body).toHaveLength(1);
    expect(byName.body[0]).toMatchObject({ kind: 'CF_NATURAL', idNumber: '11010519491231002X', sheet: SHEET3, row: 2, submissionId });
    const leader = await t.userToken('LEADER');
    const masked = await t.http().get('/api/records').query({ filter: JSON.stringify({ q: '李明' }) }).set(bearer(leader));
    expect(masked.body[0].idNumber).toBe('110105********002X');
    const none = await t.http().get('/api/records').query({ filter: JSON.stringify({ creditCode: ORG }) }).set(bearer(other));
    expect(none.body).toEqual([]);
    expect((await t.http().get(`/api/records/${byName.body[0].id}`).set(bearer(other))).status).toBe(404);
  });

  it('附件5 counts the valid records of the accepted stock filing (2013 on) with the months; 附件6 only the months', async () => {
    const stock = await t.prisma.stream.findUniqueOrThrow({ where: { code: 'SGS_STOCK' } });
    expect((await t.http().put(`/api/streams/${stock.id}`).set(bearer(admin)).send({ dueDate: '2026-12-31' })).status).toBe(200);
    const unitId = (await t.prisma.obligation.findUniqueOrThrow({ where: { id: obligationId } })).unitId;
    const once = (await t.prisma.obligation.findFirstOrThrow({ where: { unitId, streamId: stock.id } })).id;
    const old = [2015, 2019].map((y, i) => ({ ...CF, documentNumber: `召市监罚〔${y}〕${i + 1}号`, decisionDate: `${y}-06-01`, penaltyValidUntil: `${y + 1}-06-01`, publicationDate: `${y}-06-03` }));
    const imported = await upload(await wpsWorkbook('CF_LEGAL', old), '存量.xlsx', unit, once);
    expect(imported.body).toMatchObject({ rows: 2, valid: 2, errors: [] });
    const filed = await t.http().post('/api/submissions').set(bearer(unit)).send({ obligationId: once, kind: 'DATA', importId: imported.body.id });
    expect(filed.status).toBe(201);
    expect((await t.http().post('/api/reviews').set(bearer(admin)).send({ submissionId: filed.body.id, decision: 'ACCEPT' })).status).toBe(201);
    const row = async (url: string) => {
      const wb = await readXlsx((await download(url)).body);
      return sheetRows(wb.worksheets[0]!, HEADER_ROW + 1).find((r) => r[1] === '区编办')!;
    };
    // 法人行政处罚: September's one valid record, plus the two of the stock.
    expect((await row('/api/reports/sgs-summary.xlsx?period=2026-09'))[2]).toBe(3);
    expect((await row('/api/reports/sgs-increment.xlsx?from=2026-09&to=2026-09'))[2]).toBe(1);
  });

  it('a record already in the library is refused in a later file (重复报送)', async () => {
    const next = (await t.prisma.obligation.findFirstOrThrow({ where: { unitId: (await t.prisma.obligation.findUniqueOrThrow({ where: { id: obligationId } })).unitId, period: '2026-10', stream: { code: 'SGS_MONTHLY' } } })).id;
    const res = await upload(await wpsWorkbook('CF_LEGAL', [{ ...CF, decisionDate: '2026-10-09', publicationDate: '2026-10-12' }]), '10月.xlsx', unit, next);
    expect(res.status).toBe(201);
    expect(res.body.valid).toBe(0);
    expect(res.body.errors).toEqual([{ sheet: 'Sheet1', row: 2, column: '行政处罚决定书文号', message: expect.stringMatching(/^重复报送/) }]);
  });

  it('a repeat is found in any earlier batch of a long file, and names the first row, also one the library refused', async () => {
    const next = (await t.prisma.obligation.findFirstOrThrow({ where: { unitId: (await t.prisma.obligation.findUniqueOrThrow({ where: { id: obligationId } })).unitId, period: '2026-10', stream: { code: 'SGS_MONTHLY' } } })).id;
    const october = { decisionDate: '2026-10-09', publicationDate: '2026-10-12' };
    const distinct = Array.from({ length: IMPORT_BATCH_ROWS }, (_, i) => ({ ...CF, ...october, documentNumber: `召市监罚〔2026〕${1000 + i}号` }));
    const inLibrary = { ...CF, ...october };
    // Row 2 is in the library already; rows 3…1002 are new; the batch of rows 2…1001 is stored before the rest are checked.
    const rows = [inLibrary, ...distinct, distinct[0]!, inLibrary, distinct.at(-1)!, distinct[0]!];
    const res = await upload(await wpsWorkbook('CF_LEGAL', rows), '10月（长）.xlsx', unit, next);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ rows: rows.length, valid: IMPORT_BATCH_ROWS, invalid: 5 });
    const first = IMPORT_BATCH_ROWS + 3;
    expect(res.body.errors.map((e: { row: number; message: string }) => [e.row, e.message.replace(/：.*(第 \d+ 行).*/, '：$1')])).toEqual([
      [2, expect.stringMatching(/^重复报送/)],
      [first, '重复记录：第 3 行'],
      [first + 1, '重复记录：第 2 行'],
      [first + 2, `重复记录：第 ${IMPORT_BATCH_ROWS + 2} 行`],
      [first + 3, '重复记录：第 3 行'],
    ]);
  });

  it('the export is the national template: returned, the records leave, and the export re-imports cleanly', async () => {
    const exported = await download(`/api/records/export.xlsx?filter=${encodeURIComponent(JSON.stringify({ unitId: undefined }))}`);
    expect(exported.status).toBe(200);
    // Return is only possible before acceptance: a second unit files and is returned.
    const unit2 = (await t.prisma.unit.findMany({ orderBy: { sortOrder: 'asc' }, take: 2 }))[1]!.id;
    const o2 = (await t.prisma.obligation.findFirstOrThrow({ where: { unitId: unit2, period: '2026-09', stream: { code: 'SGS_MONTHLY' } } })).id;
    const imported = await upload(exported.body, '导出.xlsx', other, o2);
    expect(imported.body.errors?.file ?? null).toBeNull();
    expect(imported.status).toBe(201);
    // September's three and the stock's two (earlier than the period: a warning, 计为补报).
    expect(imported.body).toMatchObject({ rows: 5, valid: 5, errors: [] });
    const filed = await t.http().post('/api/submissions').set(bearer(other)).send({ obligationId: o2, kind: 'DATA', importId: imported.body.id });
    expect(filed.status).toBe(201);
    expect(await t.prisma.creditRecord.count({ where: { unitId: unit2 } })).toBe(5);
    expect((await t.http().post('/api/reviews').set(bearer(admin)).send({ submissionId: filed.body.id, decision: 'RETURN', reason: '请核对许可信息' })).status).toBe(201);
    expect(await t.prisma.creditRecord.count({ where: { unitId: unit2 } })).toBe(0);
  });

  it('a CSV in GB18030 and a WPS header (* marks, half-width brackets) import the same as the template', async () => {
    const rows = [VALID.CF_NATURAL, { ...VALID.CF_NATURAL, documentNumber: '召市监罚〔2026〕41号', idNumber: '110105194912310021' }];
    const wps = (h: string) => `*${h.replace(/（/g, '(').replace(/）/g, ')')}`;
    const results = [];
    for (const [content, name] of [
      [csvFile('CF_NATURAL', rows, 'gb18030'), '附件3.csv'],
      [csvFile('CF_NATURAL', rows, 'utf8', wps), '附件3-wps.csv'],
      [await wpsWorkbook('CF_NATURAL', rows), '附件3-wps.xlsx'],
    ] as const) {
      const res = await upload(content, name, other, (await t.prisma.obligation.findFirstOrThrow({ where: { period: '2026-09', stream: { code: 'SGS_MONTHLY' }, unit: { sortOrder: 2 } } })).id);
      expect(res.status).toBe(201);
      results.push({ rows: res.body.rows, valid: res.body.valid, errors: res.body.errors.map((e: { row: number; column: string }) => [e.row, e.column]) });
    }
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
    expect(results[0]).toEqual({ rows: 2, valid: 1, errors: [[3, '证件号码']] });
  });

  it('bad files are a 400 with a clear message and leave nothing', async () => {
    const before = await t.prisma.recordImport.count();
    const docx = new ExcelJS.Workbook(); // a zip that is no workbook: take a real .docx-like zip
    const empty = Buffer.from(await docx.xlsx.writeBuffer());
    const cases: [Buffer, string, RegExp][] = [
      [Buffer.from('PK\u0003\u0004 this is a word file, renamed'), '伪装.xlsx', /无法读取该 Excel 文件/],
      [empty, '空白.xlsx', /没有可识别的数据表/],
      [Buffer.alloc(30 * 1024 * 1024, 0x41), '太大.csv', /数据文件不能超过 25 MB/],
      [Buffer.from('%PDF-1.4'), '扫描件.pdf', /仅支持 .xlsx 或 .csv/],
      [csvFile('CF_NATURAL', [VALID.CF_NATURAL], 'utf8', (h) => (h === '证件号码' ? '号码' : h)), '缺列.csv', /缺少必填列「证件号码」/],
    ];
    for (const [content, name, message] of cases) {
      const res = await upload(content, name);
      expect({ name, status: res.status }).toEqual({ name, status: 400 });
      expect(res.body.errors.file).toMatch(message);
    }
    expect(await t.prisma.recordImport.count()).toBe(before);
  });
});

// The annual target assessment (DESIGN.md §2.7) of 2026: every point lost listed with its cause and adding up
// to the score, adjustments with reasons, a unit seeing only its own score, finalise (409 on later writes,
// with a clear message) and reopen (audited), and the .xlsx export checked against the database.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import JSZip from 'jszip';
import { HEADER_ROW } from '../backend/src/common/xlsx.ts';
import { cellValue, download, readXlsx, sheetRows } from './support/office-files.ts';
import { buildScenario, type Scenario } from './support/scenario.ts';
import { bearer, startTestApp, type TestApp } from './support/test-app.ts';

const CHINESE = /[\u4e00-\u9fff]/;
const FINALISED = '2026年度考核已定稿，不能再修改；如需修改，请由管理员先“重新打开”该年度并说明理由';
type Row = Record<string, any>;

describe('annual assessment 2026', () => {
  let t: TestApp;
  let s: Scenario;
  let unitUser: string;
  let leader: string;
  let id: (unit: number) => string;

  const http = (method: 'get' | 'put' | 'post' | 'delete', url: string, body?: object, token = s.admin) => {
    const req = t.http()[method](url).set(bearer(token));
    return body ? req.send(body) : req;
  };
  const list = async (token = s.admin): Promise<Row[]> => {
    const res = await http('get', '/api/assessments').query({ filter: '{"year":2026}', range: '[0,99]' }).set(bearer(token));
    expect(res.status).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    t = await startTestApp({ TRACKING_START: '2026-01' });
    s = await buildScenario(t);
    id = (unit) => `2026-${s.units[unit]!.id}`;
    unitUser = await t.userToken('UNIT', s.units[1]!.id);
    leader = await t.userToken('LEADER');
    await s.addContact(0);
    await s.addContact(1);
    // 区编办: everything due filed on time, but March two days late and one month explained.
    for (const o of await s.obligations(0, '2026-01', '2026-10')) {
      if (o.period === '2026-03' && o.streamCode === 'SGS_MONTHLY') await s.fileAndAccept(o, 2);
      else if (o.period === '2026-05' && o.streamCode === 'XYDM') await s.excuse(o);
      else await s.fileAndAccept(o, -1);
    }
    // 区法院: the first half of the year filed on time, the rest missing.
    for (const o of await s.obligations(1, '2026-01', '2026-06')) await s.fileAndAccept(o, -1);
    // 天桥公安分局 (no contact): January returned and never corrected, the rest missing.
    const [jan] = await s.obligations(2, '2026-01', '2026-01', 'SGS_MONTHLY');
    const sub = await s.post('/api/submissions', { obligationId: jan!.id, kind: 'DATA', counts: { legalPersonLicenses: 1, legalPersonPenalties: 0, naturalPersonLicenses: 0, naturalPersonPenalties: 0 }, receivedAt: '2026-02-03T09:00:00+08:00' });
    await s.post('/api/reviews', { submissionId: sub.id, decision: 'RETURN', reason: '数据与公示系统不一致' });
  });
  afterAll(() => t.close());

  it('scores every unit as the compliance ranking of the year does, ranked, with react-admin paging', async () => {
    const rows = await list();
    expect(rows).toHaveLength(33);
    const ranking = await http('get', '/api/compliance/ranking?from=2026&to=2026');
    const live = new Map(ranking.body.map((r: Row) => [r.unitId, r.score]));
    for (const r of rows) expect(r.computedScore).toBe(live.get(r.unitId));
    expect(rows[0]).toMatchObject({ id: id(0), rank: 1, unitName: '区编办', late: 1, excused: 1, computedScore: 99.25 });
    const page = await http('get', '/api/assessments').query({ filter: '{"year":2026}', range: '[0,9]', sort: '["score","DESC"]' });
    expect(page.body).toHaveLength(10);
    expect(page.headers['content-range']).toBe('assessments 0-9/33');
  });

  it('lists every point a unit lost with its cause, and the points add up to the score, for every unit', async () => {
    for (const row of await list()) {
      const res = await http('get', `/api/assessments/${row.id}`);
      expect(res.status).toBe(200);
      const lost = res.body.deductions.reduce((sum: number, d: Row) => sum + Math.round(d.points * 100), 0) / 100;
      expect(lost).toBe(res.body.deductionTotal);
      expect(Math.round((100 - lost) * 100) / 100).toBe(res.body.computedScore);
      for (const d of res.body.deductions) {
        expect(d.causeLabel).toMatch(CHINESE);
        expect(d.label).toMatch(CHINESE);
        if (d.cause === 'NO_CONTACT') expect(d.obligationId).toBeNull();
        else expect(d.label).toContain(d.streamName);
      }
    }
    const own = (await http('get', `/api/assessments/${id(0)}`)).body;
    expect(own.deductions.map((d: Row) => [d.cause, d.points, d.label])).toEqual([
      ['LATE', 0.5, '“双公示”信息月度统计 2026年3月：迟报（迟报2天）'],
      ['EXCUSED', 0.25, '统一社会信用代码 旧码转换和新赋代码 2026年5月：未按时报送（说明已采纳）'],
    ]);
    const bridge = (await http('get', `/api/assessments/${id(2)}`)).body;
    expect(bridge.deductions[0]).toMatchObject({ cause: 'MISSING', status: 'RETURNED', period: '2026-01' });
    expect(bridge.deductions.at(-1)).toMatchObject({ cause: 'NO_CONTACT', obligationId: null, label: '未指定负责人' });
  });

  it('each deduction names a real obligation of that unit with the status that cost the points', async () => {
    const court = (await http('get', `/api/assessments/${id(1)}`)).body;
    const obligations = await t.prisma.obligation.findMany({ where: { id: { in: court.deductions.map((d: Row) => d.obligationId) } } });
    expect(obligations).toHaveLength(court.deductions.length);
    expect(obligations.every((o) => o.unitId === s.units[1]!.id && o.state === 'OPEN' && o.period >= '2026-07')).toBe(true);
  });

  it('adjusts a score by hand with a reason; bad input is a 400 in Chinese', async () => {
    const res = await http('post', '/api/assessments/2026/adjustments', { unitId: s.units[1]!.id, points: 1.5, reason: '主动报送典型案例，予以加分' });
    expect(res.status).toBe(201);
    expect(res.body.adjustments).toEqual([expect.objectContaining({ points: 1.5, reason: '主动报送典型案例，予以加分', createdBy: 'admin' })]);
    expect(res.body.score).toBe(Math.round((res.body.computedScore + 1.5) * 100) / 100);
    const bad = await http('post', '/api/assessments/2026/adjustments', { unitId: 999_999, points: 0, reason: '短' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['points', 'reason']);
    for (const m of Object.values(bad.body.errors)) expect(m).toMatch(CHINESE);
    const noUnit = await http('post', '/api/assessments/2026/adjustments', { unitId: 999_999, points: -1, reason: '不存在的单位扣分' });
    expect(noUnit.status).toBe(400);
    expect(noUnit.body.errors).toEqual({ unitId: '单位不存在或已停用，不参加本年度考核' });
    const badYear = await http('post', '/api/assessments/abc/finalise');
    expect(badYear.status).toBe(400);
    expect(badYear.body.errors.year).toMatch(CHINESE);
  });

  it('a unit sees its own score and why, and nothing of other units (404)', async () => {
    const rows = await list(unitUser);
    expect(rows.map((r) => r.unitId)).toEqual([s.units[1]!.id]);
    expect((await http('get', `/api/assessments/${id(1)}`, undefined, unitUser)).status).toBe(200);
    for (const other of [0, 2]) expect((await http('get', `/api/assessments/${id(other)}`, undefined, unitUser)).status).toBe(404);
    expect((await http('get', '/api/assessments/not-an-id', undefined, s.admin)).status).toBe(404);
    expect((await http('post', '/api/assessments/2026/adjustments', { unitId: s.units[1]!.id, points: 5, reason: '给自己加分试试' }, unitUser)).status).toBe(403);
    expect((await http('get', '/api/assessments/2026/export.xlsx', undefined, unitUser)).status).toBe(403);
    expect((await http('post', '/api/assessments/2026/finalise', undefined, leader)).status).toBe(403);
  });

  describe('finalised', () => {
    let before: Row[];
    let adjustmentId: number;

    beforeAll(async () => {
      before = await list();
      adjustmentId = (await t.prisma.assessmentAdjustment.findFirstOrThrow()).id;
      const res = await http('post', '/api/assessments/2026/finalise');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ year: 2026, status: 'FINALISED' });
    });

    it('keeps every result exactly as computed, frozen against later filings', async () => {
      const [late] = await s.obligations(1, '2026-07', '2026-07', 'SGS_MONTHLY');
      await s.fileAndAccept(late!, 20);
      const after = await list();
      expect(after.map(({ finalised, ...r }) => r)).toEqual(before.map(({ finalised, ...r }) => r));
      expect(after.every((r) => r.finalised)).toBe(true);
      const why = (await http('get', `/api/assessments/${id(1)}`)).body;
      expect(why.deductions.find((d: Row) => d.obligationId === late!.id)).toMatchObject({ cause: 'MISSING', status: 'OVERDUE' });
    });

    it('refuses every write with 409 and a clear message', async () => {
      const writes = [
        await http('post', '/api/assessments/2026/adjustments', { unitId: s.units[0]!.id, points: -1, reason: '定稿后不能再调整' }),
        await http('delete', `/api/assessments/2026/adjustments/${adjustmentId}`),
        await http('put', '/api/compliance/scoring-rules/2026', { latePerReport: 2, missingPerReport: 2, excusedPerReport: 1, noContact: 1 }),
      ];
      for (const res of writes) expect([res.status, res.body.message]).toEqual([409, FINALISED]);
      const again = await http('post', '/api/assessments/2026/finalise');
      expect([again.status, again.body.message]).toEqual([409, '2026年度考核已经定稿']);
      expect(await t.prisma.assessmentAdjustment.count()).toBe(1);
      expect(await t.prisma.scoringRules.count()).toBe(0);
    });

    it('exports a summary sheet and a deductions sheet that match the database', async () => {
      const file = await download(t, leader, '/api/assessments/2026/export.xlsx');
      expect(file.type).toContain('spreadsheetml');
      const wb = await readXlsx(file.body);
      const summary = wb.getWorksheet('考核得分')!;
      expect(cellValue(summary, 1, 1)).toBe('2026年度社会信用体系建设工作目标考核得分表');
      const results = await t.prisma.assessmentResult.findMany({ where: { year: 2026 }, orderBy: [{ rank: 'asc' }, { sortOrder: 'asc' }] });
      const rows = sheetRows(summary, HEADER_ROW + 1);
      const data = rows.slice(0, results.length);
      expect(data.map((r) => [r[0], r[1], r[4], r[5], r[13]])).toEqual(results.map((x) => [x.rank, x.unitName, x.late, x.missing, x.score.toNumber()]));
      const totals = rows[results.length]!;
      expect(totals[0]).toBe('合计');
      expect(totals[2]).toBe(results.reduce((n, x) => n + x.expected, 0));
      expect(totals[5]).toBe(results.reduce((n, x) => n + x.missing, 0));

      const sheet = wb.getWorksheet('扣分明细')!;
      const deductions = await t.prisma.assessmentDeduction.findMany({ where: { year: 2026 } });
      const lines = sheetRows(sheet, HEADER_ROW + 1);
      expect(lines).toHaveLength(deductions.length + 1);
      const dbTotal = deductions.reduce((n, d) => n + d.points.toNumber() * 100, 0) / 100;
      expect(lines.at(-1)![9]).toBeCloseTo(dbTotal, 2);
      expect(lines.slice(0, -1).every((l) => typeof l[2] === 'string' && CHINESE.test(l[2] as string))).toBe(true);
      expect(totals[10]).toBeCloseTo(dbTotal, 2);
    });

    it('prints as the office files it: rules in a notes block under the table, formulas, 截止时间 and 报送时间, print setup', async () => {
      const file = await download(t, leader, '/api/assessments/2026/export.xlsx');
      const wb = await readXlsx(file.body);
      const summary = wb.getWorksheet('考核得分')!;
      const n = await t.prisma.assessmentResult.count({ where: { year: 2026 } });
      const totalsRow = HEADER_ROW + n + 1;
      expect(cellValue(summary, 2, 1)).toMatch(/^状态：已定稿（\d{4}年\d{1,2}月\d{1,2}日）。$/); // the subtitle holds no rules any more
      expect(cellValue(summary, 3, 1)).toBe('制表单位：召陵区社会信用体系建设工作领导小组办公室');
      expect(sheetRows(summary, 3)[0]).toContain('制表日期：2026年11月27日'); // its column follows the sheet's width
      expect(summary.getRow(totalsRow).getCell(3).value).toMatchObject({ formula: `SUM(C5:C${totalsRow - 1})` });
      expect(summary.getRow(totalsRow).getCell(14).value).toMatchObject({ formula: `AVERAGE(N5:N${totalsRow - 1})` });
      // The notes follow the totals row, below the table, one row each.
      expect(cellValue(summary, totalsRow + 1, 1)).toMatch(/^评分规则：满分100分，迟报每件扣0\.5分/);
      expect(cellValue(summary, totalsRow + 2, 1)).toContain('平均分');
      expect(summary.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 1 });
      expect(summary.headerFooter.oddFooter).toBe('&C第 &P 页 共 &N 页');
      const workbookXml = await (await JSZip.loadAsync(file.body)).file('xl/workbook.xml')!.async('string');
      for (const [i, name] of ['考核得分', '扣分明细', '加分与容缺', '加减分调整', '申诉复核'].entries()) {
        expect(workbookXml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">&apos;${name}&apos;!$4:$4</definedName>`);
      }

      const sheet = wb.getWorksheet('扣分明细')!;
      expect(sheetRows(sheet, HEADER_ROW)[0]!.slice(5, 10)).toEqual(['状态', '截止时间', '报送时间', '迟报天数', '扣分']);
      const lines = sheetRows(sheet, HEADER_ROW + 1).slice(0, -1);
      const late = lines.find((l) => l[5] === '迟报')!;
      expect(late[6]).toMatch(/^2026-\d{2}-\d{2} \d{2}:\d{2}$/);
      expect(String(late[7]) > String(late[6])).toBe(true);
      const missing = lines.find((l) => l[5] === '逾期未报')!;
      expect([typeof missing[6], missing[7] ?? null]).toEqual(['string', null]);
      expect(sheet.headerFooter.oddFooter).toBe('&C第 &P 页 共 &N 页');
    });

    it('warns on the sheet when the year starts before tracking began', async () => {
      const sheet = (await readXlsx((await download(t, leader, '/api/assessments/2025/export.xlsx')).body)).getWorksheet('考核得分')!;
      expect(cellValue(sheet, 2, 1)).toMatch(/^注意：平台自2026年1月起统计，2025年度没有报送数据，以下得分不能作为考核依据。状态：/);
      expect(sheet.getRow(2).getCell(1).font).toMatchObject({ bold: true, color: { argb: 'FFC00000' } });
    });

    it('reopens only with a reason (400 without), audited; writes are allowed again', async () => {
      const bad = await http('post', '/api/assessments/2026/reopen', { reason: '' });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.reason).toMatch(CHINESE);
      const res = await http('post', '/api/assessments/2026/reopen', { reason: '区法院7月报送补录后重新核定' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'OPEN', reopenReason: '区法院7月报送补录后重新核定' });
      const audit = await t.prisma.auditEvent.findFirstOrThrow({ where: { resource: 'assessments', action: 'REOPEN' } });
      expect(audit.after).toMatchObject({ status: 'OPEN', reason: '区法院7月报送补录后重新核定' });
      expect((await http('post', '/api/assessments/2026/reopen', { reason: '重复打开一次试试' })).status).toBe(409);
      const court = (await list()).find((r) => r.unitId === s.units[1]!.id)!;
      expect(court.late).toBe(1);
      expect(court.finalised).toBe(false);
      const del = await http('delete', `/api/assessments/2026/adjustments/${adjustmentId}`);
      expect(del.status).toBe(200);
    });
  });
});

// 初评公示 and 申诉 → 复核 (DESIGN.md §2.7, issue 15): the office publishes a frozen preliminary result whose rows
// carry ids; a unit appeals a deduction (upheld), another (rejected) and a refused bonus (upheld) within the
// window; the scores change exactly by the rows' points; finalising waits for every appeal and the window.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { HEADER_ROW } from '../backend/src/common/xlsx.ts';
import { cellValue, download, paragraphWith, readDocx, readXlsx, sheetRows, textOf } from './support/office-files.ts';
import { pdfLines, writeRenders } from './support/pdf-layout.ts';
import { buildScenario, type Scenario } from './support/scenario.ts';
import { bearer, startTestApp, TEST_NOW, type TestApp } from './support/test-app.ts';

type Row = Record<string, any>;

const SCHEME = {
  categories: [{ id: 'BS', name: '报送工作', maxPoints: 100 }],
  rules: [
    { kind: 'PER_ITEM', id: 'LATE', categoryId: 'BS', name: '迟报', cause: 'LATE', pointsEach: 0.5 },
    { kind: 'PER_ITEM', id: 'MISSING', categoryId: 'BS', name: '逾期未报', cause: 'MISSING', pointsEach: 1 },
    { kind: 'BONUS', id: 'AL', categoryId: 'BS', name: '典型案例', pointsEach: 2, cap: 4 },
  ],
  grades: [{ grade: 'EXCELLENT', minScore: 95 }, { grade: 'PASS', minScore: 60 }, { grade: 'FAIL', minScore: 0 }],
};

describe('初评公示 and appeals, 2026', () => {
  let t: TestApp;
  let s: Scenario;
  let court: number;
  let courtUser: string;
  let otherUser: string;
  let refusedBonus: number;
  let admin: string;

  const http = (method: 'get' | 'put' | 'post' | 'delete', url: string, body?: object, token = admin) => {
    const req = t.http()[method](url).set(bearer(token));
    return body ? req.send(body) : req;
  };
  const courtResult = async (): Promise<Row> => (await http('get', `/api/assessments/2026-${court}`)).body;
  const appeal = (body: object, token = courtUser) => http('post', '/api/assessments/2026/appeals', body, token);

  beforeAll(async () => {
    t = await startTestApp({ TRACKING_START: '2026-01' });
    s = await buildScenario(t);
    admin = s.admin;
    court = s.units[1]!.id;
    courtUser = await t.userToken('UNIT', court);
    otherUser = await t.userToken('UNIT', s.units[0]!.id);
    await s.addContact(1);
    for (const o of await s.obligations(1, '2026-01', '2026-06')) await s.fileAndAccept(o, o.period === '2026-02' ? 3 : -1);
    expect((await http('put', '/api/assessments/2026/scheme', SCHEME)).status).toBe(200);
    const bonus = (await http('post', '/api/assessments/2026/bonuses', { category: 'AL', points: 2, reason: '信用修复典型案例被市里转发' }, courtUser)).body;
    refusedBonus = bonus.id;
    expect((await http('post', `/api/bonuses/${refusedBonus}/decision`, { decision: 'REFUSE', reason: '未附转发文件' })).status).toBe(200);
  });
  afterAll(() => t.close());

  it('no appeal before the preliminary result is published', async () => {
    const res = await appeal({ bonusId: refusedBonus, reason: '已补充市里转发的文件，请复核' });
    expect(res.status).toBe(409);
    expect(res.body.message).toContain('尚未公示初评结果');
  });

  it('publishes the preliminary result: frozen, rows with ids, the window of 5 working days, writes refused', async () => {
    const res = await http('post', '/api/assessments/2026/preliminary', { appealWorkdays: 5 });
    expect(res.status).toBe(200);
    // 2026-11-27 is a Friday: five working days later is Friday 12-04, to its end.
    expect(res.body).toMatchObject({ status: 'PRELIMINARY', appealDeadline: '2026-12-04T15:59:59.999Z', openAppeals: 0 });
    const r = await courtResult();
    expect(r.deductions.length).toBeGreaterThan(2);
    expect(r.deductions.every((d: Row) => Number.isInteger(d.id))).toBe(true);
    const adj = await http('post', '/api/assessments/2026/adjustments', { unitId: court, points: 1, reason: '初评后再调整的分数' });
    expect(adj.status).toBe(409);
    expect(adj.body.message).toContain('初评结果已公示');
    expect((await http('post', '/api/assessments/2026/preliminary', {})).status).toBe(409);
  });

  it('the unit\'s 考核结果通知 states the preliminary result, its rows and the appeal window, in the house style', async () => {
    const r = await courtResult();
    const res = await download(t, courtUser, `/api/assessments/2026-${court}/notice.docx`);
    expect(res.type).toContain('wordprocessingml');
    expect(decodeURIComponent(res.disposition)).toContain('关于区法院2026年度社会信用体系建设工作目标考核结果的通知（初评）.docx');
    const { document } = await readDocx(res.body);
    const text = textOf(document);
    expect(paragraphWith(document, '文件').xml).toContain('GwMark');
    expect(text).toContain(`现将初评结果通知如下：你单位2026年度社会信用体系建设工作目标考核得分为${r.score}分，等次为“${r.gradeLabel}”，在参加考核的33个单位中排名第${r.rank}位。`);
    expect(text).toContain(`报送工作${r.categories[0].score}分（满分100分）`);
    // Ten rows, most of two lines: listed one by one they would run to a third page, so one line per rule.
    const listed = r.deductions.filter((d: Row) => d.kind !== 'NOT_APPLICABLE');
    expect(listed.length).toBe(10);
    for (const rule of SCHEME.rules.filter((x) => listed.some((d: Row) => d.ruleId === x.id))) {
      const rows = listed.filter((d: Row) => d.ruleId === rule.id);
      expect(text).toContain(`${rule.name}${rows.length}项，扣${rows.reduce((n: number, d: Row) => n + d.points, 0)}分。`);
    }
    expect(text).toContain('各项明细见平台“我的考核”。');
    expect(text).not.toContain(listed[0].label);
    expect(text).toContain('如对初评结果有异议，请于2026年12月4日前通过信用办督查考核平台提出申诉');
    expect((await http('get', `/api/assessments/2026-${court}/notice.docx`, undefined, otherUser)).status).toBe(404);
  });

  it('the 考核结果通知 as LibreOffice prints it keeps to two pages, the 落款 with the text it closes', async () => {
    const res = await download(t, courtUser, `/api/assessments/2026-${court}/notice.pdf`);
    expect(res.type).toBe('application/pdf');
    expect(decodeURIComponent(res.disposition)).toContain('考核结果的通知（初评）.pdf');
    writeRenders(res.body, 'assessment-notice');
    const pages = pdfLines(res.body);
    expect(pages).toHaveLength(2);
    // The first page's body under the 版头 and the two-line title: what page-fit.ts counts on (9 lines).
    const first = pages[0]!;
    const addressee = first.findIndex((l) => l.text === '区法院：');
    expect(first.slice(addressee, -1).length).toBeGreaterThanOrEqual(8);
    expect(first.slice(addressee, -1).length).toBeLessThanOrEqual(9);
    const last = pages.at(-1)!;
    expect(last.at(-2)!.text).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    expect(last.length).toBeGreaterThan(6);
    pages.forEach((p, i) => expect(p.at(-1)!.text).toBe(`—${i + 1}—`));
    expect((await http('get', `/api/assessments/2026-${court}/notice.pdf`, undefined, otherUser)).status).toBe(404);
  });

  it('a unit appeals its own rows and refused bonus only, once each', async () => {
    const r = await courtResult();
    const [missing] = r.deductions.filter((d: Row) => d.ruleId === 'MISSING');
    const other = (await http('get', `/api/assessments/2026-${s.units[0]!.id}`)).body.deductions[0];
    expect((await appeal({ deductionId: other.id, reason: '这是别的单位的扣分，不应受理' })).body.errors.deductionId).toBe('初评结果中没有这条扣分');
    expect((await appeal({ reason: '既没有扣分也没有加分的申诉' })).status).toBe(400);
    expect((await appeal({ deductionId: missing.id, reason: '短' })).body.errors.reason).toBe('申诉理由至少 10 个字');
    const a = await appeal({ deductionId: missing.id, reason: '该月已通过公文交换报送，附回执' });
    expect(a.status).toBe(201);
    expect(a.body).toMatchObject({ status: 'OPEN', statusLabel: '待复核', subject: missing.label, points: 1 });
    expect((await appeal({ deductionId: missing.id, reason: '该月已通过公文交换报送，附回执' })).status).toBe(409);
    expect((await http('get', '/api/appeals', undefined, otherUser)).body).toEqual([]);
    expect((await http('get', `/api/appeals/${a.body.id}`, undefined, otherUser)).status).toBe(404);
  });

  it('upholding gives the row\'s points back (same id, 0 points); rejecting needs a reason and changes nothing', async () => {
    const before = await courtResult();
    const [first] = (await http('get', '/api/appeals?filter={"status":"OPEN"}')).body;
    const late = before.deductions.find((d: Row) => d.ruleId === 'LATE');
    const second = (await appeal({ deductionId: late.id, reason: '系统故障导致迟报，已有情况说明' })).body;
    const bonus = (await appeal({ bonusId: refusedBonus, reason: '已补充市里转发的文件，请复核' })).body;
    expect((await http('get', '/api/assessments/2026/state')).body.openAppeals).toBe(3);
    expect((await http('post', '/api/assessments/2026/finalise')).body.message).toContain('尚有3件申诉未复核');

    expect((await http('post', `/api/appeals/${first.id}/decision`, { decision: 'UPHOLD' }, courtUser)).status).toBe(403);
    expect((await http('post', `/api/appeals/${first.id}/decision`, { decision: 'UPHOLD', reason: '回执属实' })).body.status).toBe('UPHELD');
    const upheld = await courtResult();
    expect(upheld.score).toBe(Math.round((before.score + first.points) * 100) / 100);
    const row = upheld.deductions.find((d: Row) => d.id === first.deductionId);
    expect(row).toMatchObject({ points: 0, waived: true, label: expect.stringContaining('申诉成立') });
    expect((await http('post', `/api/appeals/${first.id}/decision`, { decision: 'REJECT', reason: '再次复核' })).status).toBe(409);

    expect((await http('post', `/api/appeals/${second.id}/decision`, { decision: 'REJECT' })).body.errors.reason).toBe('申诉不成立时须填写理由');
    expect((await http('post', `/api/appeals/${second.id}/decision`, { decision: 'REJECT', reason: '迟报属实，说明未采纳' })).body.status).toBe('REJECTED');
    expect((await courtResult()).score).toBe(upheld.score);

    expect((await http('post', `/api/appeals/${bonus.id}/decision`, { decision: 'UPHOLD', reason: '补充材料齐全' })).status).toBe(200);
    const withBonus = await courtResult();
    expect(withBonus.bonusTotal).toBe(2);
    expect(withBonus.score).toBe(Math.round((upheld.score + 2) * 100) / 100);
    expect((await http('get', `/api/bonuses/${refusedBonus}`)).body.status).toBe('CONFIRMED');
    const events = await t.prisma.auditEvent.findMany({ where: { resource: 'appeals' } });
    expect(events.map((e) => e.action).sort()).toEqual(['CREATE', 'CREATE', 'CREATE', 'REJECT', 'UPHOLD', 'UPHOLD']);
  });

  it('finalises only after the window, keeping the preliminary result with the appeals applied', async () => {
    const preliminary = await courtResult();
    const early = await http('post', '/api/assessments/2026/finalise');
    expect(early.status).toBe(409);
    expect(early.body.message).toContain('申诉期至2026年12月4日止');
    expect((await http('post', '/api/assessments/2026/finalise', { noAppeals: true })).body.errors.noAppeals).toBeDefined();
    // A late filing after 初评 does not change the published result.
    const [july] = await s.obligations(1, '2026-07', '2026-07', 'SGS_MONTHLY');
    await s.fileAndAccept(july!, 100);
    t.clock.set('2026-12-05T09:00:00+08:00');
    // Sessions end with the days passed: sign in again.
    admin = await t.adminToken();
    courtUser = await t.userToken('UNIT', court);
    expect((await appeal({ bonusId: refusedBonus, reason: '窗口关闭后的申诉应被拒绝' })).body.message).toContain('申诉期已于2026年12月4日截止');
    expect((await http('post', '/api/assessments/2026/finalise')).status).toBe(200);
    const final = await courtResult();
    expect(final.finalised).toBe(true);
    expect([final.score, final.bonusTotal, final.deductions.map((d: Row) => [d.id, d.points])]).toEqual([
      preliminary.score, preliminary.bonusTotal, preliminary.deductions.map((d: Row) => [d.id, d.points]),
    ]);
    t.clock.set(TEST_NOW);
    admin = await t.adminToken();
  });

  it('exports grades, bonuses and 容缺, and every appeal with its decision; the notes state the scheme', async () => {
    const wb = await readXlsx((await download(t, admin, '/api/assessments/2026/export.xlsx')).body);
    const summary = wb.getWorksheet('考核得分')!;
    const header = sheetRows(summary, HEADER_ROW)[0]!;
    expect(header.slice(13, 16)).toEqual(['最终得分', '加分', '等次']);
    const courtRow = sheetRows(summary, HEADER_ROW + 1).find((r) => r[1] === '区法院')!;
    const final = await courtResult();
    expect([courtRow[13], courtRow[14], courtRow[15]]).toEqual([final.score, 2, final.gradeLabel]);
    const notes = sheetRows(summary, HEADER_ROW + 34).map((r) => String(r[0]));
    expect(notes).toEqual(expect.arrayContaining([
      '评分规则·报送工作（100分）：迟报：迟报每件扣0.5分；逾期未报：逾期未报每件扣1分；扣完为止。',
      '加分项目：典型案例：经确认每项加2分（最多4分）。',
      '等次：优秀95分以上，合格60分以上，不合格；名额已满的按排名顺延至下一等次。',
    ]));
    const given = sheetRows(wb.getWorksheet('加分与容缺')!, HEADER_ROW + 1);
    expect(given).toEqual([[1, '区法院', '加分', '典型案例', '加分：典型案例（信用修复典型案例被市里转发）', 2]]);
    const appeals = sheetRows(wb.getWorksheet('申诉复核')!, HEADER_ROW + 1);
    expect(appeals.map((r) => [r[1], r[6], r[7]])).toEqual([
      ['区法院', '申诉成立', '回执属实'],
      ['区法院', '申诉不成立', '迟报属实，说明未采纳'],
      ['区法院', '申诉成立', '补充材料齐全'],
    ]);
    expect(cellValue(wb.getWorksheet('申诉复核')!, 1, 1)).toBe('2026年度目标考核申诉及复核情况');
  });

  it('an office that records that no unit appealed finalises before the window ends', async () => {
    expect((await http('post', '/api/assessments/2025/preliminary')).status).toBe(200);
    expect((await http('post', '/api/assessments/2025/finalise')).status).toBe(409);
    const res = await http('post', '/api/assessments/2025/finalise', { noAppeals: true });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('FINALISED');
    const reopened = await http('post', '/api/assessments/2025/reopen', { reason: '核对后重新打开年度考核' });
    expect(reopened.body).toMatchObject({ status: 'OPEN', preliminaryAt: null, appealDeadline: null });
  });
});

// The 催报通知 of one unit (DESIGN.md §2.6, issue 14): GET /api/units/:id/chase-letter.docx and .pdf, in the
// circular's house style, listing the unit's overdue and returned reports with due dates and days overdue,
// the deadline to file and the office's contact; for ADMIN and LEADER; 409 when nothing is owed; 400 on a bad
// deadline. The PDF is LibreOffice's, measured like the circular's.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { download, paragraphs, paragraphWith, readDocx, textOf } from './support/office-files.ts';
import { pdfLines, writeRenders } from './support/pdf-layout.ts';
import { buildScenario, type ObligationRef, type Scenario } from './support/scenario.ts';
import { bearer, startTestApp, type TestApp } from './support/test-app.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const DAY = 86_400_000;
/** Calendar days from the due day to 2026-11-27 (TEST_NOW), both Asia/Shanghai. */
const daysOverdue = (o: ObligationRef) => Math.round((Date.parse('2026-11-27T00:00:00+08:00') - Date.parse(`${shanghaiDay(o.dueAt)}T00:00:00+08:00`)) / DAY);
const shanghaiDay = (t: Date) => new Date(t.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
const cnDate = (d: string) => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

describe('the chase letter of a unit', () => {
  let t: TestApp;
  let s: Scenario;
  let unitId: number;
  let unitName: string;
  let overdue: ObligationRef;
  let returned: ObligationRef;
  const get = (url: string, token = s.admin) => t.http().get(url).set(bearer(token));

  beforeAll(async () => {
    t = await startTestApp({ TRACKING_START: '2026-09' });
    s = await buildScenario(t);
    ({ id: unitId, name: unitName } = s.units[0]!);
    const owed = await s.obligations(0, '2026-09', '2026-10');
    [overdue, returned] = [owed[0]!, owed[1]!];
    for (const o of owed.slice(2)) await s.fileAndAccept(o, -1);
    const submission = await s.post('/api/submissions', { obligationId: returned.id, kind: 'NO_DATA', reason: '本月未产生相关信息', receivedAt: new Date(returned.dueAt.getTime() - DAY).toISOString() });
    await s.post('/api/reviews', { submissionId: submission.id, decision: 'RETURN', reason: '附件缺少盖章页' });
    for (const o of await s.obligations(1, '2026-09', '2026-10')) await s.fileAndAccept(o, -1);
  }, 300_000);
  afterAll(() => t.close());

  it('lists what the unit owes, with due dates, days overdue, the deadline and the contact', async () => {
    const res = await download(t, s.admin, `/api/units/${unitId}/chase-letter.docx`);
    expect(res.type).toBe(DOCX);
    expect(decodeURIComponent(res.disposition)).toContain(`关于督促${unitName}报送社会信用信息的通知（2026-11-27）.docx`);
    const { document } = await readDocx(res.body);
    const text = textOf(document);
    expect(text).toContain('召陵区社会信用体系建设工作领导小组办公室文件');
    expect(paragraphWith(document, '文件').xml).toContain('GwMark');
    expect(paragraphWith(document, `${unitName}：`).text).toBe(`${unitName}：`);
    expect(text).toContain('截至2026年11月27日，你单位有逾期未报1项、退回待重报1项社会信用信息报送任务尚未完成');
    const first = paragraphWith(document, '1. ').text;
    expect(first).toContain(`应于${cnDate(shanghaiDay(overdue.dueAt))}前报送，至今未报送，已逾期${daysOverdue(overdue)}天。`);
    const second = paragraphWith(document, '2. ').text;
    expect(second).toContain('报送材料经审核退回（退回原因：附件缺少盖章页），尚未重新报送');
    expect(second).toContain(`已逾期${daysOverdue(returned)}天`);
    expect(text).not.toContain('3. ');
    // 2026-11-27 is a Friday: three working days on is Wednesday 2 December.
    expect(text).toContain('于2026年12月2日前通过信用办督查考核平台完成报送');
    expect(text).toContain('联系电话：2605859');
    const date = paragraphs(document).filter((p) => p.text === '2026年11月27日');
    expect(date).toHaveLength(1);
    expect(date[0]!.xml).toContain('w:jc w:val="right"');
  });

  it('takes the deadline the office names, and refuses a bad one in Chinese', async () => {
    const res = await download(t, s.admin, `/api/units/${unitId}/chase-letter.docx`, { deadline: '2026-12-10' });
    expect(textOf((await readDocx(res.body)).document)).toContain('于2026年12月10日前');
    for (const deadline of ['2026-13-01', '2026-11-26', 'soon']) {
      const bad = await get(`/api/units/${unitId}/chase-letter.docx?deadline=${deadline}`);
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.body)).toMatch(/deadline.*[\u4e00-\u9fff]/);
    }
  });

  it('is for the office and the leaders; 409 when nothing is owed, 404 for no unit', async () => {
    expect((await get(`/api/units/${unitId}/chase-letter.docx`, await t.userToken('LEADER'))).status).toBe(200);
    expect((await get(`/api/units/${unitId}/chase-letter.docx`, await t.userToken('UNIT', unitId))).status).toBe(403);
    const none = await get(`/api/units/${s.units[1]!.id}/chase-letter.docx`);
    expect(none.status).toBe(409);
    expect(none.body.message).toContain('无需催报');
    expect((await get('/api/units/999999/chase-letter.docx')).status).toBe(404);
  });

  it('comes as PDF from LibreOffice, in the house style', async () => {
    const res = await download(t, s.admin, `/api/units/${unitId}/chase-letter.pdf`);
    expect(res.type).toBe('application/pdf');
    expect(res.body.subarray(0, 5).toString()).toBe('%PDF-');
    writeRenders(res.body, 'chase-letter');
    const pages = pdfLines(res.body);
    expect(pages.length).toBeLessThanOrEqual(2);
    const mark = pages[0]!.find((l) => l.text.endsWith('文件'))!;
    expect(Math.abs(mark.top - 35)).toBeLessThanOrEqual(1);
    expect(pages[0]!.some((l) => l.text === `关于督促${unitName}报送社会信用信息的通知`)).toBe(true);
    expect(pages.flat().map((l) => l.text).join('')).toContain('附件缺少盖章页');
    // The date last above the page number, and the page that holds it holds body text too.
    const last = pages.at(-1)!;
    expect(last.at(-2)!.text).toBe('2026年11月27日');
    expect(last.at(-3)!.text).toBe('召陵区社会信用体系建设工作领导小组办公室');
    expect(last.length).toBeGreaterThan(4);
    pages.forEach((p, i) => expect(p.at(-1)!.text).toBe(`—${i + 1}—`));
  });
});

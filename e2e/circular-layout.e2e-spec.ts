// The circular as LibreOffice prints it (DESIGN.md §2.6, issue 14): drafted and published through the API, fetched
// as PDF from GET /api/circulars/:id/pdf (LibreOffice headless), measured with pdftotext -bbox-layout and a grey
// render: 28 characters a full line, 22 lines a full page, the mark 35 mm below the 版心 top, the title broken at
// word boundaries, the 版记 rules as wide as the 版心 on the foot of the last page, page numbers odd right / even
// left, the signature never alone. A short (one page) circular, a long one (33 units, the ranking as 附件) and a
// correction; PNG renders go to e2e/screenshots/. Without soffice the endpoint answers 503 in Chinese.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { download } from './support/office-files.ts';
import { cells, pdfLines, pdfRules, writeRenders, type PdfLine } from './support/pdf-layout.ts';
import { buildScenario, type Scenario } from './support/scenario.ts';
import { bearer, startTestApp, type TestApp } from './support/test-app.ts';

const ASCII = /[\x20-\x7e]/;
const isBody = (l: PdfLine) => l.bottom - l.top > 6.9 && l.bottom - l.top < 7.9 && l.top > -1 && l.bottom < 226;

function measure(pdf: Buffer, name: string) {
  writeRenders(pdf, name);
  const pages = pdfLines(pdf);
  return { pages, last: pdfRules(pdf, pages.length) };
}

function expectHouseStyle(pages: PdfLine[][], lastPageRules: { top: number; width: number }[], title: string[]) {
  const [first] = pages;
  const mark = first!.find((l) => l.text.endsWith('文件'))!;
  expect(Math.abs(mark.top - 35)).toBeLessThanOrEqual(1);
  const numberAt = first!.findIndex((l) => /〔\d{4}〕\d+号$/.test(l.text));
  expect(first!.slice(numberAt + 1, numberAt + 1 + title.length).map((l) => l.text)).toEqual(title);
  // Every full line of CJK text (reaching the right edge from the left edge or a two-character indent, not a
  // paragraph's last, not the right-aligned 署名) holds 28 characters — unless the next line starts with a run
  // no line may be broken in (〔2018〕3号: an opening bracket, digits): then the line is as full as it can be.
  const full = pages.flatMap((p) =>
    p.flatMap((l, i) => (isBody(l) && l.right > 155 && l.left < 12 && !ASCII.test(l.text) && p[i + 1] && isBody(p[i + 1]!) ? [{ l, next: p[i + 1]! }] : [])),
  );
  expect(full.length).toBeGreaterThan(0);
  for (const { l, next } of full) {
    const used = cells(l.text) + (l.left > 5 ? 2 : 0);
    if (used === 28) continue;
    const unbreakable = /^[^\u4e00-\u9fff]*/.exec(next.text)![0];
    expect({ line: l.text, used, unbreakable }).toEqual({ line: l.text, used, unbreakable: expect.stringMatching(/[0-9〔（《“]/) });
    expect(used + cells(unbreakable)).toBeGreaterThan(28);
  }
  pages.forEach((p, i) => {
    const number = p.find((l) => /^—\d+—$/.test(l.text))!;
    expect(number.text).toBe(`—${i + 1}—`);
    if (i % 2 === 0) expect(number.right).toBeGreaterThan(145);
    else expect(number.left).toBeLessThan(10);
    expect(number.bottom).toBeCloseTo(232, -0.3);
  });
  const datePage = pages.find((p) => p.some((l) => /^\d{4}年\d{1,2}月\d{1,2}日$/.test(l.text)))!;
  const dateAt = datePage.findIndex((l) => /^\d{4}年\d{1,2}月\d{1,2}日$/.test(l.text));
  expect(datePage.slice(0, dateAt - 1).filter(isBody).length).toBeGreaterThan(0);
  const wide = lastPageRules.filter((r) => Math.abs(r.width - 156) <= 1);
  expect(wide.length).toBeGreaterThanOrEqual(2);
  expect(225 - wide.at(-1)!.top).toBeLessThanOrEqual(3);
  // 印发机关 and 印发日期 on one line, on the last page's foot.
  const printed = pages.at(-1)!.filter((l) => l.text.endsWith('印发') && l.top > 200);
  expect(printed).toHaveLength(1);
  expect(printed[0]!.text).toMatch(/^\S+办公室\d{4}年\d{1,2}月\d{1,2}日印发$/);
  expect(printed[0]!.left).toBeLessThan(6);
  expect(225 - printed[0]!.bottom).toBeLessThanOrEqual(3);
}

describe('the circular as LibreOffice prints it', () => {
  let t: TestApp;
  let s: Scenario;
  const http = (method: 'get' | 'put' | 'post', url: string, body?: object) => {
    const req = t.http()[method](url).set(bearer(s.admin));
    return body ? req.send(body) : req;
  };
  const pdf = async (id: number) => {
    const res = await download(t, s.admin, `/api/circulars/${id}/pdf`);
    expect(res.type).toBe('application/pdf');
    expect(res.body.subarray(0, 5).toString()).toBe('%PDF-');
    return res.body;
  };

  beforeAll(async () => {
    t = await startTestApp({ TRACKING_START: '2026-01' });
    s = await buildScenario(t);
    for (let u = 0; u < 33; u++) {
      for (const [i, o] of (await s.obligations(u, '2026-07', '2026-09')).entries()) {
        if ((u + i) % 5 !== 0) await s.fileAndAccept(o, u % 4 === 0 && i === 1 ? 3 : -1);
      }
    }
  }, 600_000);
  afterAll(() => t.close());

  it('a short circular fits one page, in the house style', async () => {
    const draft = (await http('post', '/api/circulars', { year: 2026, quarter: 1 })).body;
    const body = '区社会信用体系建设工作领导小组各成员单位：\n一、总体情况\n本季度各单位信用信息报送情况总体平稳，多数单位能够按时报送，部分单位存在迟报、漏报现象。\n经领导小组同意，予以印发。';
    expect((await http('put', `/api/circulars/${draft.id}`, { title: draft.title, body })).status).toBe(200);
    expect((await http('post', `/api/circulars/${draft.id}/publish`, { issuedOn: '2026-11-27' })).status).toBe(200);
    const { pages, last } = measure(await pdf(draft.id), 'circular-short');
    expect(pages).toHaveLength(1);
    expectHouseStyle(pages, last, ['关于2026年第一季度', '社会信用信息报送情况的通报']);
  });

  let long: Record<string, any>;
  it('a long circular (33 units, the ranking as 附件) holds 22 lines a full page and keeps its 版记 at the foot', async () => {
    long = (await http('post', '/api/circulars', { year: 2026, quarter: 3 })).body;
    expect((await http('post', `/api/circulars/${long.id}/publish`, { issuedOn: '2026-11-27' })).status).toBe(200);
    const first = await pdf(long.id);
    const { pages, last } = measure(first, 'circular-long');
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages.some((p) => p.filter(isBody).length === 22)).toBe(true);
    expect(pages.flat().some((l) => l.text === '附件')).toBe(true);
    expectHouseStyle(pages, last, ['关于2026年第三季度', '社会信用信息报送情况的通报']);
    expect((await pdf(long.id)).equals(first)).toBe(true); // the second answer comes from the cache
  });

  it('a correction renders alike', async () => {
    const c = await http('post', `/api/circulars/${long.id}/corrections`, { reason: '区法院7月报送的审核结论有误，予以更正' });
    expect((await http('post', `/api/circulars/${c.body.id}/publish`, { issuedOn: '2026-11-27' })).status).toBe(200);
    const { pages, last } = measure(await pdf(c.body.id), 'circular-correction');
    expectHouseStyle(pages, last, ['关于2026年第三季度', '社会信用信息报送情况的通报']);
  });
});

describe('PDF without LibreOffice', () => {
  it('answers 503 with what to install, for the circular and the chase letter', async () => {
    const t = await startTestApp({ TRACKING_START: '2026-01', SOFFICE_PATH: '/nonexistent/soffice' });
    try {
      const admin = await t.adminToken();
      await buildScenario(t);
      const draft = await t.http().post('/api/circulars').set(bearer(admin)).send({ year: 2026, quarter: 1 });
      const res = await t.http().get(`/api/circulars/${draft.body.id}/pdf`).set(bearer(admin));
      expect(res.status).toBe(503);
      expect(res.body.message).toContain('libreoffice-writer-nogui');
      expect(res.body.message).toMatch(/[\u4e00-\u9fff]/);
      // The chase letter's PDF says the same; its Word file still comes.
      const unit = (await t.prisma.unit.findFirstOrThrow({ orderBy: { sortOrder: 'asc' } })).id;
      const letter = await t.http().get(`/api/units/${unit}/chase-letter.pdf`).set(bearer(admin));
      expect([letter.status, letter.body.message]).toEqual([503, res.body.message]);
      expect((await t.http().get(`/api/units/${unit}/chase-letter.docx`).set(bearer(admin))).status).toBe(200);
    } finally {
      await t.close();
    }
  });
});

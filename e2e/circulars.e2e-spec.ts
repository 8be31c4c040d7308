// The quarterly circular (DESIGN.md §2.6): a frozen snapshot of 2026-Q3, the draft edited and published as
// 召信用办〔2026〕1号, the .docx opened and checked against GB/T 9704-2012, concurrent publishes, immutability,
// corrections as versions, and what units and bad input get.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { attrs, download, paragraphs, paragraphWith, readDocx, tableRows, twipsToMm, type DocxParts } from './support/office-files.ts';
import { buildScenario, type Scenario } from './support/scenario.ts';
import { bearer, startTestApp, TEST_NOW, type TestApp } from './support/test-app.ts';

const CHINESE = /[\u4e00-\u9fff]/;
const ISSUING_BODY = '召陵区社会信用体系建设工作领导小组办公室';

describe('quarterly circular', () => {
  let t: TestApp;
  let s: Scenario;
  let unitUser: string;
  let draft: Record<string, any>;

  const http = (method: 'get' | 'put' | 'post' | 'delete', url: string, body?: object, token = s.admin) => {
    const req = t.http()[method](url).set(bearer(token));
    return body ? req.send(body) : req;
  };

  beforeAll(async () => {
    t = await startTestApp({ TRACKING_START: '2026-01' });
    s = await buildScenario(t);
    unitUser = await t.userToken('UNIT', s.units[1]!.id);
    await s.addContact(0);
    await s.addContact(1);
    // 区编办: every obligation of the quarter on time. 区法院: one report two days late, the rest on time.
    for (const o of await s.obligations(0, '2026-07', '2026-09')) await s.fileAndAccept(o, -1);
    const court = await s.obligations(1, '2026-07', '2026-09');
    for (const [i, o] of court.entries()) await s.fileAndAccept(o, i === 0 ? 2 : -1);
    // 天桥公安分局: September missed and explained; the rest on time.
    for (const o of await s.obligations(2, '2026-07', '2026-09')) {
      if (o.period === '2026-09' && o.streamCode === 'SGS_MONTHLY') await s.excuse(o);
      else await s.fileAndAccept(o, -2);
    }
    const res = await http('post', '/api/circulars', { year: 2026, quarter: 3 });
    expect(res.status).toBe(201);
    draft = res.body;
  });
  afterAll(() => t.close());

  it('freezes a ranking row for every unit, equal to the live ranking at drafting time', async () => {
    const live = await http('get', '/api/compliance/ranking?from=2026-Q3&to=2026-Q3');
    expect(draft.rows).toHaveLength(33);
    // Dated by the app's clock (November 2026 here), as its asOf is.
    expect(Math.abs(Date.parse(draft.createdAt) - Date.parse(draft.asOf))).toBeLessThan(60_000);
    const pick = (r: Record<string, unknown>) => [r.rank, r.unitId, r.expected, r.onTime, r.late, r.missing, r.excused, r.score];
    expect(draft.rows.map(pick)).toEqual(live.body.map(pick));
    expect(draft.rows.slice(0, 3).map((r: { unitName: string }) => r.unitName)).toEqual(['区编办', '区法院', '天桥公安分局']);
    expect(await t.prisma.circularObligation.count({ where: { circularId: draft.id } })).toBe(
      await t.prisma.obligation.count({ where: { period: { in: ['2026-07', '2026-08', '2026-09'] } } }),
    );
  });

  it('refreshes the statistics of the snapshot it froze, so the counts over it are planned for its real size', async () => {
    // Before, the planner knew none of these rows (the table never analysed) and joined the counts by nested loops.
    const [stats] = await t.prisma.$queryRaw<{ reltuples: number }[]>`SELECT reltuples::float8 AS reltuples FROM pg_class WHERE relname = 'circular_obligations'`;
    expect(stats!.reltuples).toBe(await t.prisma.circularObligation.count());
  });

  it('drafts the text: totals, the table marker, praise, criticism and the accepted explanation', () => {
    expect(draft).toMatchObject({ state: 'DRAFT', version: 1, number: null, title: '关于2026年第三季度社会信用信息报送情况的通报' });
    expect(draft.body).toContain('现将2026年第三季度（7月至9月）各单位信用信息报送情况通报如下（数据截至2026年11月27日10时）：');
    expect(draft.body).toContain('区编办等1个单位本季度各项信息均按时报送，予以通报表扬。');
    // Worst first: the 30 units that filed nothing (逾期未报 every report, named by stream and month) before 区法院 (迟报 once).
    const criticism = draft.body.split('\n')[draft.body.split('\n').indexOf('三、通报批评') + 1];
    expect(criticism).toMatch(/^区工商分局逾期未报9件（“双公示”信息月度统计7月、8月、9月，/);
    expect(criticism).toMatch(/；区科技局、区司法局、\S+、区政府金融办各逾期未报3件（“双公示”信息月度统计7月、8月、9月）；/);
    expect(criticism).toMatch(/；区法院迟报1件（\S+?\d+月，累计迟报2天）。以上31个单位/);
    expect(draft.body).toContain('五、存在问题\n一是逾期未报问题仍然存在');
    expect(draft.body).toContain('六、下一步工作要求\n1.');
    expect(draft.body).not.toMatch(/(?<![\d.])0[件条个天]/);
    expect(draft.body).toContain('天桥公安分局2026年9月“双公示”信息月度统计（人员变动：原联系人调岗，新联系人尚未交接）');
    expect(draft.summary.totals).toMatchObject({ units: 33, late: 1, excused: 1 });
  });

  it('the snapshot stays frozen when the facts change afterwards', async () => {
    const [late] = await s.obligations(5, '2026-07', '2026-07', 'SGS_MONTHLY');
    await s.fileAndAccept(late!, 3);
    const again = await http('get', `/api/circulars/${draft.id}`);
    expect(again.body.rows).toEqual(draft.rows);
    const live = await http('get', '/api/compliance/ranking?from=2026-Q3&to=2026-Q3');
    expect(live.body.find((r: { unitId: number }) => r.unitId === s.units[5]!.id).late).toBe(1);
  });

  it('refuses a second draft of the quarter, a quarter not yet due, and bad input (400 in Chinese)', async () => {
    const twice = await http('post', '/api/circulars', { year: 2026, quarter: 3 });
    expect(twice.status).toBe(409);
    expect(twice.body.message).toMatch(CHINESE);
    const early = await http('post', '/api/circulars', { year: 2026, quarter: 4 });
    expect(early.status).toBe(409);
    expect(early.body.message).toBe('2026年第四季度尚未结束，暂不能起草通报');
    const bad = await http('post', '/api/circulars', { year: 'abc', quarter: 5 });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['quarter', 'year']);
    for (const m of Object.values(bad.body.errors)) expect(m).toMatch(CHINESE);
    const empty = await http('put', `/api/circulars/${draft.id}`, { title: ' ', body: '' });
    expect(empty.status).toBe(400);
    expect(empty.body.errors).toEqual({ title: '标题不能为空', body: '正文不能为空' });
    const early2 = await http('post', `/api/circulars/${draft.id}/publish`, { issuedOn: '2026-09-30' });
    expect(early2.status).toBe(400);
    expect(early2.body.errors.issuedOn).toMatch(CHINESE);
    const future = await http('post', `/api/circulars/${draft.id}/publish`, { issuedOn: '2099-01-01' });
    expect(future.status).toBe(400);
  });

  it('a unit sees no draft (404) and may not draft (403)', async () => {
    expect((await http('get', `/api/circulars/${draft.id}`, undefined, unitUser)).status).toBe(404);
    expect((await http('get', `/api/circulars/${draft.id}/docx`, undefined, unitUser)).status).toBe(404);
    expect((await http('get', '/api/circulars', undefined, unitUser)).body).toEqual([]);
    expect((await http('post', '/api/circulars', { year: 2026, quarter: 2 }, unitUser)).status).toBe(403);
  });

  describe('published as 召信用办〔2026〕1号', () => {
    let published: Record<string, any>;
    let docx: DocxParts;

    beforeAll(async () => {
      const body = `${draft.body}\n经领导小组同意，予以印发。`;
      const edited = await http('put', `/api/circulars/${draft.id}`, { ...draft, body });
      expect(edited.status).toBe(200);
      const backDated = await http('post', `/api/circulars/${draft.id}/publish`, { issuedOn: '2026-10-09' });
      expect(backDated.status).toBe(409);
      expect(backDated.body.message).toBe('成文日期（2026年10月9日）不能早于通报数据的截止时间（2026年11月27日）');
      const res = await http('post', `/api/circulars/${draft.id}/publish`, { issuedOn: '2026-11-27' });
      expect(res.status).toBe(200);
      published = res.body;
      docx = await readDocx((await download(t, s.admin, `/api/circulars/${draft.id}/docx`)).body);
    });

    it('gets its number, date and issuing body, and keeps the edited text', () => {
      expect(published).toMatchObject({ state: 'PUBLISHED', number: '召信用办〔2026〕1号', issuedOn: '2026-11-27', issuingBody: ISSUING_BODY });
      expect(published.body).toContain('经领导小组同意，予以印发。');
    });

    it('the .docx is A4 with margins 37/28/35/26 mm and a 22-line grid', () => {
      const size = attrs(docx.document, 'w:pgSz');
      expect([twipsToMm(size['w:w']!), twipsToMm(size['w:h']!)].map(Math.round)).toEqual([210, 297]);
      const m = attrs(docx.document, 'w:pgMar');
      const margins = [m['w:top'], m['w:left'], m['w:bottom'], m['w:right']].map((v) => twipsToMm(v!));
      margins.forEach((mm, i) => expect(mm).toBeCloseTo([37, 28, 35, 26][i]!, 0));
      const grid = attrs(docx.document, 'w:docGrid');
      expect(Math.floor((Number(size['w:h']) - Number(m['w:top']) - Number(m['w:bottom'])) / Number(grid['w:linePitch']))).toBe(22);
    });

    it('sets the body in 仿宋 at 16 pt (sz 32)', () => {
      expect(docx.styles).toMatch(/<w:rPrDefault><w:rPr><w:rFonts[^>]*w:eastAsia="仿宋"[^>]*\/><w:sz w:val="32"\/>/);
      // The Normal style itself carries 3号仿宋 (LibreOffice reads the grid from it).
      expect(docx.styles).toMatch(/<w:style w:type="paragraph" w:styleId="Normal"[^>]*>.*?<w:rFonts[^>]*w:eastAsia="仿宋"[^>]*\/><w:sz w:val="32"\/>/);
      const p = paragraphWith(docx.document, '经领导小组同意');
      expect(p.xml).toMatch(/w:eastAsia="仿宋"/);
      expect(p.xml).not.toMatch(/<w:sz w:val="(?!32)/);
    });

    it('has the red 发文机关标志 and the red separator line under the number', () => {
      const mark = paragraphWith(docx.document, `${ISSUING_BODY}文件`);
      expect(mark.xml).toContain('<w:pStyle w:val="GwMark"/>');
      expect(docx.styles).toMatch(/<w:style w:type="paragraph" w:styleId="GwMark">.*?<w:color w:val="FF0000"\/>.*?<\/w:style>/);
      const number = paragraphWith(docx.document, '召信用办〔2026〕1号');
      expect(number.text).toBe('召信用办〔2026〕1号');
      expect(number.xml).toMatch(/<w:pBdr><w:bottom [^>]*w:color="FF0000"/);
    });

    it('writes the date as 2026年11月27日', () => {
      expect(paragraphs(docx.document).filter((p) => p.text === '2026年11月27日')).toHaveLength(1);
    });

    it('has a ranking row for every unit, in rank order, as frozen in the database', async () => {
      const frozen = await t.prisma.circularRow.findMany({ where: { circularId: draft.id }, orderBy: [{ rank: 'asc' }, { sortOrder: 'asc' }] });
      const [head, ...rows] = tableRows(docx.document);
      expect(head).toEqual(['名次', '单位', '应报', '按时', '迟报', '逾期未报', '已说明', '待审核', '按时率', '得分']);
      const units = rows.slice(0, -1);
      expect(units.map((r) => [Number(r[0]), r[1], Number(r[9])])).toEqual(frozen.map((f) => [f.rank, f.unitName, f.score.toNumber()]));
      expect(units).toHaveLength(33);
      expect(rows.at(-1)!.slice(0, 3)).toEqual(['合计', '33个单位', String(frozen.reduce((n, f) => n + f.expected, 0))]);
    });

    it('numbers the pages "— 1 —" (odd right, even left)', () => {
      expect(docx.settings).toContain('<w:evenAndOddHeaders/>');
      expect(docx.footers).toHaveLength(2);
      for (const f of docx.footers) {
        expect(f).toMatch(/<w:t xml:space="preserve">— <\/w:t>.*<w:instrText xml:space="preserve">PAGE<\/w:instrText>.*<w:t xml:space="preserve"> —<\/w:t>/);
      }
      expect(docx.footers.map((f) => /<w:jc w:val="(\w+)"\/>/.exec(f)?.[1]).sort()).toEqual(['left', 'right']);
    });

    it('cannot change any more (409), and a unit can now read it', async () => {
      const before = await t.prisma.circular.findUniqueOrThrow({ where: { id: draft.id } });
      for (const res of [
        await http('put', `/api/circulars/${draft.id}`, { title: '改标题', body: '改正文' }),
        await http('post', `/api/circulars/${draft.id}/publish`, {}),
        await http('delete', `/api/circulars/${draft.id}`),
      ]) {
        expect(res.status).toBe(409);
        expect(res.body.message).toContain('通报已发布');
      }
      expect(await t.prisma.circular.findUniqueOrThrow({ where: { id: draft.id } })).toEqual(before);
      expect((await http('get', `/api/circulars/${draft.id}`, undefined, unitUser)).status).toBe(200);
    });

    it('two publishes at once get two different consecutive numbers', async () => {
      const q1 = await http('post', '/api/circulars', { year: 2026, quarter: 1 });
      const q2 = await http('post', '/api/circulars', { year: 2026, quarter: 2 });
      const both = await Promise.all([q1, q2].map((d) => http('post', `/api/circulars/${d.body.id}/publish`, {})));
      expect(both.map((r) => r.status)).toEqual([200, 200]);
      expect(both.map((r) => r.body.number).sort()).toEqual(['召信用办〔2026〕2号', '召信用办〔2026〕3号']);
      expect(await t.prisma.circularCounter.findUnique({ where: { year: 2026 } })).toEqual({ year: 2026, lastNumber: 3 });
    });

    it('a correction is a new version naming the one it replaces, numbered on publication', async () => {
      const bad = await http('post', `/api/circulars/${draft.id}/corrections`, { reason: '短' });
      expect(bad.status).toBe(400);
      const res = await http('post', `/api/circulars/${draft.id}/corrections`, { reason: '区法院7月报送的审核结论有误，予以更正' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ version: 2, replacesId: draft.id, state: 'DRAFT', replaces: { id: draft.id, number: '召信用办〔2026〕1号' } });
      expect(res.body.body).toContain('现对《关于2026年第三季度社会信用信息报送情况的通报》（召信用办〔2026〕1号）予以更正');
      const twice = await http('post', `/api/circulars/${draft.id}/corrections`, { reason: '再次更正同一份通报' });
      expect(twice.status).toBe(409);
      const pub = await http('post', `/api/circulars/${res.body.id}/publish`, {});
      expect(pub.body.number).toBe('召信用办〔2026〕4号');
      const original = await http('get', `/api/circulars/${draft.id}`);
      expect(original.body.replacedBy).toEqual({ id: res.body.id, number: '召信用办〔2026〕4号', state: 'PUBLISHED' });
      const versions = await http('get', '/api/circulars').query({ filter: JSON.stringify({ year: 2026, quarter: 3 }), sort: '["version","ASC"]' });
      expect(versions.body.map((c: { version: number }) => c.version)).toEqual([1, 2]);
      expect(versions.headers['content-range']).toBe('circulars 0-1/2');
    });

    it('numbers a year in the order of the 成文日期: a later number is never dated earlier (409 in Chinese)', async () => {
      const correctQ1 = await http('post', `/api/circulars/${(await t.prisma.circular.findFirstOrThrow({ where: { year: 2026, quarter: 1 } })).id}/corrections`, { reason: '一季度数据复核后予以更正' });
      const latest = await t.prisma.circular.findFirstOrThrow({ where: { year: 2026, quarter: 3 }, orderBy: { version: 'desc' } });
      const correctQ3 = await http('post', `/api/circulars/${latest.id}/corrections`, { reason: '三季度数据复核后予以更正' });
      expect([correctQ1.status, correctQ3.status]).toEqual([201, 201]);
      t.clock.set(new Date('2026-11-30T10:00:00+08:00'));
      try {
        const admin = await t.adminToken(); // a token of three days ago has expired
        const publish = (id: number, issuedOn: string) => http('post', `/api/circulars/${id}/publish`, { issuedOn }, admin);
        const first = await publish(correctQ1.body.id, '2026-11-30');
        expect(first.body).toMatchObject({ number: '召信用办〔2026〕5号' });
        const earlier = await publish(correctQ3.body.id, '2026-11-28');
        expect(earlier.status).toBe(409);
        expect(earlier.body.message).toBe('成文日期（2026年11月28日）不能早于本年度已发布的召信用办〔2026〕5号（2026年11月30日）：文号按成文日期先后编排');
        const same = await publish(correctQ3.body.id, '2026-11-30');
        expect(same.body).toMatchObject({ number: '召信用办〔2026〕6号', issuedOn: '2026-11-30' });
        expect(await t.prisma.circularCounter.findUnique({ where: { year: 2026 } })).toEqual({ year: 2026, lastNumber: 6 });
      } finally {
        t.clock.set(TEST_NOW);
      }
    });

    it('every write left an audit event', async () => {
      const events = await t.prisma.auditEvent.groupBy({ by: ['action'], where: { resource: 'circulars' }, _count: true });
      expect(Object.fromEntries(events.map((e) => [e.action, e._count]))).toEqual({ CREATE: 6, UPDATE: 1, PUBLISH: 6 });
    });
  });
});

describe('a quarter only partly tracked', () => {
  it('says which months the circular holds (tracking began in September)', async () => {
    const t = await startTestApp({ TRACKING_START: '2026-09' });
    try {
      const admin = await t.adminToken();
      await buildScenario(t);
      const res = await t.http().post('/api/circulars').set(bearer(admin)).send({ year: 2026, quarter: 3 });
      expect(res.status).toBe(201);
      expect(res.body.body).toContain('现将2026年第三季度（9月；平台自2026年9月起统计，7月至8月未纳入）各单位信用信息报送情况通报如下');
      expect(res.body.body).not.toContain('7月至9月');
      expect(res.body.summary).toMatchObject({ from: '2026-09', to: '2026-09', quarterFrom: '2026-07', partial: true });
    } finally {
      await t.close();
    }
  });
});

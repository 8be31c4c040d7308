// The lists of issue 13 (point 6): every list resource exports its filtered, sorted list as .xlsx — all rows,
// Chinese headers, Shanghai dates, words for codes, a unit's own rows only, bounded — the search boxes (q),
// and the office's bulk actions (accept, exempt, chase), one transaction each, audited per item, all or nothing.
import { LIST_EXPORTS } from '@credit/contract/api';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { download, readXlsx, sheetRows } from './support/office-files.ts';
import { buildScenario, type Scenario } from './support/scenario.ts';
import { bearer, startTestApp, type TestApp } from './support/test-app.ts';

const HEADER_ROW = 4;
const RAW_CODE = /^(SGS_MONTHLY|SGS_STOCK|HHB|HHB_STOCK|XYDM|ONCE|MONTHLY|PENDING|SUBMITTED|ON_TIME|LATE|OVERDUE|RETURNED|EXCUSED|EXEMPT|ACCEPT|RETURN|REJECT|ADMIN|LEADER|UNIT|DATA|NO_DATA|CREATE|UPDATE|true|false)$/;
const enc = (v: unknown) => encodeURIComponent(JSON.stringify(v));

describe('lists: export, search and bulk actions', () => {
  let t: TestApp;
  let s: Scenario;
  let admin: string;
  let unitA: string;
  let unitB: string;

  beforeAll(async () => {
    t = await startTestApp();
    s = await buildScenario(t);
    admin = s.admin;
    for (const u of [0, 1]) await s.addContact(u);
    const [first] = await s.obligations(0, '2026-01', '2026-01', 'SGS_MONTHLY');
    await s.fileAndAccept(first!, 2);
    unitA = await t.userToken('UNIT', s.units[0]!.id);
    unitB = await t.userToken('UNIT', s.units[1]!.id);
  }, 60_000);
  afterAll(() => t.close());

  /** The list's total (Content-Range) and its rows, as the dashboard pages them. */
  const list = async (token: string, resource: string, query: { filter?: object; sort?: [string, string]; range?: [number, number] } = {}) => {
    const params = [`range=${enc(query.range ?? [0, 999])}`, ...(query.filter ? [`filter=${enc(query.filter)}`] : []), ...(query.sort ? [`sort=${enc(query.sort)}`] : [])];
    const res = await t.http().get(`/api/${resource}?${params.join('&')}`).set(bearer(token));
    expect([resource, res.status]).toEqual([resource, 200]);
    return { total: Number(String(res.headers['content-range']).split('/')[1]), rows: res.body as Record<string, unknown>[] };
  };
  const exported = async (token: string, resource: string, query: { filter?: object; sort?: [string, string] } = {}) => {
    const file = await download(t, token, `/api/${resource}/export.xlsx`, {
      ...(query.filter ? { filter: JSON.stringify(query.filter) } : {}),
      ...(query.sort ? { sort: JSON.stringify(query.sort) } : {}),
    });
    expect(file.type).toContain('spreadsheetml');
    expect(file.disposition).toMatch(/^attachment; filename\*=UTF-8''/);
    const sheet = (await readXlsx(file.body)).worksheets[0]!;
    const [header, ...rows] = sheetRows(sheet, HEADER_ROW);
    return { header: header as string[], rows, sheet };
  };

  it.each(LIST_EXPORTS.filter((r) => r !== 'records'))('%s: every row of the list, Chinese headers, no raw code', async (resource) => {
    const { total } = await list(admin, resource, { range: [0, 0] });
    const { header, rows } = await exported(admin, resource);
    expect(rows).toHaveLength(total);
    expect(header.every((h) => /[\u4e00-\u9fff]/.test(h))).toBe(true);
    const cells = rows.flat().filter((c) => c !== null && c !== undefined).map(String);
    expect(cells.filter((c) => RAW_CODE.test(c))).toEqual([]);
    expect(cells.filter((c) => /T\d{2}:\d{2}|Z$|\+08:00/.test(c))).toEqual([]);
  });

  it('a filtered and sorted export holds every matching row (more than a page) in the list order, dates and words as the office reads them', async () => {
    const query = { filter: { status: 'OVERDUE', streamCode: 'SGS_MONTHLY' }, sort: ['unitName', 'DESC'] as [string, string] };
    const all = await list(admin, 'obligations', query);
    expect(all.total).toBeGreaterThan(25);
    const { header, rows } = await exported(admin, 'obligations', query);
    expect(header).toEqual(['单位', '报送事项', '所属期', '截止日期', '状态', '迟报天数']);
    expect(rows).toHaveLength(all.total);
    expect(rows.map((r) => r[0])).toEqual(all.rows.map((r) => r.unitName));
    expect(new Set(rows.map((r) => r[4]))).toEqual(new Set(['逾期未报']));
    const september = rows.find((r) => r[0] === s.units[1]!.name && r[2] === '2026年9月');
    expect(september).toEqual([s.units[1]!.name, '“双公示”信息月度统计', '2026年9月', '2026-10-08', '逾期未报', null]);
  });

  it('times are Asia/Shanghai minutes; statuses and decisions are words', async () => {
    const { header, rows } = await exported(admin, 'reviews');
    expect(header).toContain('审核时间');
    expect(rows[0]![header.indexOf('审核结果')]).toBe('通过');
    expect(String(rows[0]![header.indexOf('审核时间')])).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    const submissions = await exported(admin, 'submissions', { filter: { unitId: s.units[0]!.id } });
    expect(submissions.rows[0]![submissions.header.indexOf('审核状态')]).toBe('已通过');
  });

  it("a unit's export holds its own rows only, exactly as its list", async () => {
    for (const resource of ['obligations', 'submissions', 'contacts', 'units', 'notices', 'explanations', 'exemptions'] as const) {
      const own = await list(unitA, resource, { range: [0, 0] });
      const { header, rows } = await exported(unitA, resource);
      expect([resource, rows.length]).toEqual([resource, own.total]);
      const unitColumn = header.findIndex((h) => h === '单位' || h === '所属单位' || h === '单位名称');
      if (unitColumn >= 0) expect([resource, rows.filter((r) => r[unitColumn] !== s.units[0]!.name)]).toEqual([resource, []]);
    }
    const obligations = await exported(unitA, 'obligations');
    expect(obligations.rows.length).toBeGreaterThan(0);
    // Asking for another unit's rows gives none (as the list).
    expect((await exported(unitA, 'obligations', { filter: { unitId: s.units[1]!.id } })).rows).toEqual([]);
    // Office-only lists stay office-only.
    expect((await t.http().get('/api/users/export.xlsx').set(bearer(unitA))).status).toBe(403);
    expect((await t.http().get('/api/audit-events/export.xlsx').set(bearer(unitA))).status).toBe(403);
  });

  it('refuses bad filters and sorts as the list does (400, Chinese, named field)', async () => {
    const bad = await t.http().get(`/api/obligations/export.xlsx?filter=${enc({ nope: 1 })}`).set(bearer(admin));
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual({ filter: '不支持的筛选条件：nope' });
    const sort = await t.http().get(`/api/units/export.xlsx?sort=${enc(['password', 'ASC'])}`).set(bearer(admin));
    expect(sort.status).toBe(400);
    expect(Object.keys(sort.body.errors)).toEqual(['sort']);
  });

  it('search (q) on obligations, filings and explanations: unit, stream or period containing it; % and _ are literal', async () => {
    const unit = s.units[2]!.name;
    const byUnit = await list(admin, 'obligations', { filter: { q: unit.slice(1) } });
    expect(byUnit.total).toBeGreaterThan(0);
    expect(new Set(byUnit.rows.map((r) => r.unitName))).toEqual(new Set(s.units.filter((u) => u.name.includes(unit.slice(1))).map((u) => u.name)));
    const byPeriod = await list(admin, 'obligations', { filter: { q: '2026-09' } });
    expect(new Set(byPeriod.rows.map((r) => r.period))).toEqual(new Set(['2026-09']));
    expect((await list(admin, 'obligations', { filter: { q: '%' } })).total).toBe(0);
    expect((await list(admin, 'obligations', { filter: { q: '红黑榜' } })).rows.every((r) => String(r.streamName).includes('红黑榜'))).toBe(true);

    const filings = await list(admin, 'submissions', { filter: { q: s.units[0]!.name } });
    expect(filings.total).toBeGreaterThan(0);
    expect((await list(admin, 'submissions', { filter: { q: '不存在的单位名称' } })).total).toBe(0);

    const [missed] = await s.obligations(3, '2026-08', '2026-08', 'SGS_MONTHLY');
    await s.post('/api/explanations', { obligationId: missed!.id, category: 'STAFF_CHANGE', text: '联系人休产假，工作尚未交接' });
    expect((await list(admin, 'explanations', { filter: { q: '产假' } })).rows.map((r) => r.obligationId)).toEqual([missed!.id]);
    expect((await list(admin, 'explanations', { filter: { q: s.units[3]!.name } })).total).toBe(1);
    // A unit searching sees its own rows only.
    expect((await list(unitB, 'explanations', { filter: { q: '产假' } })).total).toBe(0);
  });

  describe('bulk actions', () => {
    const audits = (resource: string, action: string) => t.prisma.auditEvent.findMany({ where: { resource, action }, orderBy: { id: 'asc' } });

    it('accepts the selected filings in one go, one audit event each; a refused item names itself and nothing is kept', async () => {
      const obligations = await s.obligations(4, '2026-03', '2026-05', 'SGS_MONTHLY');
      const ids: number[] = [];
      for (const o of obligations) ids.push((await s.post('/api/submissions', { obligationId: o.id, kind: 'NO_DATA', reason: '本月未产生双公示信息' })).id as number);
      const before = (await audits('reviews', 'CREATE')).length;
      // One of them already accepted: 409 naming it, the others stay waiting.
      await s.post('/api/reviews', { submissionId: ids[1], decision: 'ACCEPT' });
      const refused = await t.http().post('/api/reviews/bulk').set(bearer(admin)).send({ submissionIds: ids });
      expect(refused.status).toBe(409);
      expect(refused.body.message).toMatch(/所选 3 项中有 1 项不能办理，全部未办理/);
      expect(refused.body.errors).toEqual({ 'submissionIds.1': `${s.units[4]!.name} 2026年4月 第1版：该版本已审核，不能重复审核` });
      expect(await t.prisma.review.count({ where: { submissionId: { in: [ids[0]!, ids[2]!] } } })).toBe(0);
      expect((await audits('reviews', 'CREATE')).length).toBe(before + 1);

      const ok = await t.http().post('/api/reviews/bulk').set(bearer(admin)).send({ submissionIds: [ids[0], ids[2]] });
      expect(ok.status).toBe(200);
      expect(ok.body.count).toBe(2);
      const events = (await audits('reviews', 'CREATE')).slice(-2);
      expect(events.map((e) => [e.recordId, e.unitId, e.username])).toEqual(ok.body.reviews.map((r: { id: number }) => [String(r.id), s.units[4]!.id, 'admin']));
      const statuses = await list(admin, 'obligations', { filter: { id: obligations.map((o) => o.id) } });
      expect(statuses.rows.map((r) => r.status).sort()).toEqual(['LATE', 'LATE', 'LATE']);
      // Office only; bad bodies are 400 in Chinese.
      expect((await t.http().post('/api/reviews/bulk').set(bearer(unitA)).send({ submissionIds: [ids[0]] })).status).toBe(403);
      const empty = await t.http().post('/api/reviews/bulk').set(bearer(admin)).send({ submissionIds: [] });
      expect([empty.status, empty.body.errors]).toEqual([400, { submissionIds: '请至少选择一项' }]);
    });

    it('exempts the selected obligations with one reason, each audited; all or nothing', async () => {
      const [done] = await s.obligations(5, '2026-02', '2026-02', 'SGS_MONTHLY');
      await s.fileAndAccept(done!, 0);
      const open = await s.obligations(5, '2026-06', '2026-07', 'SGS_MONTHLY');
      const refused = await t.http().post('/api/exemptions/bulk').set(bearer(admin)).send({ obligationIds: [open[0]!.id, done!.id], reason: '职能划转，不再承担' });
      expect(refused.status).toBe(409);
      expect(Object.entries(refused.body.errors)).toEqual([['obligationIds.1', expect.stringMatching(/2026年2月：该事项已审核通过，不能再免报$/)]]);
      expect(await t.prisma.exemption.count({ where: { obligationId: open[0]!.id } })).toBe(0);

      const before = (await audits('exemptions', 'CREATE')).length;
      const ok = await t.http().post('/api/exemptions/bulk').set(bearer(admin)).send({ obligationIds: open.map((o) => o.id), reason: '职能划转，不再承担' });
      expect([ok.status, ok.body.count]).toEqual([200, 2]);
      expect(ok.body.exemptions.map((e: { reason: string }) => e.reason)).toEqual(['职能划转，不再承担', '职能划转，不再承担']);
      expect((await audits('exemptions', 'CREATE')).length).toBe(before + 2);
      const statuses = await list(admin, 'obligations', { filter: { id: open.map((o) => o.id) } });
      expect(statuses.rows.map((r) => r.status)).toEqual(['EXEMPT', 'EXEMPT']);
      const short = await t.http().post('/api/exemptions/bulk').set(bearer(admin)).send({ obligationIds: [open[0]!.id], reason: '' });
      expect([short.status, Object.keys(short.body.errors)]).toEqual([400, ['reason']]);
    });

    it('chases the selected units: one notice each through the inbox and outbox, audited; a unit with nothing owed, or chased today, is named and nothing is sent', async () => {
      const [a, b] = [s.units[6]!, s.units[7]!];
      const before = await t.prisma.notice.count();
      const ok = await t.http().post('/api/notices/jobs/chase').set(bearer(admin)).send({ unitIds: [a.id, b.id] });
      expect(ok.status).toBe(200);
      expect(ok.body.notices.map((n: { unitName: string; title: string }) => [n.unitName, n.title])).toEqual([
        [a.name, expect.stringMatching(new RegExp(`^【催报】${a.name}有\\d+项报送逾期未报，请尽快补报$`))],
        [b.name, expect.stringMatching(/^【催报】/)],
      ]);
      expect(await t.prisma.notice.count()).toBe(before + 2);
      const notice = await t.prisma.notice.findUniqueOrThrow({ where: { id: ok.body.notices[0].id }, include: { items: true } });
      expect(notice.unitId).toBe(a.id);
      expect(notice.items.map((i) => i.obligationId).sort()).toEqual([...ok.body.notices[0].obligationIds].sort());
      expect(notice.body).toContain('逾期');
      const events = (await audits('notices', 'CHASE')).slice(-2);
      expect(events.map((e) => [e.recordId, e.unitId])).toEqual(ok.body.notices.map((n: { id: number; unitId: number }) => [String(n.id), n.unitId]));
      // The unit finds it in its inbox.
      const inbox = await list(await t.userToken('UNIT', a.id), 'notices');
      expect(inbox.rows.map((n) => n.id)).toContain(ok.body.notices[0].id);

      // Again today, with a unit that owes nothing and one more: all refused, the two named, nothing new.
      const idle = await s.post('/api/units', { name: '区新设局' });
      const again = await t.http().post('/api/notices/jobs/chase').set(bearer(admin)).send({ unitIds: [s.units[8]!.id, a.id, idle.id] });
      expect(again.status).toBe(409);
      expect(again.body.errors).toEqual({
        'unitIds.1': `${a.name}：今天已催报过该单位`,
        'unitIds.2': '区新设局：目前没有逾期未报或被退回待重报的事项，无需催报',
      });
      expect(await t.prisma.notice.count()).toBe(before + 2);
      // The scheduled chase still takes its own steps for those units.
      const run = await t.http().post('/api/notices/jobs/run').set(bearer(admin)).send({ asOf: '2026-11-27' });
      expect(run.body.notices.some((n: { unitId: number; kind: string }) => n.unitId === a.id && n.kind === 'OVERDUE')).toBe(true);
      expect((await t.http().post('/api/notices/jobs/chase').set(bearer(unitA)).send({ unitIds: [a.id] })).status).toBe(403);
    });
  });

  it('refuses an export above 100,000 rows with a 400 asking to narrow the filter; a narrower filter exports', async () => {
    await t.prisma.$executeRawUnsafe(`INSERT INTO audit_events (at, action, resource, record_id) SELECT now(), 'LOGIN', 'auth', g::text FROM generate_series(1, 100001) g`);
    const res = await t.http().get('/api/audit-events/export.xlsx').set(bearer(admin));
    expect(res.status).toBe(400);
    expect(res.body.errors.filter).toMatch(/超过一次导出的上限 100000 条，请缩小筛选范围后再导出/);
    const narrow = await exported(admin, 'audit-events', { filter: { resource: 'reviews' } });
    expect(narrow.rows.length).toBeGreaterThan(0);
    expect(new Set(narrow.rows.map((r) => r[narrow.header.indexOf('对象类型')]))).toEqual(new Set(['审核']));
  }, 60_000);
});

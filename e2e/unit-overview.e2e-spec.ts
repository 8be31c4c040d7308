// Issue 13, the unit and obligation pages: GET /api/units/:id/overview aggregates the unit's year on the server
// (status counts, score, 逾期未报 items, contacts; a unit sees only its own); attachments preview inline (PDF and
// images only, with their own type and nosniff); the stock return reasons are the office's to edit.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { unitOverviewSchema } from '@credit/contract/api';
import { buildScenario, type Scenario } from './support/scenario.ts';
import { bearer, binaryParser, startTestApp, type TestApp } from './support/test-app.ts';

const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(64, 0x20)]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);
const XLSX = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 1)]);

describe('the unit overview', () => {
  let t: TestApp;
  let s: Scenario;
  let own: string;

  beforeAll(async () => {
    t = await startTestApp();
    s = await buildScenario(t);
    // Unit 0: September on time, August 迟报 (4 days), the rest of its year missing or not yet due.
    const [sep] = await s.obligations(0, '2026-09', '2026-09', 'SGS_MONTHLY');
    const [aug] = await s.obligations(0, '2026-08', '2026-08', 'SGS_MONTHLY');
    await s.fileAndAccept(sep!, -1);
    await s.fileAndAccept(aug!, 4);
    await s.addContact(0);
    own = await t.userToken('UNIT', s.units[0]!.id);
  });
  afterAll(() => t.close());

  const overview = (unit: number, token: string, year = 2026) => t.http().get(`/api/units/${s.units[unit]!.id}/overview?year=${year}`).set(bearer(token));

  it('counts every status of the year, lists what is 逾期未报 with links, and carries the score and the contacts', async () => {
    const res = await overview(0, s.admin);
    expect(res.status).toBe(200);
    const o = unitOverviewSchema.parse(res.body);
    const obligations = await s.obligations(0, '2026-01', '2026-12');
    expect(Object.values(o.statusCounts).reduce((a, b) => a + b, 0)).toBe(obligations.length);
    expect(o.statusCounts).toMatchObject({ ON_TIME: 1, LATE: 1 });
    // The list agrees with the obligations the API marks missing, one by one.
    const missing = await t.http().get(`/api/obligations?filter=${JSON.stringify({ unitId: s.units[0]!.id, from: '2026-01', to: '2026-12' })}&range=[0,99]`).set(bearer(s.admin));
    const expected = missing.body.filter((x: { missing: boolean }) => x.missing).map((x: { id: number }) => x.id).sort();
    expect(o.overdue.map((x) => x.obligationId).sort()).toEqual(expected);
    expect(o.missing).toBe(expected.length);
    expect(o.missing).toBeGreaterThan(5);
    expect(o.statusCounts.OVERDUE).toBe(o.missing);
    const assessment = await t.http().get(`/api/assessments/2026-${s.units[0]!.id}`).set(bearer(s.admin)).expect(200);
    expect(o.score).toBe(assessment.body.score);
    expect(o.score).toBeLessThan(100);
    expect(o.contacts).toEqual([expect.objectContaining({ name: '联系人0', primary: true })]);
  });

  it('the notices that named an obligation: GET /api/notices?filter={"obligationId"} (the obligation page)', async () => {
    await t.http().post('/api/notices/jobs/run').set(bearer(s.admin)).send({ asOf: '2026-11-27' }).expect(200);
    const [oct] = await s.obligations(0, '2026-10', '2026-10', 'SGS_MONTHLY');
    const res = await t.http().get(`/api/notices?filter=${JSON.stringify({ obligationId: oct!.id })}`).set(bearer(s.admin)).expect(200);
    expect(res.body.length).toBeGreaterThan(0);
    expect(res.body.every((n: { obligationIds: number[] }) => n.obligationIds.includes(oct!.id))).toBe(true);
    const all = await t.prisma.notice.count();
    expect(res.body.length).toBeLessThan(all);
    // The unit sees the ones addressed to it; another unit's obligation names none of them.
    const mine = await t.http().get(`/api/notices?filter=${JSON.stringify({ obligationId: oct!.id })}`).set(bearer(own)).expect(200);
    expect(mine.body.length).toBeGreaterThan(0);
    expect(mine.body.every((n: { unitId: number }) => n.unitId === s.units[0]!.id)).toBe(true);
  });

  it('a unit sees its own overview only (another unit: 404); a year out of range is a 400 in Chinese', async () => {
    expect((await overview(0, own)).status).toBe(200);
    const other = await overview(1, own);
    expect([other.status, other.body.message]).toEqual([404, '单位不存在']);
    expect((await overview(1, await t.userToken('LEADER'))).status).toBe(200);
    expect((await t.http().get('/api/units/999999/overview').set(bearer(s.admin))).status).toBe(404);
    const bad = await overview(0, s.admin, 1066);
    expect(bad.status).toBe(400);
    expect(bad.body.errors.year).toMatch(/[\u4e00-\u9fff]/);
  });

  it('attachments preview inline only as PDF and images, with their type and nosniff; others still download', async () => {
    const upload = async (file: Buffer, name: string) =>
      (await t.http().post('/api/attachments').set(bearer(own)).attach('file', file, name).expect(201)).body.id as number;
    const get = (id: number, token = own) => t.http().get(`/api/attachments/${id}/preview`).set(bearer(token)).buffer(true).parse(binaryParser);
    for (const [file, name, type] of [[PDF, '报送说明.pdf', 'application/pdf'], [PNG, '盖章页.png', 'image/png']] as const) {
      const res = await get(await upload(file, name));
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe(type);
      expect(res.headers['content-disposition']).toBe(`inline; filename*=UTF-8''${encodeURIComponent(name)}`);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(Buffer.compare(res.body, file)).toBe(0);
    }
    const sheet = await get(await upload(XLSX, '统计表.xlsx'));
    expect(sheet.headers['content-disposition']).toMatch(/^attachment;/);
    const pdf = await upload(PDF, '另一份.pdf');
    expect((await get(pdf, await t.userToken('UNIT', s.units[1]!.id))).status).toBe(404);
    const download = await t.http().get(`/api/attachments/${pdf}`).set(bearer(own));
    expect(download.headers['content-disposition']).toMatch(/^attachment;/);
  });

  it('stock return reasons: defaults for all, the office edits them (audited), bad lists are 400 in Chinese', async () => {
    const read = await t.http().get('/api/settings/return-reasons').set(bearer(own)).expect(200);
    expect(read.body.returnReasons.length).toBeGreaterThan(2);
    const reasons = ['请加盖公章后重新报送', '统计数有误，请核对'];
    expect((await t.http().put('/api/settings/return-reasons').set(bearer(own)).send({ returnReasons: reasons })).status).toBe(403);
    const put = await t.http().put('/api/settings/return-reasons').set(bearer(s.admin)).send({ returnReasons: reasons });
    expect([put.status, put.body]).toEqual([200, { id: 'reviews', returnReasons: reasons }]);
    expect((await t.http().get('/api/settings/return-reasons').set(bearer(s.admin))).body.returnReasons).toEqual(reasons);
    expect(await t.prisma.auditEvent.count({ where: { resource: 'settings', recordId: 'reviews' } })).toBe(1);
    for (const returnReasons of [['重复', '重复'], [''], 'x']) {
      const bad = await t.http().put('/api/settings/return-reasons').set(bearer(s.admin)).send({ returnReasons });
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.body.errors)).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

// The assessment as offices run it (DESIGN.md §2.7, issue 15): a year's scheme as data with every rule type,
// the editor's preview, bonuses a unit declares and the office confirms or refuses, 容缺 at the others' average,
// grades with a quota; the default scheme changes no score; the frozen rows keep their trace.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildScenario, type Scenario } from './support/scenario.ts';
import { AttachmentsService } from '../backend/src/attachments/attachments.service.ts';
import { bearer, startTestApp, TEST_NOW, type TestApp } from './support/test-app.ts';

type Row = Record<string, any>;

/** Every rule type: per-item with a cap, a rate threshold, a bonus with caps; two categories; a 优秀 quota. */
const SCHEME = {
  categories: [
    { id: 'BS', name: '报送工作', maxPoints: 80 },
    { id: 'GJ', name: '按时报送', maxPoints: 20 },
  ],
  rules: [
    { kind: 'PER_ITEM', id: 'LATE', categoryId: 'BS', name: '迟报', cause: 'LATE', pointsEach: 1, cap: 3 },
    { kind: 'PER_ITEM', id: 'MISSING', categoryId: 'BS', name: '逾期未报', cause: 'MISSING', pointsEach: 2 },
    { kind: 'PER_ITEM', id: 'NO_CONTACT', categoryId: 'BS', name: '未指定负责人', cause: 'NO_CONTACT', pointsEach: 1 },
    { kind: 'RATE_THRESHOLD', id: 'ONTIME', categoryId: 'GJ', name: '按时率', metric: 'onTimeRate', bands: [{ atLeast: 0.9, points: 0 }, { atLeast: 0.5, points: 5 }, { points: 10 }] },
    { kind: 'BONUS', id: 'CX', categoryId: 'BS', name: '创新做法', pointsEach: 2, cap: 3 },
  ],
  bonusCap: 5,
  grades: [
    { grade: 'EXCELLENT', minScore: 90, quotaPercent: 10 },
    { grade: 'GOOD', minScore: 80 },
    { grade: 'PASS', minScore: 60 },
    { grade: 'FAIL', minScore: 0 },
  ],
};

/** The same arithmetic by hand, from a unit's counts (no domain code): what SCHEME must give. */
function byHand(r: Row, bonus = 0, gjOverride?: number): number {
  const bs = Math.max(0, 80 - Math.min(3, r.late) - 2 * r.missing - (r.hasContact ? 0 : 1));
  const rate = r.onTimeRate;
  const gj = gjOverride ?? 20 - (rate === null || rate >= 0.9 ? 0 : rate >= 0.5 ? 5 : 10);
  return Math.round((bs + gj + bonus) * 100) / 100;
}

describe('assessment schemes 2026', () => {
  let t: TestApp;
  let s: Scenario;
  let court: number;
  let bureau: number;
  let courtUser: string;

  const http = (method: 'get' | 'put' | 'post' | 'delete', url: string, body?: object, token = s.admin) => {
    const req = t.http()[method](url).set(bearer(token));
    return body ? req.send(body) : req;
  };
  const list = async (): Promise<Row[]> => {
    const res = await http('get', '/api/assessments').query({ filter: '{"year":2026}', range: '[0,99]' });
    expect(res.status).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    t = await startTestApp({ TRACKING_START: '2026-01' });
    s = await buildScenario(t);
    bureau = s.units[0]!.id;
    court = s.units[1]!.id;
    courtUser = await t.userToken('UNIT', court);
    await s.addContact(0);
    await s.addContact(1);
    for (const o of await s.obligations(0, '2026-01', '2026-10')) await s.fileAndAccept(o, o.period <= '2026-05' && o.streamCode === 'SGS_MONTHLY' ? 2 : -1);
    for (const o of await s.obligations(1, '2026-01', '2026-06')) await s.fileAndAccept(o, -1);
  });
  afterAll(() => t.close());

  it('without a scheme, the year scores by its simple rules: the default scheme changes no score', async () => {
    const scheme = await http('get', '/api/assessments/2026/scheme');
    expect(scheme.status).toBe(200);
    expect(scheme.body.isDefault).toBe(true);
    expect(scheme.body.scheme.categories).toEqual([expect.objectContaining({ maxPoints: 100 })]);
    const ranking = new Map((await http('get', '/api/compliance/ranking?from=2026&to=2026')).body.map((r: Row) => [r.unitId, r.score]));
    const before = await list();
    for (const r of before) expect(r.score).toBe(ranking.get(r.unitId));
    // Saving the default explicitly changes nothing either.
    expect((await http('put', '/api/assessments/2026/scheme', scheme.body.scheme)).status).toBe(200);
    expect((await list()).map((r) => [r.unitId, r.score, r.grade])).toEqual(before.map((r) => [r.unitId, r.score, r.grade]));
  });

  it('refuses a bad scheme with 400 and Chinese field messages, writing nothing', async () => {
    const bad = { ...SCHEME, rules: [{ ...SCHEME.rules[0], categoryId: 'XX' }, { ...SCHEME.rules[1], id: 'LATE' }] };
    const res = await http('put', '/api/assessments/2026/scheme', bad);
    expect(res.status).toBe(400);
    expect(res.body.errors).toMatchObject({ 'rules.0.categoryId': '所属类别不存在', 'rules.1.id': '规则编号重复' });
    const noZero = await http('put', '/api/assessments/2026/scheme', { ...SCHEME, grades: [{ grade: 'PASS', minScore: 60 }] });
    expect(noZero.status).toBe(400);
    expect(Object.values(noZero.body.errors).join()).toContain('最低分为 0');
    expect((await http('put', '/api/assessments/2026/scheme', SCHEME, courtUser)).status).toBe(403);
  });

  it('previews every unit under a proposed scheme without writing it, then scores by it once saved', async () => {
    const preview = await http('post', '/api/assessments/2026/scheme/preview', SCHEME);
    expect(preview.status).toBe(200);
    expect(preview.body).toHaveLength(33);
    const current = await list();
    const counts = new Map(current.map((r) => [r.unitId, r]));
    for (const p of preview.body) {
      expect(p.score).toBe(byHand(counts.get(p.unitId)!));
      expect(p.currentScore).toBe(counts.get(p.unitId)!.score);
    }
    expect((await list()).map((r) => r.score)).toEqual(current.map((r) => r.score)); // nothing written
    expect((await http('put', '/api/assessments/2026/scheme', SCHEME)).status).toBe(200);
    const saved = await list();
    for (const r of saved) expect(r.score).toBe(byHand(r));
    // 优秀 ≤ 10 % of 33 units: 3 seats, the first three of the ranking.
    expect(saved.filter((r) => r.grade === 'EXCELLENT').map((r) => r.rank)).toEqual(saved.filter((r) => r.score >= 90).slice(0, 3).map((r) => r.rank));
    expect(saved.filter((r) => r.grade === 'EXCELLENT')).toHaveLength(Math.min(3, saved.filter((r) => r.score >= 90).length));
  });

  it('traces each point: per-item rows with caps, the rate and its band', async () => {
    const b = (await http('get', `/api/assessments/2026-${bureau}`)).body;
    const late = b.deductions.filter((d: Row) => d.ruleId === 'LATE');
    expect(late.length).toBe(b.late);
    expect(late.filter((d: Row) => d.points === 1)).toHaveLength(Math.min(3, b.late));
    expect(late.filter((d: Row) => d.capped).every((d: Row) => d.points === 0 && d.label.includes('已达上限'))).toBe(true);
    const lost = b.deductions.reduce((sum: number, d: Row) => sum + Math.round(d.points * 100), 0) / 100;
    expect(lost).toBe(b.deductionTotal);
    expect(b.categories.map((c: Row) => c.name)).toEqual(['报送工作', '按时报送']);
    const court2026 = (await http('get', `/api/assessments/2026-${court}`)).body;
    expect(court2026.deductions).toContainEqual(expect.objectContaining({ kind: 'RATE_THRESHOLD', ruleId: 'ONTIME', label: expect.stringMatching(/^按时率：按时率\d/) }));
  });

  it('a unit declares bonuses; the office confirms one and refuses another with a reason; caps hold', async () => {
    const before = (await http('get', `/api/assessments/2026-${court}`)).body.score;
    const declare = (points: number, reason: string) => http('post', '/api/assessments/2026/bonuses', { category: 'CX', points, reason }, courtUser);
    const over = await declare(2.5, '推行信用承诺制，形成典型经验');
    expect(over.status).toBe(400);
    expect(over.body.errors.points).toContain('最多加 2 分');
    expect((await http('post', '/api/assessments/2026/bonuses', { category: 'NOPE', points: 1, reason: '没有这个加分项目' }, courtUser)).body.errors.category).toBeDefined();
    const a = (await declare(2, '推行信用承诺制，形成典型经验')).body;
    const b = (await declare(2, '建成信用修复一站式窗口')).body;
    const c = (await declare(1.5, '信用信息共享经验被省里推广')).body;
    expect(a).toMatchObject({ status: 'PENDING', statusLabel: '待确认', unitId: court, categoryName: '创新做法' });
    // Declared but not confirmed: no points yet.
    expect((await http('get', `/api/assessments/2026-${court}`)).body.score).toBe(before);
    expect((await http('post', `/api/bonuses/${a.id}/decision`, { decision: 'CONFIRM' }, courtUser)).status).toBe(403);
    expect((await http('post', `/api/bonuses/${b.id}/decision`, { decision: 'REFUSE' })).body.errors.reason).toBe('不予确认时须填写理由');
    expect((await http('post', `/api/bonuses/${a.id}/decision`, { decision: 'CONFIRM' })).body.status).toBe('CONFIRMED');
    expect((await http('post', `/api/bonuses/${a.id}/decision`, { decision: 'CONFIRM' })).status).toBe(409);
    expect((await http('post', `/api/bonuses/${b.id}/decision`, { decision: 'REFUSE', reason: '属常规工作，不符合创新做法' })).body.status).toBe('REFUSED');
    expect((await http('post', `/api/bonuses/${c.id}/decision`, { decision: 'CONFIRM' })).status).toBe(200);
    // 2 + 1.5 = 3.5 → the rule's cap 3.
    const after = (await http('get', `/api/assessments/2026-${court}`)).body;
    expect(after.bonusTotal).toBe(3);
    expect(after.score).toBe(Math.round((before + 3) * 100) / 100);
    expect(after.deductions.filter((d: Row) => d.kind === 'BONUS').map((d: Row) => [d.points, d.capped])).toEqual([[2, false], [1, true]]);
    // A unit sees its own claims only; the audit has each step.
    const other = await t.userToken('UNIT', bureau);
    expect((await http('get', '/api/bonuses', undefined, other)).body).toEqual([]);
    expect((await http('get', `/api/bonuses/${a.id}`, undefined, other)).status).toBe(404);
    const events = await t.prisma.auditEvent.findMany({ where: { resource: 'bonuses' } });
    expect(events.map((e) => e.action).sort()).toEqual(['CONFIRM', 'CONFIRM', 'CREATE', 'CREATE', 'CREATE', 'REFUSE']);
  });

  it('a claim\'s evidence: the unit\'s own uploads only, kept by the hourly sweep while unattached uploads go', async () => {
    const XLSX = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(2_000, 1)]);
    const upload = async (token: string) => (await t.http().post('/api/attachments').set(bearer(token)).attach('file', XLSX, '典型经验材料.xlsx')).body.id as number;
    const evidence = await upload(courtUser);
    const loose = await upload(courtUser);
    const theirs = await upload(await t.userToken('UNIT', bureau));
    const bad = await http('post', '/api/assessments/2026/bonuses', { category: 'CX', points: 1, reason: '信用承诺制改革典型经验', attachmentIds: [theirs] }, courtUser);
    expect([bad.status, bad.body.errors.attachmentIds]).toEqual([400, '附件不存在，或不是本单位上传的材料']);
    const ok = await http('post', '/api/assessments/2026/bonuses', { category: 'CX', points: 1, reason: '信用承诺制改革典型经验', attachmentIds: [evidence, evidence] }, courtUser);
    expect([ok.status, ok.body.attachmentIds]).toEqual([201, [evidence]]);
    t.clock.set(new Date(t.clock.now().getTime() + 25 * 3_600_000));
    await t.app.get(AttachmentsService).sweepUnattached();
    t.clock.set(TEST_NOW);
    const left = (await t.prisma.attachment.findMany({ where: { id: { in: [evidence, loose, theirs] } }, select: { id: true } })).map((a) => a.id);
    expect(left).toEqual([evidence]);
    // Not counted: refuse it, so the scores of the tests below stay as they were.
    expect((await http('post', `/api/bonuses/${ok.body.id}/decision`, { decision: 'REFUSE', reason: '证明材料不足以说明创新' })).status).toBe(200);
  });

  it('容缺: a category that does not apply scores the average of the units it applies to', async () => {
    const res = await http('post', '/api/assessments/2026/exclusions', { unitId: bureau, categoryId: 'GJ', reason: '本单位职能调整，按时报送不适用' });
    expect(res.status).toBe(201);
    expect((await http('post', '/api/assessments/2026/exclusions', { unitId: bureau, categoryId: 'GJ', reason: '重复提交的容缺' })).status).toBe(409);
    expect((await http('post', '/api/assessments/2026/exclusions', { unitId: bureau, categoryId: 'ZZ', reason: '没有这个类别的容缺' })).body.errors.categoryId).toBeDefined();
    const rows = await list();
    const others: Row[] = [];
    // One after the other: one account has at most 8 requests in flight.
    for (const r of rows.filter((x) => x.unitId !== bureau)) others.push((await http('get', `/api/assessments/${r.id}`)).body);
    const gj = (x: Row) => x.categories.find((c: Row) => c.categoryId === 'GJ').score;
    const average = Math.round((others.reduce((sum, x) => sum + gj(x), 0) / others.length) * 100) / 100;
    const b = (await http('get', `/api/assessments/2026-${bureau}`)).body;
    expect(b.categories).toContainEqual({ categoryId: 'GJ', name: '按时报送', score: average, notApplicable: true });
    expect(b.score).toBe(byHand(b, 0, average));
    expect(b.deductions).toContainEqual(expect.objectContaining({ kind: 'NOT_APPLICABLE', label: expect.stringContaining(`其他${others.length}个单位`) }));
    expect(b.exclusions).toEqual([expect.objectContaining({ categoryId: 'GJ', reason: '本单位职能调整，按时报送不适用' })]);
  });

  it('finalising freezes the scheme, the grades and every traced row with an id; reopening keeps them computed', async () => {
    const live = await list();
    const detail = (await http('get', `/api/assessments/2026-${court}`)).body;
    expect((await http('post', '/api/assessments/2026/finalise')).status).toBe(200);
    const frozen = await list();
    expect(frozen.map(({ finalised, ...r }) => r)).toEqual(live.map(({ finalised, ...r }) => r));
    const fd = (await http('get', `/api/assessments/2026-${court}`)).body;
    expect(fd.deductions.every((d: Row) => Number.isInteger(d.id))).toBe(true);
    expect(fd.deductions.map((d: Row) => [d.key, d.kind, d.points, d.label])).toEqual(detail.deductions.map((d: Row) => [d.key, d.kind, d.points, d.label]));
    expect(fd.scheme).toEqual(detail.scheme);
    expect((await http('put', '/api/assessments/2026/scheme', SCHEME)).status).toBe(409);
    expect((await http('post', '/api/assessments/2026/bonuses', { category: 'CX', points: 1, reason: '定稿后申报的加分' }, courtUser)).status).toBe(409);
    expect((await http('post', '/api/assessments/2026/reopen', { reason: '核对加分材料，重新核算' })).status).toBe(200);
    expect((await list()).map((r) => r.score)).toEqual(live.map((r) => r.score));
  });
});

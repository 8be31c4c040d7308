// A word for every decision (issue 17): a unit is told in-app (and by mail through the outbox) when its filing
// is returned or accepted, its explanation decided, its bonus or appeal decided, a circular published, the
// preliminary assessment published — each exactly once, in the decision's own transaction.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { COUNTS } from './support/scenario.ts';
import { buildScenario, type Scenario } from './support/scenario.ts';
import { bearer, startTestApp, type TestApp } from './support/test-app.ts';

type Row = Record<string, any>;

describe('decision notices', () => {
  let t: TestApp;
  let s: Scenario;
  let court: { id: number; name: string };
  let courtUser: string;

  const http = (method: 'get' | 'post' | 'put', url: string, body?: object, token = s.admin) => {
    const req = t.http()[method](url).set(bearer(token));
    return body ? req.send(body) : req;
  };
  const decisions = async (unitId: number) =>
    t.prisma.notice.findMany({ where: { kind: 'DECISION', unitId }, orderBy: { id: 'asc' }, include: { mails: true } });
  const obligation = async (period: string) =>
    t.prisma.obligation.findFirstOrThrow({ where: { unitId: court.id, period, stream: { code: 'SGS_MONTHLY' } }, include: { stream: true } });

  beforeAll(async () => {
    t = await startTestApp({ TRACKING_START: '2026-01' });
    s = await buildScenario(t);
    court = s.units[1]!;
    courtUser = await t.userToken('UNIT', court.id);
    await t.prisma.contact.create({ data: { unitId: court.id, name: '王五', primary: true, email: 'wangwu@court.example.cn' } });
  });
  afterAll(() => t.close());

  it('a return tells the unit why and until when; the accepted re-filing tells it how it counts', async () => {
    const o = await obligation('2026-09');
    const first = await http('post', '/api/submissions', { obligationId: o.id, kind: 'DATA', counts: COUNTS }, courtUser);
    expect((await http('post', '/api/reviews', { submissionId: first.body.id, decision: 'RETURN', reason: '附件缺少盖章页' })).status).toBe(201);
    let notices = await decisions(court.id);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ stage: 'FILING_RETURNED', obligationIds: [o.id], title: '【退回】“双公示”信息月度统计 2026年9月的报送被退回，请修改后重新报送' });
    expect(notices[0]!.body).toContain('（第1版）经审核退回。意见：附件缺少盖章页。请于');
    expect(notices[0]!.mails.map((m) => m.recipient)).toEqual(['wangwu@court.example.cn']);
    // The unit sees it in its inbox.
    const inbox = await http('get', '/api/notices', undefined, courtUser);
    expect(inbox.body.map((n: Row) => n.title)).toContain(notices[0]!.title);

    const second = await http('post', '/api/submissions', { obligationId: o.id, kind: 'DATA', counts: COUNTS }, courtUser);
    await http('post', '/api/reviews', { submissionId: second.body.id, decision: 'ACCEPT' });
    notices = await decisions(court.id);
    expect(notices.map((n) => n.stage)).toEqual(['FILING_RETURNED', 'FILING_ACCEPTED']);
    expect(notices[1]!.body).toBe(`${court.name}：你单位报送的“双公示”信息月度统计 2026年9月（第2版）已审核通过，记为迟报。`);
    // A second decision on the same review is refused, and tells nobody anything.
    expect((await http('post', '/api/reviews', { submissionId: second.body.id, decision: 'ACCEPT' })).status).toBe(409);
    expect(await decisions(court.id)).toHaveLength(2);
  });

  it('the chase never cancels a decision\'s mail (the obligation is settled, the decision still stands)', async () => {
    await http('post', '/api/notices/jobs/run', { asOf: '2026-11-27T10:00:00+08:00' });
    const mails = (await decisions(court.id)).flatMap((n) => n.mails);
    expect(mails.every((m) => m.status !== 'CANCELLED')).toBe(true);
  });

  it('an explanation decided, either way', async () => {
    const o = await obligation('2026-08');
    const e = await http('post', '/api/explanations', { obligationId: o.id, category: 'SYSTEM_FAILURE', text: '报送系统故障，无法上传' }, courtUser);
    expect((await http('post', `/api/explanations/${e.body.id}/decision`, { decision: 'REJECT', reason: '未提供故障证明' })).status).toBe(200);
    const last = (await decisions(court.id)).at(-1)!;
    expect(last).toMatchObject({ stage: 'EXPLANATION_REJECTED', title: '【未报说明】“双公示”信息月度统计 2026年8月的说明不予采纳' });
    expect(last.body).toContain('仍按逾期未报计，请尽快补报。意见：未提供故障证明。');
  });

  it('a circular published reaches every unit of it, once', async () => {
    const draft = await http('post', '/api/circulars', { year: 2026, quarter: 3 });
    expect(draft.status).toBe(201);
    const published = await http('post', `/api/circulars/${draft.body.id}/publish`, { issuedOn: '2026-11-27' });
    expect(published.status).toBe(200);
    const all = await t.prisma.notice.findMany({ where: { kind: 'DECISION', stage: 'CIRCULAR_PUBLISHED' } });
    expect(all).toHaveLength(33);
    expect(new Set(all.map((n) => n.unitId)).size).toBe(33);
    expect(all.find((n) => n.unitId === court.id)!.title).toBe(`【通报】${published.body.title}（${published.body.number}）已印发`);
    expect((await http('post', `/api/circulars/${draft.body.id}/publish`, { issuedOn: '2026-11-27' })).status).toBe(409);
    expect(await t.prisma.notice.count({ where: { kind: 'DECISION', stage: 'CIRCULAR_PUBLISHED' } })).toBe(33);
  });

  it('the preliminary assessment, a bonus and an appeal decided', async () => {
    const scheme = (await http('get', '/api/assessments/2026/scheme')).body.scheme;
    scheme.rules.push({ kind: 'BONUS', id: 'CX', categoryId: scheme.categories[0].id, name: '创新做法', pointsEach: 2, cap: 2 });
    expect((await http('put', '/api/assessments/2026/scheme', scheme)).status).toBe(200);
    const claim = await http('post', '/api/assessments/2026/bonuses', { category: 'CX', points: 2, reason: '推行信用承诺制，形成典型经验' }, courtUser);
    await http('post', `/api/bonuses/${claim.body.id}/decision`, { decision: 'REFUSE', reason: '材料不全' });
    expect((await decisions(court.id)).at(-1)).toMatchObject({ stage: 'BONUS_REFUSED', title: '【加分申报】2026年度“创新做法”不予确认' });

    expect((await http('post', '/api/assessments/2026/preliminary', {})).status).toBe(200);
    const prelim = await t.prisma.notice.findMany({ where: { kind: 'DECISION', stage: 'PRELIMINARY_PUBLISHED' } });
    expect(prelim).toHaveLength(33);
    const mine = (await http('get', `/api/assessments/2026-${court.id}`)).body;
    expect(prelim.find((n) => n.unitId === court.id)!.body).toContain(`你单位得分${mine.score}分，等次“${mine.gradeLabel}”`);

    const appeal = await http('post', '/api/assessments/2026/appeals', { bonusId: claim.body.id, reason: '已补充盖章的证明材料，请复核' }, courtUser);
    await http('post', `/api/appeals/${appeal.body.id}/decision`, { decision: 'UPHOLD', reason: '补充材料齐全' });
    expect((await decisions(court.id)).at(-1)).toMatchObject({ stage: 'APPEAL_UPHELD', title: '【申诉复核】2026年度考核申诉：申诉成立' });
    // Each decision once: one notice per key.
    const keys = (await t.prisma.notice.findMany({ where: { kind: 'DECISION' }, select: { dedupeKey: true } })).map((n) => n.dedupeKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

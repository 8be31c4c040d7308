// Issue 13: a unit withdraws a filing still in review; the office reopens an accepted one with a reason. Both are
// audited transitions that keep DESIGN.md §2.3 true: withdrawn, a filing counts as never filed (未到期 before the
// due time, 逾期未报 after); reopened, it is 待审核 again, and accepted again it keeps the timeliness of its filing.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ObligationsService } from '../backend/src/obligations/obligations.service.ts';
import { COUNTS } from './support/scenario.ts';
import { bearer, startTestApp, TEST_NOW, type TestApp } from './support/test-app.ts';

// SGS_MONTHLY 2026-10 is due 2026-11-05; on 11-03 it is fileable (October has ended) and not yet due.
const BEFORE_DUE = '2026-11-03T10:00:00+08:00';

describe('withdraw and reopen', () => {
  let t: TestApp;
  const tokens: Record<'admin' | 'a' | 'b' | 'leader', string> = { admin: '', a: '', b: '', leader: '' };
  const units: { a: number; b: number } = { a: 0, b: 0 };
  const obligation: { a: number; b: number } = { a: 0, b: 0 };
  let users: { a: string; b: string };

  const signIn = async () => {
    tokens.admin = await t.adminToken();
    tokens.a = await t.login(users.a, 'password-123');
    tokens.b = await t.login(users.b, 'password-123');
    tokens.leader = await t.userToken('LEADER');
  };
  const post = (url: string, who: keyof typeof tokens, body: object = {}) => t.http().post(url).set(bearer(tokens[who])).send(body);
  const file = async (who: 'a' | 'b') => {
    const res = await post('/api/submissions', who, { obligationId: obligation[who], kind: 'DATA', counts: COUNTS, attachments: [] });
    expect(res.status).toBe(201);
    return res.body.id as number;
  };
  const status = async (who: 'a' | 'b') => {
    const res = await t.http().get(`/api/obligations/${obligation[who]}`).set(bearer(tokens.admin)).expect(200);
    return { status: res.body.status, daysLate: res.body.daysLate, missing: res.body.missing };
  };
  const audit = (action: string, recordId: number) => t.prisma.auditEvent.findMany({ where: { resource: 'submissions', action, recordId: String(recordId) } });

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(BEFORE_DUE);
    await t.app.get(ObligationsService).generate(new Date(BEFORE_DUE));
    const [a, b] = await t.prisma.unit.findMany({ orderBy: { sortOrder: 'asc' }, take: 2 });
    units.a = a!.id;
    units.b = b!.id;
    const admin = await t.adminToken();
    const make = async (unitId: number, username: string) => {
      await t.http().post('/api/users').set(bearer(admin)).send({ username, password: 'password-123', role: 'UNIT', unitId }).expect(201);
      return username;
    };
    users = { a: await make(units.a, 'withdraw_a'), b: await make(units.b, 'withdraw_b') };
    for (const who of ['a', 'b'] as const) {
      obligation[who] = (await t.prisma.obligation.findFirstOrThrow({ where: { unitId: units[who], period: '2026-10', stream: { code: 'SGS_MONTHLY' } } })).id;
    }
    await signIn();
  });
  afterAll(() => t.close());

  let onTimeFiling: number;

  it('before the due time: a withdrawn filing leaves the obligation 未到期, audited, the unit may file again', async () => {
    const id = await file('a');
    expect(await status('a')).toMatchObject({ status: 'SUBMITTED' });
    const res = await post(`/api/submissions/${id}/withdraw`, 'a');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id, reviewState: 'WITHDRAWN', withdrawnAt: expect.any(String) });
    expect(await status('a')).toEqual({ status: 'PENDING', daysLate: null, missing: false });
    const [event, ...more] = await audit('WITHDRAW', id);
    expect(more).toEqual([]);
    expect(event).toMatchObject({ unitId: units.a, before: expect.objectContaining({ reviewState: 'PENDING' }), after: expect.objectContaining({ reviewState: 'WITHDRAWN' }) });
    // Out of the review queue; the office cannot decide it any more.
    const queue = await t.http().get('/api/submissions?filter={"reviewState":"PENDING"}').set(bearer(tokens.admin)).expect(200);
    expect(queue.body.map((s: { id: number }) => s.id)).not.toContain(id);
    const review = await post('/api/reviews', 'admin', { submissionId: id, decision: 'ACCEPT' });
    expect(review.status).toBe(409);
    expect(review.body.message).toMatch(/撤回/);
    // Filed again: the next version, in review.
    const again = await file('a');
    expect((await t.prisma.submission.findUniqueOrThrow({ where: { id: again } })).version).toBe(2);
    expect(await status('a')).toMatchObject({ status: 'SUBMITTED' });
  });

  it('unit B files on time and the office accepts: 按时', async () => {
    onTimeFiling = await file('b');
    expect((await post('/api/reviews', 'admin', { submissionId: onTimeFiling, decision: 'ACCEPT' })).status).toBe(201);
    expect(await status('b')).toEqual({ status: 'ON_TIME', daysLate: 0, missing: false });
  });

  it('after the due time: a withdrawn filing leaves the obligation 逾期未报', async () => {
    t.clock.set(TEST_NOW);
    await signIn();
    const pending = (await t.prisma.submission.findFirstOrThrow({ where: { obligationId: obligation.a, withdrawnAt: null } })).id;
    expect(await status('a')).toMatchObject({ status: 'SUBMITTED' });
    expect((await post(`/api/submissions/${pending}/withdraw`, 'a')).status).toBe(200);
    expect(await status('a')).toEqual({ status: 'OVERDUE', daysLate: null, missing: true });
  });

  it('withdraw: 409 once withdrawn or reviewed, 404 for another unit, 403 for the office', async () => {
    const withdrawn = (await t.prisma.submission.findFirstOrThrow({ where: { obligationId: obligation.a, version: 2 } })).id;
    const again = await post(`/api/submissions/${withdrawn}/withdraw`, 'a');
    expect([again.status, again.body.message]).toEqual([409, '该报送已撤回']);
    const reviewed = await post(`/api/submissions/${onTimeFiling}/withdraw`, 'b');
    expect([reviewed.status, reviewed.body.message]).toEqual([409, '该报送已审核，不能撤回']);
    const other = await post(`/api/submissions/${onTimeFiling}/withdraw`, 'a');
    expect([other.status, other.body.message]).toEqual([404, '报送记录不存在']);
    expect((await post('/api/submissions/999999/withdraw', 'a')).status).toBe(404);
    expect((await post(`/api/submissions/${withdrawn}/withdraw`, 'admin')).status).toBe(403);
    expect((await post(`/api/submissions/${withdrawn}/withdraw`, 'leader')).status).toBe(403);
    expect(await audit('WITHDRAW', onTimeFiling)).toEqual([]);
  });

  it('reopen: a reason is required (400 in Chinese), only the office, only an accepted filing', async () => {
    for (const body of [{}, { reason: '   ' }]) {
      const res = await post(`/api/submissions/${onTimeFiling}/reopen`, 'admin', body);
      expect(res.status).toBe(400);
      expect(res.body.errors.reason).toMatch(/[\u4e00-\u9fff]/);
    }
    expect((await post(`/api/submissions/${onTimeFiling}/reopen`, 'b', { reason: '重新审核' })).status).toBe(403);
    expect((await post(`/api/submissions/${onTimeFiling}/reopen`, 'leader', { reason: '重新审核' })).status).toBe(403);
    expect((await post('/api/submissions/999999/reopen', 'admin', { reason: '重新审核' })).status).toBe(404);
    const withdrawn = (await t.prisma.submission.findFirstOrThrow({ where: { obligationId: obligation.a, version: 2 } })).id;
    const notAccepted = await post(`/api/submissions/${withdrawn}/reopen`, 'admin', { reason: '重新审核' });
    expect([notAccepted.status, notAccepted.body.message]).toEqual([409, '只有已审核通过的报送可以重新打开']);
    expect(await status('b')).toMatchObject({ status: 'ON_TIME' });
  });

  it('reopened: 待审核 again with its reason, audited; accepted again it stays 按时', async () => {
    const reason = '附件中的统计数与填报数不一致，重新审核';
    const res = await post(`/api/submissions/${onTimeFiling}/reopen`, 'admin', { reason });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ reviewState: 'PENDING', review: null, reopenReason: reason, reopenedAt: expect.any(String) });
    expect(await status('b')).toEqual({ status: 'SUBMITTED', daysLate: null, missing: false });
    const [event] = await audit('REOPEN', onTimeFiling);
    expect(event).toMatchObject({
      unitId: units.b,
      before: expect.objectContaining({ reviewState: 'ACCEPTED', review: expect.objectContaining({ decision: 'ACCEPT' }) }),
      after: expect.objectContaining({ reviewState: 'PENDING', reopenReason: reason }),
    });
    // The unit sees it in review again, with the office's reason.
    const seen = await t.http().get(`/api/submissions/${onTimeFiling}`).set(bearer(tokens.b)).expect(200);
    expect(seen.body).toMatchObject({ reviewState: 'PENDING', reopenReason: reason });
    // Accepted again three weeks after its due time: its filing was on time, so it is still 按时.
    expect((await post('/api/reviews', 'admin', { submissionId: onTimeFiling, decision: 'ACCEPT' })).status).toBe(201);
    expect(await status('b')).toEqual({ status: 'ON_TIME', daysLate: 0, missing: false });
    const twice = await post(`/api/submissions/${onTimeFiling}/reopen`, 'admin', { reason: '再次核对' });
    expect(twice.status).toBe(200);
    expect(await audit('REOPEN', onTimeFiling)).toHaveLength(2);
  });

  it('a failed transition changes nothing and leaves no audit event', async () => {
    const before = await t.prisma.auditEvent.count();
    const states = await t.prisma.obligation.findMany({ select: { id: true, state: true }, orderBy: { id: 'asc' } });
    await post(`/api/submissions/${onTimeFiling}/withdraw`, 'a').expect(404);
    await post(`/api/submissions/${onTimeFiling}/reopen`, 'admin', { reason: '已在审核中' }).expect(409);
    expect(await t.prisma.auditEvent.count()).toBe(before);
    expect(await t.prisma.obligation.findMany({ select: { id: true, state: true }, orderBy: { id: 'asc' } })).toEqual(states);
  });
});

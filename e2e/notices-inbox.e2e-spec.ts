// Issue 5, acceptance 4 and the API around the job: unit users see only their own notices (404 for the rest),
// read marks and unread counts per user, the office's list with delivery status (in-app only without
// SMTP_URL, and the outbox says so), previews that store nothing, thresholds the office changes, and bad
// input answered with Chinese field errors.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SchedulerRegistry } from '@nestjs/schedule';
import { type ChaseApp, startChaseApp } from './support/notices.ts';
import { bearer, startTestApp } from './support/test-app.ts';

const CHINESE = /[\u4e00-\u9fff]/;
const OWN = '区编办';
const OTHER = '区法院';

describe('notices inbox and API', () => {
  let c: ChaseApp;
  let unit: string;
  let otherUnit: string;
  let leader: string;
  const get = (token: string, url: string, query: Record<string, string> = {}) => c.t.http().get(url).query(query).set(bearer(token));
  const post = (token: string, url: string, body: object = {}) => c.t.http().post(url).set(bearer(token)).send(body);

  beforeAll(async () => {
    c = await startChaseApp({ generatedUpTo: '2026-02-10T08:00:00+08:00', mail: false });
    await c.contact(OWN, '赵科员', 'own@example.cn', { primary: true });
    unit = await c.t.userToken('UNIT', c.unitId(OWN));
    otherUnit = await c.t.userToken('UNIT', c.unitId(OTHER));
    leader = await c.t.userToken('LEADER');
    await c.run('2026-02-06');
    await c.run('2026-02-10');
  });
  afterAll(() => c.close());

  it('a unit user lists only the notices about their unit, never the office summary', async () => {
    const res = await get(unit, '/api/notices', { range: '[0,99]' });
    expect(res.status).toBe(200);
    expect(res.body.map((n: { kind: string }) => n.kind)).toEqual(['ESCALATION', 'OVERDUE']);
    expect(new Set(res.body.map((n: { unitId: number }) => n.unitId))).toEqual(new Set([c.unitId(OWN)]));
    expect(res.headers['content-range']).toBe('notices 0-1/2');
    // Dated by the app's clock (here February 2026), not by the database's.
    for (const n of res.body as { createdAt: string }[]) expect(Math.abs(Date.parse(n.createdAt) - c.t.clock.nowMs())).toBeLessThan(60_000);
    // Asking for another unit's notices by filter still yields only its own (none).
    const filtered = await get(unit, '/api/notices', { filter: JSON.stringify({ unitId: c.unitId(OTHER) }) });
    expect(filtered.body).toEqual([]);
  });

  it('another unit’s notice, and the office summary, are 404 to a unit user — reading and marking alike', async () => {
    const others = await c.t.prisma.notice.findMany({ where: { OR: [{ unitId: c.unitId(OTHER) }, { kind: 'SUMMARY' }] } });
    expect(others.length).toBe(3);
    for (const n of others) {
      expect((await get(unit, `/api/notices/${n.id}`)).status).toBe(404);
      expect((await post(unit, `/api/notices/${n.id}/read`)).status).toBe(404);
    }
    expect((await get(unit, '/api/notices/999999')).status).toBe(404);
    expect((await get(unit, '/api/notices/abc')).status).toBe(404);
  });

  it('unread counts and read marks are per user; the unit’s first read is visible to the office', async () => {
    expect((await get(unit, '/api/notices/unread-count')).body).toEqual({ count: 2 });
    expect((await get(otherUnit, '/api/notices/unread-count')).body).toEqual({ count: 2 });
    const [first] = (await get(unit, '/api/notices', { filter: JSON.stringify({ kind: 'OVERDUE' }) })).body;
    const marked = await post(unit, `/api/notices/${first.id}/read`);
    expect(marked.status).toBe(200);
    expect(marked.body).toMatchObject({ id: first.id, read: true });
    expect(marked.body.addresseeReadAt).not.toBeNull();
    expect(marked.body.mails).toBeUndefined(); // the attempt log is the office's
    expect((await post(unit, `/api/notices/${first.id}/read`)).status).toBe(200); // idempotent
    expect((await get(unit, '/api/notices/unread-count')).body).toEqual({ count: 1 });
    expect((await get(unit, '/api/notices', { filter: JSON.stringify({ read: false }) })).body).toHaveLength(1);
    // The office sees that the unit read it, and has not read it itself.
    const asOffice = (await get(c.admin, `/api/notices/${first.id}`)).body;
    expect(asOffice).toMatchObject({ read: false, addresseeReadAt: marked.body.addresseeReadAt });
    expect(asOffice.mails).toMatchObject([{ recipient: 'own@example.cn', status: 'SKIPPED', attempts: 0, attemptLog: [] }]);
  });

  it('the office inbox counts escalations and summaries; an office read does not stamp a unit’s notice', async () => {
    // 33 escalations on 2/10 and the summary of 2/6.
    expect((await get(c.admin, '/api/notices/unread-count')).body).toEqual({ count: 34 });
    const other = await c.t.prisma.notice.findFirstOrThrow({ where: { unitId: c.unitId(OTHER), kind: 'OVERDUE' } });
    const read = await post(c.admin, `/api/notices/${other.id}/read`);
    expect(read.body).toMatchObject({ read: true, addresseeReadAt: null });
    expect((await get(leader, '/api/notices', { filter: JSON.stringify({ kind: 'SUMMARY' }) })).body).toHaveLength(1);
  });

  it('without SMTP_URL notices stay in-app, and the outbox says so', async () => {
    const [own] = (await get(c.admin, '/api/notices', { filter: JSON.stringify({ unitId: c.unitId(OWN), kind: 'OVERDUE' }) })).body;
    expect(own.delivery).toMatchObject({ status: 'IN_APP_ONLY', total: 1, skipped: 1 });
    expect(own.recipients).toEqual([{ name: '赵科员', email: 'own@example.cn', role: 'CONTACT', contactId: expect.any(Number), mobile: null, channels: ['EMAIL', 'SMS'] }]);
    const [other] = (await get(c.admin, '/api/notices', { filter: JSON.stringify({ unitId: c.unitId(OTHER), kind: 'OVERDUE' }) })).body;
    expect(other.delivery.status).toBe('NO_RECIPIENT');
    const status = await get(c.admin, '/api/mail/status');
    // 区编办's digest to its contact, 33 escalations to the office (no leader on file anywhere), the summary.
    expect(status.body).toMatchObject({ configured: false, counts: { SKIPPED: 35, PENDING: 0, SENT: 0 } });
    expect(status.body.message).toMatch(CHINESE);
    expect((await get(c.admin, '/api/mail/settings')).body).toMatchObject({ configured: false, maxAttempts: 8 });
  });

  it('a preview stores nothing and shows what a run would notice; the office’s thresholds change the job', async () => {
    const before = await c.t.prisma.notice.count();
    const preview = await c.run('2026-03-03', true);
    expect(preview).toMatchObject({ dryRun: true, forDate: '2026-03-03', thresholds: { reminderWorkdays: 2, escalateWorkdays: 3 } });
    expect(preview.counts).toEqual({ REMINDER: 33, OVERDUE: 0, ESCALATION: 0, SUMMARY: 0 });
    expect(preview.notices.every((n) => n.id === null)).toBe(true);
    expect(await c.t.prisma.notice.count()).toBe(before);

    // Remind four working days ahead: the reminder for Thu 3/5 moves from Tue 3/3 to Sat 2/28 (a 调休 working day).
    expect((await c.run('2026-02-28', true)).counts.REMINDER).toBe(0);
    const put = await c.t.http().put('/api/notices/jobs/settings').set(bearer(c.admin)).send({ reminderWorkdays: 4 });
    expect(put.status).toBe(200);
    expect(put.body).toEqual({ id: 'notices', reminderWorkdays: 4, escalateWorkdays: 3 });
    expect((await get(c.admin, '/api/notices/jobs/settings')).body).toEqual(put.body);
    expect((await c.run('2026-02-28', true)).counts.REMINDER).toBe(33);
    expect((await c.run('2026-02-27', true)).counts.REMINDER).toBe(0);
    const audit = await c.t.prisma.auditEvent.findFirst({ where: { resource: 'settings', recordId: 'notices' } });
    expect(audit?.after).toMatchObject({ reminderWorkdays: 4 });
  });

  it.each([
    ['/api/notices/jobs/run', 'post', { asOf: 'tomorrow' }, ['asOf']],
    ['/api/notices/jobs/run', 'post', { asOf: '2026-02-30', dryRun: 'yes' }, ['asOf', 'dryRun']],
    ['/api/notices/jobs/run', 'post', { asOf: '2099-01-05' }, ['asOf']], // a real run for a later day
    ['/api/notices/jobs/settings', 'put', { reminderWorkdays: -1, escalateWorkdays: 0 }, ['escalateWorkdays', 'reminderWorkdays']],
    ['/api/notices/jobs/settings', 'put', { escalateWorkdays: 'three' }, ['escalateWorkdays']],
    ['/api/mail/settings', 'put', { sender: 'not-an-address', maxAttempts: 0 }, ['maxAttempts', 'sender']],
  ])('%s %s %j → 400 naming %j', async (url, method, body, fields) => {
    const res = await c.t.http()[method as 'post' | 'put'](url).set(bearer(c.admin)).send(body);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors).sort()).toEqual(fields);
    for (const message of Object.values(res.body.errors)) expect(message).toMatch(CHINESE);
  });

  it.each([
    ['UNIT', 'post', '/api/notices/jobs/run'],
    ['LEADER', 'post', '/api/notices/jobs/run'],
    ['LEADER', 'put', '/api/notices/jobs/settings'],
    ['UNIT', 'get', '/api/notices/jobs/settings'],
    ['UNIT', 'get', '/api/mail/status'],
  ])('%s may not %s %s (403)', async (role, method, url) => {
    const token = role === 'UNIT' ? unit : leader;
    const res = await c.t.http()[method as 'get' | 'post' | 'put'](url).set(bearer(token)).send({ dryRun: true });
    expect(res.status).toBe(403);
  });

  it('schedules the job at NOTICE_CRON in Asia/Shanghai, and the outbox retries every minute', async () => {
    const t = await startTestApp({ NOTICE_CRON: '0 30 8 * * 1-5' }, { schedulerEnabled: true });
    try {
      const registry = t.app.get(SchedulerRegistry);
      const next = registry.getCronJob('notices').nextDate().setZone('Asia/Shanghai');
      expect([next.hour, next.minute, next.weekday <= 5]).toEqual([8, 30, true]);
      expect(registry.getIntervals()).toContain('mail-outbox');
    } finally {
      await t.close();
    }
  });
});

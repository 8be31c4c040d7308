// Issue 5, acceptance 2 and 3: each notice is stored and mailed exactly once — when the job runs twice for a
// day, when two app instances on one database run it at the same moment, when a run dies half-way and is
// run again, and when the mail server is down during a run (nothing lost, each mail delivered once later).
import { afterEach, describe, expect, it } from '@jest/globals';
import { MailOutbox } from '../backend/src/mail/mail-outbox.service.ts';
import { NoticeJob } from '../backend/src/notices/notice-job.service.ts';
import { type ChaseApp, startChaseApp } from './support/notices.ts';
import { bearer } from './support/test-app.ts';

const DAY = '2026-02-06'; // the day after January's due day: 33 overdue digests and the office summary
const AT = new Date(`${DAY}T09:00:00+08:00`);
const MINUTE = 60_000;

describe('notices exactly once', () => {
  const opened: ChaseApp[] = [];
  afterEach(async () => {
    for (const c of opened.splice(0).reverse()) await c.close();
  });

  /** A fresh app and database, January's obligations due, every unit with a contact and a leader. */
  async function chase(extra: Parameters<typeof startChaseApp>[0] = {}): Promise<ChaseApp> {
    const c = await startChaseApp({ generatedUpTo: '2026-02-10T08:00:00+08:00', ...extra });
    opened.push(c);
    if (!extra.databaseUrl) {
      const units = await c.t.prisma.unit.findMany();
      await c.t.prisma.contact.createMany({
        data: units.flatMap((u) => [
          { unitId: u.id, name: `联系人${u.id}`, email: `u${u.id}@example.cn`, primary: true },
          { unitId: u.id, name: `分管领导${u.id}`, email: `l${u.id}@example.cn`, leader: true },
        ]),
      });
    }
    return c;
  }

  const counts = async (c: ChaseApp) => ({
    notices: await c.t.prisma.notice.count(),
    mails: await c.t.prisma.mail.count(),
    sent: await c.t.prisma.mail.count({ where: { status: 'SENT' } }),
  });

  it('run twice for the same day: the second run notices and mails nothing', async () => {
    const c = await chase();
    const first = await c.run(DAY);
    expect(first.counts).toEqual({ REMINDER: 0, OVERDUE: 33, ESCALATION: 0, SUMMARY: 1 });
    const second = await c.run(DAY);
    expect(second.notices).toEqual([]);
    expect(await counts(c)).toEqual({ notices: 34, mails: 34, sent: 34 });
    expect(c.smtp!.messages).toHaveLength(34);
    expect(c.smtp!.duplicates()).toEqual([]);
  });

  it('two app instances on one database run at once: each notice stored once, each mail sent once', async () => {
    const one = await chase();
    const two = await chase({ databaseUrl: one.t.databaseUrl, smtp: one.smtp! });
    const preview = await one.run('2026-02-10', true); // overdue digests, escalations and the summary at once
    expect(preview.counts).toEqual({ REMINDER: 0, OVERDUE: 33, ESCALATION: 33, SUMMARY: 1 });
    const [a, b] = await Promise.all([one.run('2026-02-10'), two.run('2026-02-10')]);
    const stored = [...a.notices, ...b.notices];
    expect(stored.map((n) => n.title).sort()).toEqual(preview.notices.map((n) => n.title).sort());
    expect(new Set(stored.map((n) => n.id)).size).toBe(67);
    // Each instance delivers what the outbox holds; together they send each mail once.
    await Promise.all([one.t.app.get(MailOutbox).deliverDue(), two.t.app.get(MailOutbox).deliverDue()]);
    const mails = 33 + 33 * 2 + 1; // digest to the contact; escalation to the leader and the office; summary
    expect(await counts(one)).toEqual({ notices: 67, mails, sent: mails });
    expect(one.smtp!.messages).toHaveLength(mails);
    expect(one.smtp!.duplicates()).toEqual([]);
  });

  it('a run whose mail time is up leaves the rest in the outbox for the next pass', async () => {
    const c = await chase();
    const run = await c.t.app.get(NoticeJob).run(AT, { deliveryBudgetMs: 0 });
    expect(run.mail).toMatchObject({ sent: 0, deferred: true });
    expect(c.smtp!.messages).toEqual([]);
    expect(await c.t.app.get(MailOutbox).deliverDue()).toMatchObject({ sent: 34, deferred: false });
    expect(c.smtp!.duplicates()).toEqual([]);
  });

  it('a run that dies after storing, half-way through mailing: the re-run sends the rest, none twice', async () => {
    const c = await chase();
    const outbox = c.t.app.get(MailOutbox);
    let attempts = 0;
    outbox.hooks.afterAttempt = () => {
      if (++attempts === 10) throw new Error('killed');
    };
    await expect(c.t.app.get(NoticeJob).run(AT)).rejects.toThrow('killed');
    outbox.hooks = {};
    const halfway = c.smtp!.messages.length;
    expect(halfway).toBeGreaterThanOrEqual(10);
    expect(halfway).toBeLessThan(34);
    expect(await counts(c)).toEqual({ notices: 34, mails: 34, sent: halfway });

    const rerun = await c.run(DAY);
    expect(rerun.notices).toEqual([]);
    expect(rerun.mail).toMatchObject({ sent: 34 - halfway, failed: 0 });
    expect(c.smtp!.messages).toHaveLength(34);
    expect(c.smtp!.duplicates()).toEqual([]);
  });

  it('a run that dies before its transaction commits stores nothing; the re-run stores and sends everything once', async () => {
    const c = await chase();
    const job = c.t.app.get(NoticeJob);
    job.hooks.beforeCommit = () => {
      throw new Error('killed');
    };
    await expect(job.run(AT)).rejects.toThrow('killed');
    job.hooks = {};
    expect(await counts(c)).toEqual({ notices: 0, mails: 0, sent: 0 });
    expect(await c.t.prisma.noticeObligation.count()).toBe(0);
    expect((await c.run(DAY)).counts).toEqual({ REMINDER: 0, OVERDUE: 33, ESCALATION: 0, SUMMARY: 1 });
    expect(c.smtp!.messages).toHaveLength(34);
    expect(c.smtp!.duplicates()).toEqual([]);
  });

  it('SMTP down during a run: notices stored, attempts recorded, and each mail delivered once when it is back', async () => {
    const c = await chase();
    const outbox = c.t.app.get(MailOutbox);
    await c.smtp!.down();
    const run = await c.run(DAY);
    expect(run.counts.OVERDUE).toBe(33);
    expect(run.mail).toMatchObject({ sent: 0, halted: true });
    const failed = await c.t.prisma.mailAttempt.findMany({ where: { ok: false } });
    expect(failed.length).toBeGreaterThan(0);
    expect(failed[0].error).toMatch(/ECONNECTION|ECONNREFUSED|ESOCKET/);
    expect(await c.t.prisma.mail.count({ where: { status: 'PENDING' } })).toBe(34);
    // The office sees the delay on the notice.
    const admin = c.admin;
    const list = await c.t.http().get('/api/notices').query({ range: '[0,99]' }).set(bearer(admin));
    expect(new Set(list.body.map((n: { delivery: { status: string } }) => n.delivery.status))).toEqual(new Set(['PENDING']));

    // Still down a minute later: the retry is recorded too, nothing is lost.
    await outbox.deliverDue(new Date(c.t.clock.nowMs() + 2 * MINUTE));
    expect(await c.t.prisma.mail.count({ where: { status: 'PENDING' } })).toBe(34);

    await c.smtp!.up();
    const later = await outbox.deliverDue(new Date(c.t.clock.nowMs() + 60 * MINUTE));
    expect(later).toMatchObject({ sent: 34, failed: 0, halted: false });
    expect(await outbox.deliverDue(new Date(c.t.clock.nowMs() + 24 * 60 * MINUTE))).toMatchObject({ sent: 0 });
    expect(c.smtp!.messages).toHaveLength(34);
    expect(c.smtp!.duplicates()).toEqual([]);
    const retried = await c.t.prisma.mail.findUniqueOrThrow({ where: { id: failed[0].mailId }, include: { attemptsLog: true } });
    expect(retried.attemptsLog.map((a) => a.ok)).toEqual([...retried.attemptsLog.slice(0, -1).map(() => false), true]);
    expect(retried.status).toBe('SENT');
  });

  it('gives a mail up after the configured attempts, and cancels it when the unit files before it could go out', async () => {
    const c = await chase();
    const outbox = c.t.app.get(MailOutbox);
    const put = await c.t.http().put('/api/mail/settings').set(bearer(c.admin)).send({ maxAttempts: 2 });
    expect(put.status).toBe(200);
    await c.smtp!.down();
    await c.run(DAY);
    // 区编办 files its two January reports before the server is back.
    for (const stream of ['SGS_MONTHLY', 'XYDM']) await c.file('区编办', '2026-01', `${DAY}T10:00:00+08:00`, stream);
    // Passes while the server stays down, each an hour later, until no mail is left to try.
    for (let hour = 1; hour <= 40 && (await c.t.prisma.mail.count({ where: { status: 'PENDING' } })) > 0; hour++) {
      await outbox.deliverDue(new Date(c.t.clock.nowMs() + hour * 60 * MINUTE));
    }
    const byStatus = await c.t.prisma.mail.groupBy({ by: ['status'], _count: { _all: true } });
    expect(Object.fromEntries(byStatus.map((g) => [g.status, g._count._all]))).toEqual({ CANCELLED: 1, FAILED: 33 });
    const cancelled = await c.t.prisma.mail.findFirstOrThrow({ where: { status: 'CANCELLED' } });
    expect(cancelled.recipient).toBe(`u${c.unitId('区编办')}@example.cn`);
    const failed = await c.t.prisma.mail.findMany({ where: { status: 'FAILED' }, include: { attemptsLog: true } });
    for (const m of failed) expect(m.attemptsLog.map((a) => a.ok)).toEqual([false, false]);
    // Back up: given-up mails stay given up (the office sees FAILED on the notice), nothing is sent twice.
    await c.smtp!.up();
    expect(await outbox.deliverDue(new Date(c.t.clock.nowMs() + 48 * 60 * MINUTE))).toMatchObject({ sent: 0 });
    expect(c.smtp!.messages).toEqual([]);
    const notice = await c.t.http().get(`/api/notices/${failed[0].noticeId}`).set(bearer(c.admin));
    expect(notice.body.delivery).toMatchObject({ status: 'FAILED', failed: 1 });
    expect(notice.body.mails[0].attemptLog).toHaveLength(2);
  });
});

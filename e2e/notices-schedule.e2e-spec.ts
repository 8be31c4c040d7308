// Issue 5, acceptance 1: the job run day by day through two months — January 2026 (due Thu 2/5) and April
// 2026 (due Wed 5/6, after the 劳动节 holiday 5/1–5/5, with Saturday 5/9 a 调休 working day). Reminders go out
// on the right working day, overdue digests the day after the due day, escalations after 3 working days,
// the office summary once; a unit that filed gets nothing more; a run after two months of downtime catches up
// in one digest per unit and stage. Mails arrive at a real SMTP server.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addDays } from '../backend/src/domain/dates.ts';
import { type ChaseApp, kindsFor, OFFICE_EMAIL, PUBLIC_URL, type RunResult, startChaseApp } from './support/notices.ts';

// 区科技局, 区司法局, 区财政局 owe only SGS_MONTHLY; 区工商分局 owes SGS_MONTHLY, HHB and XYDM.
const A = '区科技局';
const B = '区司法局';
const C = '区财政局';
const D = '区工商分局';

function daysFrom(first: string, last: string): string[] {
  const days: string[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) days.push(d);
  return days;
}

describe('notices job, day by day', () => {
  let c: ChaseApp;
  /** Every run's result by day. */
  const runs = new Map<string, RunResult>();
  /** The days on which each kind reached a unit. */
  const daysOf = (unit: string, kind: string) =>
    [...runs].filter(([, r]) => kindsFor(r, c.unitId(unit)).includes(kind as never)).map(([day]) => day);

  beforeAll(async () => {
    c = await startChaseApp({ generatedUpTo: '2026-05-20T08:00:00+08:00' });
    await c.contact(A, '张科员', 'a-contact@example.cn', { primary: true });
    await c.contact(A, '李局长', 'a-leader@example.cn', { leader: true });
    await c.contact(C, '王科员', 'c-contact@example.cn', { primary: true });

    for (const day of daysFrom('2026-02-01', '2026-02-12')) {
      // B files before the due day, C the day after the overdue notice.
      if (day === '2026-02-05') await c.file(B, '2026-01', '2026-02-04T15:00:00+08:00');
      if (day === '2026-02-07') await c.file(C, '2026-01', '2026-02-07T10:00:00+08:00');
      runs.set(day, await c.run(day));
    }
    // Two and a half months without a run, then day by day through the holiday month.
    for (const day of daysFrom('2026-04-26', '2026-05-12')) runs.set(day, await c.run(day));
  }, 120_000);
  afterAll(() => c.close());

  it('January: reminder on Tue 2/3, overdue digest on Fri 2/6, escalation on Tue 2/10 (3 working days)', () => {
    const feb = (days: string[]) => days.filter((d) => d < '2026-03-01');
    expect(feb(daysOf(A, 'REMINDER'))).toEqual(['2026-02-03']);
    expect(feb(daysOf(A, 'OVERDUE'))).toEqual(['2026-02-06']);
    expect(feb(daysOf(A, 'ESCALATION'))).toEqual(['2026-02-10']);
  });

  it('April, a holiday month: reminder on Wed 4/29, overdue on Thu 5/7, escalation on Sat 5/9 (a 调休 working day)', () => {
    const may = (days: string[]) => days.filter((d) => d > '2026-04-26');
    expect(may(daysOf(A, 'REMINDER'))).toEqual(['2026-04-29']);
    expect(may(daysOf(A, 'OVERDUE'))).toEqual(['2026-05-07']);
    expect(may(daysOf(A, 'ESCALATION'))).toEqual(['2026-05-09']);
  });

  it('the office summary comes once after each monthly due day, on the first run after it', () => {
    const summaries = [...runs].flatMap(([day, r]) => r.notices.filter((n) => n.kind === 'SUMMARY').map((n) => [day, n.stage]));
    // 4/26 is the first run after the due days 3/5 and 4/7: one summary, about the latest.
    expect(summaries).toEqual([
      ['2026-02-06', '2026-02-05'],
      ['2026-04-26', '2026-04-07'],
      ['2026-05-07', '2026-05-06'],
    ]);
    const feb = runs.get('2026-02-06')!.notices.find((n) => n.kind === 'SUMMARY')!;
    // The title counts what the list holds: 32 units, every one of their reports still missing (issue 13).
    expect(feb.title).toBe(`【催报汇总】2026年2月5日截止的报送：32个单位共${feb.obligationIds.length}项尚未报送`);
    expect(feb.obligationIds.length).toBeGreaterThan(32);
    expect(feb.recipients).toEqual([OFFICE_EMAIL]);
  });

  it('one digest per unit: all of a unit’s obligations at that stage in one notice', () => {
    const overdue = runs.get('2026-02-06')!.notices.filter((n) => n.kind === 'OVERDUE');
    expect(overdue).toHaveLength(32); // all 33 units but B, which filed
    const d = overdue.find((n) => n.unitId === c.unitId(D))!;
    expect(d.obligationIds).toHaveLength(3); // SGS_MONTHLY, HHB, XYDM of 2026-01
    expect(d.title).toBe(`【逾期通知】${D}有3项报送已逾期`);
  });

  it('a unit that filed gets nothing more for that report', () => {
    const february = [...runs].filter(([day]) => day < '2026-03-01').map(([, r]) => r);
    const kinds = (unit: string) => february.flatMap((r) => kindsFor(r, c.unitId(unit)));
    expect(kinds(B)).toEqual(['REMINDER']); // filed 2/4, before the due day
    expect(kinds(C)).toEqual(['REMINDER', 'OVERDUE']); // filed 2/7: no escalation on 2/10
    const escalated = runs.get('2026-02-10')!.notices.filter((n) => n.kind === 'ESCALATION');
    expect(escalated.map((n) => n.unitId)).not.toContain(c.unitId(C));
    expect(escalated).toHaveLength(31);
  });

  it('catches up after downtime: one digest per unit and stage for the two missed months, nothing doubled', async () => {
    const catchUp = runs.get('2026-04-26')!;
    expect(kindsFor(catchUp, c.unitId(A))).toEqual(['OVERDUE', 'ESCALATION']);
    const periods = async (ids: number[]) =>
      (await c.t.prisma.obligation.findMany({ where: { id: { in: ids } }, orderBy: { period: 'asc' } })).map((o) => o.period);
    const overdueA = catchUp.notices.find((n) => n.kind === 'OVERDUE' && n.unitId === c.unitId(A))!;
    expect(await periods(overdueA.obligationIds)).toEqual(['2026-02', '2026-03']);
    // Every obligation got each step at most once over all runs.
    const steps = [...runs.values()].flatMap((r) => r.notices.filter((n) => n.kind !== 'SUMMARY').flatMap((n) => n.obligationIds.map((id) => `${n.kind}:${id}`)));
    expect(new Set(steps).size).toBe(steps.length);
    // Running a day again adds nothing.
    expect((await c.run('2026-04-26')).notices).toEqual([]);
  });

  it('mails: reminders and overdue digests to the contact, escalations to the leader and the office', () => {
    const to = (address: string) => c.smtp!.messages.filter((m) => m.to.includes(address)).map((m) => m.subject);
    expect(to('a-contact@example.cn')).toEqual([
      `【报送提醒】${A}有1项报送即将截止`,
      `【逾期通知】${A}有1项报送已逾期`,
      `【逾期通知】${A}有2项报送已逾期`,
      `【报送提醒】${A}有1项报送即将截止`,
      `【逾期通知】${A}有1项报送已逾期`,
    ]);
    expect(to('a-leader@example.cn')).toEqual([
      `【逾期督办】${A}有1项报送逾期超过3个工作日`,
      `【逾期督办】${A}有2项报送逾期超过3个工作日`,
      `【逾期督办】${A}有1项报送逾期超过3个工作日`,
    ]);
    // C filed January after the overdue notice; it has no leader on file, so its escalations reach only the office.
    expect(to('c-contact@example.cn')).toEqual([
      `【报送提醒】${C}有1项报送即将截止`,
      `【逾期通知】${C}有1项报送已逾期`,
      `【逾期通知】${C}有2项报送已逾期`,
      `【报送提醒】${C}有1项报送即将截止`,
      `【逾期通知】${C}有1项报送已逾期`,
    ]);
    expect(to(OFFICE_EMAIL)).toContain(`【逾期督办】${C}有2项报送逾期超过3个工作日`);
    expect(c.smtp!.duplicates()).toEqual([]);
  });

  it('says in Chinese what is overdue, since when, what to do, with a link to the desk', () => {
    const mail = c.smtp!.messages.find((m) => m.to.includes('a-contact@example.cn') && m.subject.startsWith('【逾期通知】'))!;
    expect(mail.text).toContain('张科员：');
    expect(mail.text).toContain('1. “双公示”信息月度统计（2026年1月），应于2026年2月5日前报送，已逾期1天');
    expect(mail.text).toContain('请尽快登录信用办督查考核平台补报');
    expect(mail.text).toContain('提交未报说明');
    expect(mail.text).toContain(`${PUBLIC_URL}/`);
    expect(mail.text).toMatch(new RegExp(`${PUBLIC_URL}/#/notices/\\d+/show`));
    expect(mail.text).toContain('电话：2605859');
    const reminder = c.smtp!.messages.find((m) => m.subject.startsWith('【报送提醒】') && m.to.includes('a-contact@example.cn'))!;
    expect(reminder.text).toContain('截止时间：2026年2月5日（星期四）24时前');
    expect(reminder.from).toBe(OFFICE_EMAIL);
  });
});

import { describe, expect, it } from '@jest/globals';
import { type ChaseCandidate, type ChaseInput, composeNotices, type ContactAddress, dedupeKey, summaryKey } from './notice-composer.ts';
import { SUMMARY_MAX_UNITS } from './notice-texts.ts';

const DUE = new Date('2026-02-05T23:59:59.999+08:00');
const line = (id: number, unitId: number, steps: Partial<ChaseCandidate> = {}): ChaseCandidate => ({
  id,
  unitId,
  unitName: `单位${unitId}`,
  streamName: '“双公示”信息月度统计',
  period: '2026-01',
  dueAt: DUE,
  remind: false,
  overdue: false,
  escalate: false,
  ...steps,
});
let contactIds = 0;
const contact = (unitId: number, email: string, flags: Partial<ContactAddress> = {}): ContactAddress => ({
  id: ++contactIds,
  unitId,
  name: email.split('@')[0],
  email,
  mobile: null,
  primary: false,
  leader: false,
  preferences: { reminders: ['EMAIL'], overdue: ['EMAIL', 'SMS'], decisions: ['EMAIL'] },
  ...flags,
});
const input = (over: Partial<ChaseInput>): ChaseInput => ({
  day: '2026-02-10',
  thresholds: { reminderWorkdays: 2, escalateWorkdays: 3 },
  candidates: [],
  summary: null,
  contacts: [],
  office: { name: '区发改委', email: 'office@example.cn' },
  ...over,
});

describe('composeNotices', () => {
  it('makes one digest per unit and step, in candidate order', () => {
    const drafts = composeNotices(
      input({
        candidates: [
          line(1, 10, { overdue: true, escalate: true }),
          line(2, 10, { overdue: true }),
          line(3, 20, { escalate: true }),
          line(4, 30, { remind: true }),
        ],
      }),
    );
    expect(drafts.map((d) => [d.kind, d.unitId, d.obligationIds])).toEqual([
      ['REMINDER', 30, [4]],
      ['OVERDUE', 10, [1, 2]],
      ['ESCALATION', 10, [1]],
      ['ESCALATION', 20, [3]],
    ]);
    expect(drafts[1].body).toContain('1. “双公示”信息月度统计（2026年1月），应于2026年2月5日前报送，已逾期5天');
  });

  it('sends chases to the working contacts, escalations to the leaders and the office, once per address', () => {
    const contacts = [
      contact(10, 'clerk@example.cn', { primary: true }),
      contact(10, 'Clerk@Example.cn'),
      contact(10, 'boss@example.cn', { leader: true }),
      contact(20, 'only-boss@example.cn', { leader: true }),
    ];
    const drafts = composeNotices(
      input({ contacts, candidates: [line(1, 10, { overdue: true, escalate: true }), line(2, 20, { overdue: true, escalate: true })] }),
    );
    const to = (kind: string, unitId: number) =>
      drafts.find((d) => d.kind === kind && d.unitId === unitId)!.recipients.map((r) => `${r.role}:${r.email}`);
    expect(to('OVERDUE', 10)).toEqual(['CONTACT:clerk@example.cn']);
    expect(to('ESCALATION', 10)).toEqual(['LEADER:boss@example.cn', 'OFFICE:office@example.cn']);
    // A unit whose only contact is its leader: the leader gets the chase too.
    expect(to('OVERDUE', 20)).toEqual(['CONTACT:only-boss@example.cn']);
  });

  it('says so when an escalation has no leader to go to', () => {
    const [draft] = composeNotices(input({ candidates: [line(1, 10, { escalate: true })] }));
    expect(draft.recipients.map((r) => r.role)).toEqual(['OFFICE']);
    expect(draft.body).toContain('尚未登记分管领导');
  });

  it('adds the office summary: units still missing, or that none is', () => {
    const [summary] = composeNotices(input({ summary: { dueDate: '2026-02-05', missing: [line(1, 10), line(2, 10), line(3, 20)] } }));
    expect(summary).toMatchObject({ kind: 'SUMMARY', unitId: null, stage: '2026-02-05', dedupeKey: summaryKey('2026-02-05') });
    expect(summary.title).toBe('【催报汇总】2026年2月5日截止的报送：2个单位共3项尚未报送');
    expect(summary.body).toContain('1. 单位10（2项）');
    // Older reports still missing are in the list, so the title says the list reaches back to them (issue 13).
    const older = line(4, 20, { period: '2025-12', dueAt: new Date('2026-01-05T23:59:59.999+08:00') });
    const [back] = composeNotices(input({ summary: { dueDate: '2026-02-05', missing: [line(1, 10), older] } }));
    expect(back.title).toBe('【催报汇总】2026年2月5日及以前截止的报送（最早为2025年12月）：2个单位共2项尚未报送');
    const many = Array.from({ length: SUMMARY_MAX_UNITS + 5 }, (_, i) => line(i + 1, i + 1));
    const [long] = composeNotices(input({ summary: { dueDate: '2026-02-05', missing: many } }));
    expect(long.obligationIds).toHaveLength(SUMMARY_MAX_UNITS + 5);
    expect(long.body).toContain(`${SUMMARY_MAX_UNITS}. 单位${SUMMARY_MAX_UNITS}（1项）`);
    expect(long.body).not.toContain(`单位${SUMMARY_MAX_UNITS + 1}（`);
    expect(long.body).toContain('……另有5个单位');
    const [none] = composeNotices(input({ summary: { dueDate: '2026-02-05', missing: [] } }));
    expect(none.title).toBe('【催报汇总】2026年2月5日截止的报送已全部报送');
  });

  it('keys a notice by kind, unit, stage and the set of obligations, whatever their order', () => {
    expect(dedupeKey('OVERDUE', 10, 'overdue', [3, 1, 2])).toBe(dedupeKey('OVERDUE', 10, 'overdue', [1, 2, 3]));
    expect(dedupeKey('OVERDUE', 10, 'overdue', [1, 2])).not.toBe(dedupeKey('OVERDUE', 10, 'overdue', [1, 2, 3]));
    expect(dedupeKey('OVERDUE', 10, 'overdue', [1])).not.toBe(dedupeKey('ESCALATION', 10, 'overdue', [1]));
    expect(dedupeKey('OVERDUE', 10, 'overdue', [1])).not.toBe(dedupeKey('OVERDUE', 11, 'overdue', [1]));
  });

  it('gives each contact the channels chosen for the kind; a contact with a mobile and no e-mail is still a recipient', () => {
    const sms = contact(10, 'sms@example.cn', { email: null, mobile: '13800000001', preferences: { reminders: [], overdue: ['SMS'], decisions: [] } });
    const mail = contact(10, 'mail@example.cn', { primary: true });
    const drafts = composeNotices(input({ candidates: [line(1, 10, { remind: true, overdue: true })], contacts: [sms, mail] }));
    const of = (kind: string) => drafts.find((d) => d.kind === kind)!.recipients.map((r) => [r.email, r.mobile, r.channels]);
    expect(of('REMINDER')).toEqual([[null, '13800000001', []], ['mail@example.cn', null, ['EMAIL']]]);
    expect(of('OVERDUE')).toEqual([[null, '13800000001', ['SMS']], ['mail@example.cn', null, ['EMAIL', 'SMS']]]);
  });
});

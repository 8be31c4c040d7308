import { describe, expect, it } from '@jest/globals';
import {
  escalationCutoff,
  escalationDay,
  isEscalationDue,
  isReminderDue,
  reminderDay,
  reminderHorizon,
} from './chase.ts';
import { addDays } from './dates.ts';

describe('reminderDay and escalationDay on the 2026 calendar', () => {
  it.each([
    // due day, n → reminder day
    ['2026-02-05', 2, '2026-02-03'], // ordinary Thursday
    ['2026-05-06', 2, '2026-04-29'], // after 劳动节 5/1–5/5: two working days back are 4/30 and 4/29
    ['2026-10-08', 2, '2026-09-29'], // after 国庆节 10/1–10/7
    ['2026-03-05', 2, '2026-03-03'],
    ['2026-02-05', 0, '2026-02-05'], // n = 0: on the due day
    ['2026-03-01', 1, '2026-02-27'], // a Sunday due day (policy NONE); Saturday 2/28 is a 调休 working day
    ['2026-02-24', 1, '2026-02-14'], // after 春节 2/15–2/23; 2/14 (Saturday) is a 调休 working day
  ])('due %s, remind %i working days ahead → %s', (due, n, expected) => {
    expect(reminderDay(due, n)).toBe(expected);
  });

  it.each([
    // due day, e → escalation day
    ['2026-02-05', 3, '2026-02-10'], // Fri 2/6, Mon 2/9, Tue 2/10
    ['2026-05-06', 3, '2026-05-09'], // Thu 5/7, Fri 5/8, Sat 5/9 (调休 working day)
    ['2026-10-08', 3, '2026-10-12'], // Fri 10/9, Sat 10/10 (调休), Mon 10/12
    ['2026-02-12', 3, '2026-02-24'], // across 春节: Fri 2/13, Sat 2/14 (调休), Tue 2/24
    ['2026-02-05', 1, '2026-02-06'],
  ])('due %s, escalate after %i working days → %s', (due, e, expected) => {
    expect(escalationDay(due, e)).toBe(expected);
  });

  it('refuses thresholds that make no sense', () => {
    expect(() => reminderDay('2026-02-05', -1)).toThrow(RangeError);
    expect(() => escalationDay('2026-02-05', 0)).toThrow(RangeError);
    expect(() => reminderHorizon('2026-02-05', 1.5)).toThrow(RangeError);
    expect(() => escalationCutoff('2026-02-05', 0)).toThrow(RangeError);
  });
});

describe('the per-day bounds agree with the per-due-day rules', () => {
  // Days spread over 2026 (春节, 劳动节, 国庆节 and their 调休 weekends), against due days up to three weeks off.
  const days = Array.from({ length: 70 }, (_, i) => addDays('2026-01-25', i * 4 + (i % 3)));

  it.each([0, 1, 2, 3, 5])('reminders, n = %i', (n) => {
    for (const day of days) {
      const horizon = reminderHorizon(day, n);
      for (let k = -3; k < 21; k++) {
        const due = addDays(day, k);
        const byBound = due >= day && due <= horizon;
        expect([day, due, byBound]).toEqual([day, due, isReminderDue(day, due, n)]);
        // The first reminding day is the reminder day, and every day up to the due day reminds.
        if (byBound) expect(reminderDay(due, n) <= day).toBe(true);
      }
    }
  });

  it.each([1, 2, 3, 5])('escalations, e = %i', (e) => {
    for (const day of days) {
      const cutoff = escalationCutoff(day, e);
      for (let k = 0; k < 25; k++) {
        const due = addDays(day, -k);
        expect([day, due, due <= cutoff]).toEqual([day, due, isEscalationDue(day, due, e)]);
        expect([day, due, escalationDay(due, e) <= day]).toEqual([day, due, isEscalationDue(day, due, e)]);
      }
    }
  });

  it('the reminder day is the first day that reminds', () => {
    for (const due of days) {
      for (const n of [0, 1, 2, 4]) {
        const first = reminderDay(due, n);
        expect([due, n, isReminderDue(first, due, n)]).toEqual([due, n, true]);
        expect([due, n, isReminderDue(addDays(first, -1), due, n)]).toEqual([due, n, false]);
      }
    }
  });
});

// Run under TZ=Asia/Shanghai and TZ=America/New_York: the package misbehaves in negative-offset zones.
import { createRequire } from 'node:module';
import { describe, expect, it } from '@jest/globals';
import {
  addWorkdays,
  dueDateFor,
  dueInstant,
  isCalendarKnown,
  isWorkday,
  nextWorkday,
  workdaysAfter,
  type DueRule,
} from './calendar.ts';
import { addDays, isWeekend } from './dates.ts';

const monthly = (dueDay = 5, holidayPolicy: DueRule['holidayPolicy'] = 'NEXT_WORKDAY'): DueRule => ({
  cadence: 'MONTHLY',
  dueDay,
  dueDate: null,
  holidayPolicy,
});

describe('isCalendarKnown', () => {
  it.each([
    [2003, false],
    [2004, true],
    [2015, true],
    [2025, true],
    [2026, true],
    [2027, false],
    [2031, false],
    [0, false],
    [2026.5, false],
  ])('%d → %s', (year, known) => {
    expect(isCalendarKnown(year)).toBe(known);
  });
});

describe('isWorkday: the 2026 State Council notice', () => {
  it.each([
    ['2026-01-01', false], // 元旦 1/1–1/3
    ['2026-01-03', false],
    ['2026-01-04', true], // Sunday, 调休 workday
    ['2026-01-05', true],
    ['2026-02-13', true],
    ['2026-02-14', true], // Saturday, 调休 workday
    ['2026-02-15', false], // 春节 2/15–2/23
    ['2026-02-23', false],
    ['2026-02-24', true],
    ['2026-02-28', true], // Saturday, 调休 workday
    ['2026-03-01', false],
    ['2026-03-07', false], // ordinary Saturday
    ['2026-03-09', true],
    ['2026-04-04', false], // 清明 4/4–4/6
    ['2026-04-06', false],
    ['2026-04-07', true],
    ['2026-05-01', false], // 劳动节 5/1–5/5
    ['2026-05-05', false],
    ['2026-05-06', true],
    ['2026-05-09', true], // Saturday, 调休 workday
    ['2026-05-10', false],
    ['2026-06-19', false], // 端午 6/19–6/21
    ['2026-06-22', true],
    ['2026-09-20', true], // Sunday, 调休 workday
    ['2026-09-25', false], // 中秋 9/25–9/27
    ['2026-09-28', true],
    ['2026-10-01', false], // 国庆 10/1–10/7
    ['2026-10-07', false],
    ['2026-10-08', true],
    ['2026-10-10', true], // Saturday, 调休 workday
    ['2026-10-11', false],
    ['2027-01-01', true], // unknown year: Monday–Friday only
    ['2027-01-02', false],
    ['2003-01-01', true],
  ])('%s → %s', (d, expected) => {
    expect(isWorkday(d)).toBe(expected);
  });

  it('agrees with the package data for every day of 2004–2026', () => {
    const require = createRequire(import.meta.url);
    const data = require('chinese-days/dist/chinese-days.json') as {
      holidays: Record<string, string>;
      workdays: Record<string, string>;
    };
    let mismatches = 0;
    for (let d = '2004-01-01'; d <= '2026-12-31'; d = addDays(d, 1)) {
      const expected = d in data.workdays ? true : d in data.holidays ? false : !isWeekend(d);
      if (isWorkday(d) !== expected) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it('rejects an invalid date', () => {
    expect(() => isWorkday('2026-02-30')).toThrow(RangeError);
  });
});

describe('nextWorkday', () => {
  it.each([
    ['2026-10-01', '2026-10-08'],
    ['2026-10-08', '2026-10-08'],
    ['2026-01-01', '2026-01-04'], // lands on the 调休 Sunday
    ['2026-02-14', '2026-02-14'],
    ['2026-02-15', '2026-02-24'],
    ['2026-03-07', '2026-03-09'],
    ['2026-12-31', '2026-12-31'],
    ['2027-01-02', '2027-01-04'], // unknown year: weekends only
  ])('%s → %s', (d, expected) => {
    expect(nextWorkday(d)).toBe(expected);
  });
});

describe('addWorkdays', () => {
  it.each([
    ['2026-09-30', 0, '2026-09-30'],
    ['2026-10-01', 0, '2026-10-01'], // n = 0 gives d even on a holiday
    ['2026-09-30', 1, '2026-10-08'],
    ['2026-09-30', 3, '2026-10-10'], // 10/10 Saturday is a workday
    ['2026-09-30', 4, '2026-10-12'],
    ['2026-10-05', 3, '2026-10-10'],
    ['2026-09-18', 1, '2026-09-20'], // Sunday 9/20 is a workday
    ['2026-09-24', 1, '2026-09-28'], // across 中秋
    ['2026-02-13', 1, '2026-02-14'],
    ['2026-02-13', 2, '2026-02-24'], // across 春节
    ['2026-04-30', 3, '2026-05-08'],
    ['2026-04-30', 4, '2026-05-09'],
    ['2025-12-31', 1, '2026-01-04'],
    ['2026-12-31', 1, '2027-01-01'], // unknown year: Friday counts
    ['2026-10-08', -1, '2026-09-30'],
    ['2026-01-05', -2, '2025-12-31'],
  ])('%s + %i → %s', (d, n, expected) => {
    expect(addWorkdays(d, n)).toBe(expected);
  });

  it('rejects a fractional count', () => {
    expect(() => addWorkdays('2026-01-05', 1.5)).toThrow(RangeError);
  });
});

describe('workdaysAfter', () => {
  it.each([
    ['2026-09-30', '2026-10-07', 0],
    ['2026-09-30', '2026-10-08', 1],
    ['2026-09-30', '2026-10-10', 3],
    ['2026-10-08', '2026-10-08', 0],
    ['2026-10-08', '2026-09-30', 0],
    ['2026-02-13', '2026-02-28', 6],
    ['2026-01-01', '2026-01-31', 21],
    ['2025-12-31', '2026-12-31', 248],
  ])('(%s, %s] → %i', (from, to, expected) => {
    expect(workdaysAfter(from, to)).toBe(expected);
  });

  it('inverts addWorkdays for every day of 2026', () => {
    for (let d = '2026-01-01'; d <= '2026-12-31'; d = addDays(d, 1)) {
      for (const n of [1, 2, 3, 5, 10]) expect(workdaysAfter(d, addWorkdays(d, n))).toBe(n);
    }
  });
});

describe('dueDateFor: monthly, due day 5, NEXT_WORKDAY, every month of 2026', () => {
  it.each([
    ['2025-12', '2026-01-05', null, true],
    ['2026-01', '2026-02-05', null, true],
    ['2026-02', '2026-03-05', null, true],
    ['2026-03', '2026-04-07', '2026-04-05', true], // 清明
    ['2026-04', '2026-05-06', '2026-05-05', true], // 劳动节
    ['2026-05', '2026-06-05', null, true],
    ['2026-06', '2026-07-06', '2026-07-05', true], // Sunday
    ['2026-07', '2026-08-05', null, true],
    ['2026-08', '2026-09-07', '2026-09-05', true], // Saturday
    ['2026-09', '2026-10-08', '2026-10-05', true], // 国庆节
    ['2026-10', '2026-11-05', null, true],
    ['2026-11', '2026-12-07', '2026-12-05', true], // Saturday
    ['2026-12', '2027-01-05', null, false], // 2027 not in the package yet
  ])('%s → %s', (period, dueDate, shiftedFrom, calendarKnown) => {
    expect(dueDateFor(monthly(), period)).toEqual({ dueDate, shiftedFrom, calendarKnown });
  });
});

describe('dueDateFor: other rules', () => {
  const rule = (r: Partial<DueRule>): DueRule => ({ ...monthly(), ...r });
  const quarterly = rule({ cadence: 'QUARTERLY' });
  const once = rule({ cadence: 'ONCE', dueDate: '2026-10-01' });
  it.each<[string, DueRule, string, string, string | null, boolean]>([
    ['NONE keeps a holiday', monthly(5, 'NONE'), '2026-09', '2026-10-05', null, true],
    ['NONE keeps a Sunday', monthly(5, 'NONE'), '2026-06', '2026-07-05', null, true],
    ['NONE on a workday', monthly(5, 'NONE'), '2026-01', '2026-02-05', null, true],
    ['dueDay 31 clamps to Feb 28 (a 调休 Saturday)', monthly(31), '2026-01', '2026-02-28', null, true],
    ['dueDay 31 clamps to Feb 29 in a leap year', monthly(31), '2024-01', '2024-02-29', null, true],
    ['dueDay 31 clamps to Apr 30', monthly(31), '2026-03', '2026-04-30', null, true],
    ['dueDay 14: 调休 Saturday stays', monthly(14), '2026-01', '2026-02-14', null, true],
    ['dueDay 15: 春节 moves to 2/24', monthly(15), '2026-01', '2026-02-24', '2026-02-15', true],
    ['dueDay 20: 调休 Sunday stays', monthly(20), '2026-08', '2026-09-20', null, true],
    ['quarterly Q1', rule({ cadence: 'QUARTERLY' }), '2026-Q1', '2026-04-07', '2026-04-05', true],
    ['quarterly Q2', rule({ cadence: 'QUARTERLY' }), '2026-Q2', '2026-07-06', '2026-07-05', true],
    ['quarterly Q3', rule({ cadence: 'QUARTERLY' }), '2026-Q3', '2026-10-08', '2026-10-05', true],
    ['quarterly Q4 into 2027', rule({ cadence: 'QUARTERLY' }), '2026-Q4', '2027-01-05', null, false],
    ['quarterly, 元旦 → 调休 Sunday', { ...quarterly, dueDay: 1 }, '2025-Q4', '2026-01-04', '2026-01-01', true],
    ['yearly', rule({ cadence: 'YEARLY' }), '2025', '2026-01-05', null, true],
    ['yearly, Saturday', rule({ cadence: 'YEARLY', dueDay: 31 }), '2025', '2026-02-02', '2026-01-31', true],
    ['yearly into 2027', rule({ cadence: 'YEARLY' }), '2026', '2027-01-05', null, false],
    ['once', rule({ cadence: 'ONCE', dueDate: '2026-10-01' }), 'ONCE', '2026-10-08', '2026-10-01', true],
    ['once, NONE', { ...once, holidayPolicy: 'NONE' }, 'ONCE', '2026-10-01', null, true],
    ['once, unknown year', rule({ cadence: 'ONCE', dueDate: '2031-06-07' }), 'ONCE', '2031-06-09', '2031-06-07', false],
    ['unknown year, Saturday', monthly(), '2031-03', '2031-04-07', '2031-04-05', false],
    ['unknown year, Monday', monthly(), '2031-04', '2031-05-05', null, false],
    ['unknown year, NONE still flagged', monthly(5, 'NONE'), '2031-03', '2031-04-05', null, false],
    ['before the data', monthly(), '2003-11', '2003-12-05', null, false],
    ['first known year', monthly(), '2003-12', '2004-01-05', null, true],
  ])('%s', (_name, r, period, dueDate, shiftedFrom, calendarKnown) => {
    expect(dueDateFor(r, period)).toEqual({ dueDate, shiftedFrom, calendarKnown });
  });

  it('a one-off without a date has no due date', () => {
    expect(dueDateFor({ ...monthly(), cadence: 'ONCE', dueDate: null }, 'ONCE')).toBeNull();
  });

  it.each<[string, DueRule, string]>([
    ['quarter key for a monthly rule', monthly(), '2026-Q3'],
    ['month key for a one-off', { ...monthly(), cadence: 'ONCE', dueDate: '2026-10-01' }, '2026-09'],
    ['invalid month', monthly(), '2026-13'],
    ['dueDay 0', monthly(0), '2026-09'],
    ['dueDay 32', monthly(32), '2026-09'],
    ['fractional dueDay', monthly(5.5), '2026-09'],
    ['invalid one-off date', { ...monthly(), cadence: 'ONCE', dueDate: '2026-02-30' }, 'ONCE'],
  ])('throws: %s', (_name, r, period) => {
    expect(() => dueDateFor(r, period)).toThrow(RangeError);
  });
});

describe('dueInstant', () => {
  it.each([
    ['2026-10-08', '2026-10-08T15:59:59.999Z'],
    ['2026-02-05', '2026-02-05T15:59:59.999Z'],
  ])('%s → %s', (d, iso) => {
    expect(dueInstant(d).toISOString()).toBe(iso);
  });
});

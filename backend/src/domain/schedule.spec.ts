import { describe, expect, it } from '@jest/globals';
import { scheduleFor } from './schedule.ts';

const monthly = { cadence: 'MONTHLY' as const, dueDay: 5, dueDate: null, holidayPolicy: 'NEXT_WORKDAY' as const };

describe('scheduleFor', () => {
  it('owes every month that has begun, due the 5th of the next month (holidays shifted)', () => {
    const rows = scheduleFor(monthly, '2026-08', '2026-10-01');
    expect(rows.map((r) => [r.period, r.dueDate, r.shiftedFrom, r.reportMonth])).toEqual([
      ['2026-08', '2026-09-07', '2026-09-05', '2026-08-01'],
      ['2026-09', '2026-10-08', '2026-10-05', '2026-09-01'],
      ['2026-10', '2026-11-05', null, '2026-10-01'],
    ]);
    expect(rows[1].dueAt.toISOString()).toBe('2026-10-08T15:59:59.999Z');
  });

  it.each([
    ['2026-09-30', ['2026-Q1', '2026-Q2', '2026-Q3']],
    ['2026-10-01', ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']],
  ])('quarterly, as of %s', (today, periods) => {
    const rows = scheduleFor({ ...monthly, cadence: 'QUARTERLY' }, '2026-01', today);
    expect(rows.map((r) => r.period)).toEqual(periods);
    expect(rows[0].reportMonth).toBe('2026-03-01');
  });

  it('nothing before the first month', () => {
    expect(scheduleFor(monthly, '2026-12', '2026-11-27')).toEqual([]);
  });

  it('a one-off is owed only once its due date is set, and counts in the month of its due day', () => {
    expect(scheduleFor({ ...monthly, cadence: 'ONCE' }, '2026-01', '2026-11-27')).toEqual([]);
    const [row] = scheduleFor({ ...monthly, cadence: 'ONCE', dueDate: '2026-10-03' }, '2026-01', '2026-11-27');
    expect(row).toMatchObject({ period: 'ONCE', dueDate: '2026-10-08', shiftedFrom: '2026-10-03', reportMonth: '2026-10-01' });
  });
});

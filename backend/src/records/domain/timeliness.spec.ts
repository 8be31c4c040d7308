import { describe, expect, it } from '@jest/globals';
import { figuresFromCounts, isTimely, publicationDeadline, publishedOn, recordFigures, timelinessChecker } from './timeliness.ts';

describe('publicationDeadline', () => {
  it.each([
    // 国庆 2026: 10-01…10-07 off, Saturday 10-10 a working day; the decision day itself does not count.
    ['2026-09-28', 7, '2026-10-13'],
    ['2026-09-30', 1, '2026-10-08'],
    ['2026-09-25', 7, '2026-10-12'], // 中秋 (a holiday): 09-28, 09-29, 09-30, 10-08, 10-09, 10-10, 10-12
    ['2026-06-01', 7, '2026-06-10'],
    ['2026-06-06', 7, '2026-06-16'], // a Saturday decision: counting starts Monday
    ['2026-02-13', 7, '2026-03-02'], // 春节 2026: 02-14 (Sat) works, 02-15…02-23 off, 02-24…02-28 work
    ['2026-09-28', 20, '2026-10-30'],
    ['2026-09-28', 0, '2026-09-28'],
  ])('decided %s, %i working days → %s', (decision, n, deadline) => {
    expect(publicationDeadline(decision, n)).toBe(deadline);
  });

  it('defaults to 7 working days', () => {
    expect(publicationDeadline('2026-09-28')).toBe('2026-10-13');
  });

  it.each([-1, 1.5, Number.NaN])('refuses %p working days', (n) => {
    expect(() => publicationDeadline('2026-09-28', n)).toThrow(RangeError);
  });
});

describe('isTimely', () => {
  const decided = { decisionDate: '2026-09-28', filingDay: '2026-10-20' };
  it.each([
    ['2026-10-13', true],
    ['2026-10-14', false],
    ['2026-09-28', true],
    ['2026-10-10', true],
  ])('decided 2026-09-28, published %s → timely %s', (publicationDate, timely) => {
    expect(isTimely({ ...decided, publicationDate })).toBe(timely);
  });

  it('without 公示日期 the filing day counts', () => {
    expect(publishedOn({ ...decided, publicationDate: null })).toBe('2026-10-20');
    expect(isTimely({ ...decided, publicationDate: null })).toBe(false);
    expect(isTimely({ ...decided, publicationDate: null, filingDay: '2026-10-13' })).toBe(true);
    expect(isTimely({ ...decided, publicationDate: null, filingDay: '2026-10-14' })).toBe(false);
  });

  it('takes the year’s publishWorkdays', () => {
    expect(isTimely({ ...decided, publicationDate: '2026-10-20' }, 20)).toBe(true);
    expect(isTimely({ ...decided, publicationDate: '2026-10-30' }, 20)).toBe(true);
    expect(isTimely({ ...decided, publicationDate: '2026-11-02' }, 20)).toBe(false);
  });

  it('refuses a bad date', () => {
    expect(() => isTimely({ ...decided, publicationDate: '2026-10-32' })).toThrow(RangeError);
  });
});

describe('timelinessChecker', () => {
  it('answers as isTimely over a quarter of decision and publication days, twice each (the second from its memo)', () => {
    const days = Array.from({ length: 92 }, (_, i) => new Date(Date.UTC(2026, 8, 1 + i)).toISOString().slice(0, 10));
    for (const workdays of [7, 20]) {
      const timely = timelinessChecker(workdays);
      for (let round = 0; round < 2; round++) {
        for (const decisionDate of days) {
          for (const publicationDate of [decisionDate, ...days.filter((_, i) => i % 5 === 0), null]) {
            const input = { decisionDate, publicationDate, filingDay: '2026-12-01' };
            expect(timely(input)).toBe(isTimely(input, workdays));
          }
        }
      }
    }
  });

  it('refuses a bad date or a bad number of days', () => {
    expect(() => timelinessChecker()({ decisionDate: '2026-09-28', publicationDate: '2026-10-32', filingDay: '2026-10-20' })).toThrow(RangeError);
    expect(() => timelinessChecker(-1)).toThrow(RangeError);
  });
});

describe('recordFigures (DESIGN.md §2.4)', () => {
  it('counts filed, valid and late, and the rates', () => {
    const records = [
      { valid: true, late: false },
      { valid: true, late: true },
      { valid: true, late: false },
      { valid: true, late: false },
      { valid: false, late: true }, // an invalid record is never counted late
    ];
    expect(recordFigures(records)).toEqual({
      recordsFiled: 5, recordsValid: 4, recordsLate: 1, complianceRate: 0.8, lateRecordRate: 0.25,
    });
  });

  it('null rates when there is nothing to divide by', () => {
    expect(recordFigures([])).toEqual({ recordsFiled: 0, recordsValid: 0, recordsLate: 0, complianceRate: null, lateRecordRate: null });
    expect(recordFigures([{ valid: false, late: false }])).toMatchObject({ complianceRate: 0, lateRecordRate: null });
  });

  it('figuresFromCounts gives the same rates from counts (e.g. counted in SQL)', () => {
    expect(figuresFromCounts({ recordsFiled: 3, recordsValid: 3, recordsLate: 0 })).toMatchObject({ complianceRate: 1, lateRecordRate: 0 });
  });

  it.each([
    { recordsFiled: 1, recordsValid: 2, recordsLate: 0 },
    { recordsFiled: 2, recordsValid: 1, recordsLate: 2 },
    { recordsFiled: -1, recordsValid: 0, recordsLate: 0 },
    { recordsFiled: 1.5, recordsValid: 0, recordsLate: 0 },
  ])('refuses impossible counts %j', (counts) => {
    expect(() => figuresFromCounts(counts)).toThrow(RangeError);
  });
});

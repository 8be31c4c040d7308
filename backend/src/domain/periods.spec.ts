import { describe, expect, it } from '@jest/globals';
import {
  isDateInMonthRange,
  isPeriodOf,
  monthsBetween,
  nextPeriod,
  parseMonthOrQuarterOrYearRange,
  parsePeriod,
  periodEnd,
  periodOfDate,
  periodsBetween,
  periodStart,
  type Cadence,
} from './periods.ts';

describe('parsePeriod', () => {
  it.each([
    ['2026-09', { cadence: 'MONTHLY', key: '2026-09', year: 2026, month: 9 }],
    ['2026-12', { cadence: 'MONTHLY', key: '2026-12', year: 2026, month: 12 }],
    ['2026-Q3', { cadence: 'QUARTERLY', key: '2026-Q3', year: 2026, quarter: 3 }],
    ['2026-Q1', { cadence: 'QUARTERLY', key: '2026-Q1', year: 2026, quarter: 1 }],
    ['2026', { cadence: 'YEARLY', key: '2026', year: 2026 }],
    ['ONCE', { cadence: 'ONCE', key: 'ONCE' }],
  ])('%s', (key, expected) => {
    expect(parsePeriod(key)).toEqual(expected);
  });

  it.each([
    '2026-13',
    '2026-00',
    '2026-9',
    '2026-Q5',
    '2026-Q0',
    '2026-q3',
    '2026Q3',
    '26-01',
    '226',
    '0000',
    '0000-01',
    '2026-09-01',
    'once',
    '',
    ' 2026-09',
    '2026-09 ',
  ])('%j → null', (key) => {
    expect(parsePeriod(key)).toBeNull();
  });
});

describe('isPeriodOf', () => {
  it.each<[Cadence, string, boolean]>([
    ['MONTHLY', '2026-09', true],
    ['MONTHLY', '2026-Q3', false],
    ['QUARTERLY', '2026-Q3', true],
    ['QUARTERLY', '2026', false],
    ['YEARLY', '2026', true],
    ['YEARLY', '2026-09', false],
    ['ONCE', 'ONCE', true],
    ['ONCE', '2026', false],
    ['MONTHLY', '2026-13', false],
  ])('%s %s → %s', (cadence, key, expected) => {
    expect(isPeriodOf(cadence, key)).toBe(expected);
  });
});

describe('periodStart and periodEnd', () => {
  it.each([
    ['2026-01', '2026-01-01', '2026-01-31'],
    ['2026-02', '2026-02-01', '2026-02-28'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2026-04', '2026-04-01', '2026-04-30'],
    ['2026-Q1', '2026-01-01', '2026-03-31'],
    ['2026-Q2', '2026-04-01', '2026-06-30'],
    ['2026-Q3', '2026-07-01', '2026-09-30'],
    ['2026-Q4', '2026-10-01', '2026-12-31'],
    ['2026', '2026-01-01', '2026-12-31'],
  ])('%s: %s..%s', (key, start, end) => {
    expect(periodStart(key)).toBe(start);
    expect(periodEnd(key)).toBe(end);
  });

  it.each(['ONCE', '2026-13', 'x'])('%s throws', (key) => {
    expect(() => periodStart(key)).toThrow(RangeError);
    expect(() => periodEnd(key)).toThrow(RangeError);
  });
});

describe('periodOfDate', () => {
  it.each<[Cadence, string, string]>([
    ['MONTHLY', '2026-09-30', '2026-09'],
    ['MONTHLY', '2026-10-01', '2026-10'],
    ['QUARTERLY', '2026-01-01', '2026-Q1'],
    ['QUARTERLY', '2026-03-31', '2026-Q1'],
    ['QUARTERLY', '2026-04-01', '2026-Q2'],
    ['QUARTERLY', '2026-09-15', '2026-Q3'],
    ['QUARTERLY', '2026-12-31', '2026-Q4'],
    ['YEARLY', '2026-07-01', '2026'],
    ['ONCE', '2026-07-01', 'ONCE'],
  ])('%s %s → %s', (cadence, d, expected) => {
    expect(periodOfDate(cadence, d)).toBe(expected);
  });

  it('rejects an invalid date', () => {
    expect(() => periodOfDate('MONTHLY', '2026-02-30')).toThrow(RangeError);
  });
});

describe('nextPeriod', () => {
  it.each([
    ['2026-09', '2026-10'],
    ['2026-12', '2027-01'],
    ['2026-Q3', '2026-Q4'],
    ['2026-Q4', '2027-Q1'],
    ['2026', '2027'],
  ])('%s → %s', (key, expected) => {
    expect(nextPeriod(key)).toBe(expected);
  });

  it.each(['ONCE', '2026-Q5'])('%s throws', (key) => {
    expect(() => nextPeriod(key)).toThrow(RangeError);
  });
});

describe('monthsBetween', () => {
  it.each([
    ['2026-07', '2026-09', ['2026-07', '2026-08', '2026-09']],
    ['2026-09', '2026-09', ['2026-09']],
    ['2025-11', '2026-02', ['2025-11', '2025-12', '2026-01', '2026-02']],
    ['2026-10', '2026-09', []],
  ])('%s..%s', (from, to, expected) => {
    expect(monthsBetween(from, to)).toEqual(expected);
  });

  it.each([
    ['2026-Q3', '2026-09'],
    ['2026-07', '2026'],
    ['2026-7', '2026-09'],
  ])('%s..%s throws', (from, to) => {
    expect(() => monthsBetween(from, to)).toThrow(RangeError);
  });
});

describe('periodsBetween', () => {
  it.each<[Cadence, string, string, string[]]>([
    ['MONTHLY', '2026-07', '2026-09', ['2026-07', '2026-08', '2026-09']],
    ['QUARTERLY', '2026-07', '2026-09', ['2026-Q3']],
    ['QUARTERLY', '2026-07', '2026-08', []], // Q3 ends in September, outside the range
    ['QUARTERLY', '2026-08', '2026-12', ['2026-Q3', '2026-Q4']],
    ['QUARTERLY', '2026-01', '2026-12', ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']],
    ['QUARTERLY', '2025-12', '2026-03', ['2025-Q4', '2026-Q1']],
    ['YEARLY', '2026-01', '2026-12', ['2026']],
    ['YEARLY', '2026-01', '2026-11', []],
    ['YEARLY', '2025-12', '2027-12', ['2025', '2026', '2027']],
    ['ONCE', '2026-01', '2026-12', []],
    ['MONTHLY', '2026-10', '2026-09', []],
  ])('%s %s..%s', (cadence, from, to, expected) => {
    expect(periodsBetween(cadence, from, to)).toEqual(expected);
  });
});

describe('isDateInMonthRange (one-off obligations by due day)', () => {
  it.each([
    ['2026-07-01', '2026-07', '2026-09', true],
    ['2026-09-30', '2026-07', '2026-09', true],
    ['2026-06-30', '2026-07', '2026-09', false],
    ['2026-10-01', '2026-07', '2026-09', false],
    ['2027-01-05', '2026-12', '2027-01', true],
  ])('%s in %s..%s → %s', (d, from, to, expected) => {
    expect(isDateInMonthRange(d, from, to)).toBe(expected);
  });
});

describe('parseMonthOrQuarterOrYearRange', () => {
  it.each([
    ['2026-07', '2026-09', { fromMonth: '2026-07', toMonth: '2026-09' }],
    ['2026-09', '2026-09', { fromMonth: '2026-09', toMonth: '2026-09' }],
    ['2026-Q3', '2026-Q3', { fromMonth: '2026-07', toMonth: '2026-09' }],
    ['2026-Q1', '2026-Q4', { fromMonth: '2026-01', toMonth: '2026-12' }],
    ['2026', '2026', { fromMonth: '2026-01', toMonth: '2026-12' }],
    ['2025', '2026', { fromMonth: '2025-01', toMonth: '2026-12' }],
    ['2026-Q3', '2026-12', { fromMonth: '2026-07', toMonth: '2026-12' }],
    ['2026-Q4', '2026-Q3', null],
    ['2026-10', '2026-09', null],
    ['2026-13', '2026-12', null],
    ['2026-07', '2026-Q5', null],
    ['ONCE', 'ONCE', null],
    ['', '2026-09', null],
  ])('%j..%j', (from, to, expected) => {
    expect(parseMonthOrQuarterOrYearRange(from, to)).toEqual(expected);
  });
});

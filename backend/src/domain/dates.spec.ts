import { describe, expect, it } from '@jest/globals';
import {
  addDays,
  daysBetween,
  daysInMonth,
  endOfDayShanghai,
  fromDayNumber,
  isValidLocalDate,
  shanghaiDate,
  startOfDayShanghai,
  toDayNumber,
  toShanghaiIso,
  weekday,
} from './dates.ts';

describe('isValidLocalDate', () => {
  it.each([
    ['2026-01-01', true],
    ['2026-12-31', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2026-02-29', false],
    ['1900-02-29', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['0000-01-01', false],
    ['2026-1-05', false],
    ['26-01-05', false],
    ['2026-01-05T00:00', false],
    [' 2026-01-05', false],
    ['', false],
  ])('%j → %s', (s, valid) => {
    expect(isValidLocalDate(s)).toBe(valid);
  });
});

describe('shanghaiDate', () => {
  it.each([
    ['2026-09-30T15:59:59.999Z', '2026-09-30'],
    ['2026-09-30T16:00:00.000Z', '2026-10-01'],
    ['2026-01-01T00:00:00+08:00', '2026-01-01'],
    ['2025-12-31T23:59:59.999+08:00', '2025-12-31'],
    ['2026-03-08T07:30:00-05:00', '2026-03-08'], // 20:30 in Shanghai
    ['2026-03-08T11:30:00-05:00', '2026-03-09'], // 00:30 next day in Shanghai
    ['2024-02-28T16:00:00Z', '2024-02-29'],
    ['1970-01-01T00:00:00Z', '1970-01-01'],
    ['1969-12-31T15:59:59Z', '1969-12-31'],
  ])('%s → %s', (iso, expected) => {
    expect(shanghaiDate(new Date(iso))).toBe(expected);
  });

  it('rejects an invalid Date', () => {
    expect(() => shanghaiDate(new Date('nope'))).toThrow(RangeError);
  });
});

describe('toShanghaiIso', () => {
  it.each([
    ['2026-10-09T15:59:59.999Z', '2026-10-09T23:59:59.999+08:00'],
    ['2026-12-31T16:00:00.000Z', '2027-01-01T00:00:00.000+08:00'],
  ])('%s', (utc, shanghai) => {
    expect(toShanghaiIso(new Date(utc))).toBe(shanghai);
    expect(new Date(toShanghaiIso(new Date(utc))).toISOString()).toBe(utc);
  });

  it('rejects an invalid instant', () => {
    expect(() => toShanghaiIso(new Date('nope'))).toThrow(RangeError);
  });
});

describe('start and end of a Shanghai day', () => {
  it.each([
    ['2026-10-08', '2026-10-07T16:00:00.000Z', '2026-10-08T15:59:59.999Z'],
    ['2026-01-01', '2025-12-31T16:00:00.000Z', '2026-01-01T15:59:59.999Z'],
    ['2024-02-29', '2024-02-28T16:00:00.000Z', '2024-02-29T15:59:59.999Z'],
    ['2026-03-08', '2026-03-07T16:00:00.000Z', '2026-03-08T15:59:59.999Z'], // US DST starts: irrelevant
  ])('%s', (d, start, end) => {
    expect(startOfDayShanghai(d).toISOString()).toBe(start);
    expect(endOfDayShanghai(d).toISOString()).toBe(end);
    expect(shanghaiDate(startOfDayShanghai(d))).toBe(d);
    expect(shanghaiDate(endOfDayShanghai(d))).toBe(d);
    expect(endOfDayShanghai(d).getTime() - startOfDayShanghai(d).getTime()).toBe(86_400_000 - 1);
  });

  it('rejects an invalid LocalDate', () => {
    expect(() => endOfDayShanghai('2026-02-30')).toThrow(RangeError);
    expect(() => startOfDayShanghai('2026/02/01')).toThrow(RangeError);
  });
});

describe('addDays and daysBetween', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-10-01', 0, '2026-10-01'],
    ['2026-01-01', 365, '2027-01-01'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2000-02-28', 2, '2000-03-01'],
    ['2100-02-28', 1, '2100-03-01'],
  ])('%s + %i → %s', (d, n, expected) => {
    expect(addDays(d, n)).toBe(expected);
    expect(daysBetween(d, expected)).toBe(n);
    expect(daysBetween(expected, d)).toBe(0 - n);
  });

  it('rejects a fractional day count', () => {
    expect(() => addDays('2026-01-01', 0.5)).toThrow(RangeError);
  });
});

describe('weekday', () => {
  it.each([
    ['1970-01-01', 4],
    ['2026-01-01', 4],
    ['2026-01-04', 0],
    ['2026-02-14', 6],
    ['2026-10-05', 1],
    ['2027-01-05', 2],
    ['2000-01-01', 6],
    ['1969-12-31', 3],
  ])('%s → %d', (d, w) => {
    expect(weekday(d)).toBe(w);
  });
});

describe('day numbers', () => {
  it.each([
    ['1970-01-01', 0],
    ['1969-12-31', -1],
    ['2000-03-01', 11_017],
    ['0001-01-01', -719_162],
    ['9999-12-31', 2_932_896],
  ])('%s ↔ %d', (d, n) => {
    expect(toDayNumber(d)).toBe(n);
    expect(fromDayNumber(n)).toBe(d);
  });

  it('round-trips every day of 1999–2031', () => {
    let n = toDayNumber('1999-01-01');
    for (let year = 1999; year <= 2031; year++) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= daysInMonth(year, month); day++) {
          const d = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(toDayNumber(d)).toBe(n);
          expect(fromDayNumber(n)).toBe(d);
          n++;
        }
      }
    }
  });
});

import { describe, expect, it } from '@jest/globals';
import { addMonths } from './months.ts';

describe('addMonths', () => {
  it.each([
    ['2026-09', 0, '2026-09'],
    ['2026-09', 1, '2026-10'],
    ['2026-12', 1, '2027-01'],
    ['2026-01', -1, '2025-12'],
    ['2026-09', -11, '2025-10'],
    ['2026-09', -12, '2025-09'],
    ['2026-03', 25, '2028-04'],
  ])('%s %+d → %s', (month, n, expected) => {
    expect(addMonths(month, n)).toBe(expected);
  });

  it.each([['2026-13'], ['2026-9'], ['2026-Q3'], ['']])('refuses %j', (month) => {
    expect(() => addMonths(month, 1)).toThrow(RangeError);
  });

  it('refuses a fractional step and a year before 0001', () => {
    expect(() => addMonths('2026-01', 0.5)).toThrow(RangeError);
    expect(() => addMonths('0001-01', -1)).toThrow(RangeError);
  });
});

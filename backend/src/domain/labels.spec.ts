import { describe, expect, it } from '@jest/globals';
import { chineseDate, dayLabel, deductionLabel, periodLabel, pointsLabel, quarterLabel, quarterName, rateLabel, statusLabel, timeLabel } from './labels.ts';

describe('chineseDate', () => {
  it.each([
    ['2026-10-09', '2026年10月9日'],
    ['2026-01-01', '2026年1月1日'],
    ['2027-12-31', '2027年12月31日'],
  ])('%s → %s', (d, expected) => expect(chineseDate(d)).toBe(expected));

  it('refuses a date that does not exist', () => {
    expect(() => chineseDate('2026-02-30')).toThrow(RangeError);
  });
});

describe('dayLabel and timeLabel (screens)', () => {
  it('print Beijing time, whatever the machine zone: a day 2026-11-05, a time 2026-11-05 14:30', () => {
    expect(timeLabel('2026-11-05T06:30:00Z')).toBe('2026-11-05 14:30');
    expect(timeLabel(new Date('2026-11-05T23:59:59.999+08:00'))).toBe('2026-11-05 23:59');
    expect(dayLabel('2026-11-04T16:00:00Z')).toBe('2026-11-05');
    expect(dayLabel('2026-11-05T15:59:59.999Z')).toBe('2026-11-05');
    // A calendar day is a day, not midnight UTC (which is the day before in New York).
    expect(dayLabel('2026-11-05')).toBe('2026-11-05');
  });

  it('refuse what is not an instant', () => {
    expect(() => timeLabel('soon')).toThrow(RangeError);
  });
});

describe('periodLabel', () => {
  it.each([
    ['2026-09', '2026年9月'],
    ['2026-12', '2026年12月'],
    ['2026-Q1', '2026年第一季度'],
    ['2026-Q4', '2026年第四季度'],
    ['2026', '2026年'],
    ['ONCE', '一次性报送'],
  ])('%s → %s', (key, expected) => expect(periodLabel(key)).toBe(expected));

  it('refuses a malformed key', () => {
    expect(() => periodLabel('2026-9')).toThrow(RangeError);
  });
});

describe('quarterLabel and statusLabel', () => {
  it('writes a quarter as the circular does, and one word per status (DESIGN.md §2.3)', () => {
    expect(quarterLabel(2026, 3)).toBe('2026年第三季度');
    expect(['ON_TIME', 'LATE', 'OVERDUE', 'EXCUSED'].map(statusLabel)).toEqual(['按时', '迟报', '逾期未报', '已说明']);
    expect(statusLabel('SOMETHING_ELSE')).toBe('SOMETHING_ELSE');
  });
});

describe('quarterName', () => {
  it('names the four quarters and nothing else', () => {
    expect([1, 2, 3, 4].map(quarterName)).toEqual(['一', '二', '三', '四']);
    expect(() => quarterName(5)).toThrow(RangeError);
    expect(() => quarterName(0)).toThrow(RangeError);
  });
});

describe('rateLabel and pointsLabel', () => {
  it.each([
    [null, '—'],
    [0, '0.0%'],
    [1, '100.0%'],
    [2 / 3, '66.7%'],
    [0.1234, '12.3%'],
  ])('rate %p → %s', (rate, expected) => expect(rateLabel(rate)).toBe(expected));

  it.each([
    [0.5, '0.5'],
    [1, '1'],
    [0.25, '0.25'],
    [98.75, '98.75'],
    [-2, '-2'],
  ])('points %p → %s', (points, expected) => expect(pointsLabel(points)).toBe(expected));
});

describe('deductionLabel', () => {
  it('names the obligation, its period and the cause, with the days late', () => {
    expect(deductionLabel({ cause: 'LATE', streamName: '“双公示”信息月度统计', period: '2026-03', daysLate: 2 })).toBe(
      '“双公示”信息月度统计 2026年3月：迟报（迟报2天）',
    );
    expect(deductionLabel({ cause: 'MISSING', streamName: '“诚信红黑榜”信息', period: '2026-05', daysLate: null })).toBe(
      '“诚信红黑榜”信息 2026年5月：逾期未报',
    );
  });

  it('a missing contact has no obligation', () => {
    expect(deductionLabel({ cause: 'NO_CONTACT', streamName: null, period: null, daysLate: null })).toBe('未指定负责人');
  });
});

import { describe, expect, it } from '@jest/globals';
import { completeQuarter, completeYear, latestCompleteRound, type MonthDue, roundWindow } from './rounds.ts';

const due = (month: string, at: string): MonthDue => ({ month, lastDueAt: new Date(at) });
/** The seeded monthly streams: each month due on the 5th (or the next working day) of the next one, end of day. */
const HISTORY = [
  due('2026-09', '2026-10-08T23:59:59.999+08:00'),
  due('2026-10', '2026-11-05T23:59:59.999+08:00'),
  due('2026-11', '2026-12-07T23:59:59.999+08:00'),
  due('2026-12', '2027-01-05T23:59:59.999+08:00'),
];

describe('latestCompleteRound', () => {
  it.each([
    // now, month, quarter, year, open
    ['2026-12-02T10:00:00+08:00', '2026-10', '2026-Q3', '2025', '2026-11'],
    ['2026-11-27T10:00:00+08:00', '2026-10', '2026-Q3', '2025', '2026-11'],
    ['2026-11-05T23:59:59.998+08:00', '2026-09', '2026-Q3', '2025', '2026-10'],
    ['2026-11-06T00:00:00+08:00', '2026-10', '2026-Q3', '2025', '2026-11'],
    ['2026-12-08T00:00:00+08:00', '2026-11', '2026-Q3', '2025', '2026-12'],
    ['2027-01-06T09:00:00+08:00', '2026-12', '2026-Q4', '2026', null],
  ])('at %s: month %s, quarter %s, year %s, open %s', (now, month, quarter, year, open) => {
    const r = latestCompleteRound(HISTORY, new Date(now));
    expect({ month: r.month, quarter: r.quarter, year: r.year, open: r.open, known: r.known }).toEqual({ month, quarter, year, open, known: true });
  });

  it('a month is complete only when its LAST obligation has fallen due (a one-off or a later stream holds it open)', () => {
    const months = [due('2026-10', '2026-11-05T23:59:59.999+08:00'), due('2026-11', '2026-12-20T23:59:59.999+08:00')];
    const r = latestCompleteRound(months, new Date('2026-12-10T10:00:00+08:00'));
    expect(r.month).toBe('2026-10');
    expect(r.open).toBe('2026-11');
    expect(r.openDueAt?.toISOString()).toBe('2026-12-20T15:59:59.999Z');
  });

  it('ignores the order the facts come in', () => {
    const r = latestCompleteRound([...HISTORY].reverse(), new Date('2026-12-02T10:00:00+08:00'));
    expect([r.month, r.open]).toEqual(['2026-10', '2026-11']);
  });

  it('without any complete month falls back to the month before now (Shanghai), and says so', () => {
    expect(latestCompleteRound([], new Date('2026-12-01T17:00:00Z'))).toEqual({
      month: '2026-11', // 2026-12-02 01:00 in Shanghai
      known: false,
      quarter: '2026-Q3',
      year: '2025',
      open: null,
      openDueAt: null,
    });
    const r = latestCompleteRound([due('2026-11', '2026-12-07T23:59:59.999+08:00')], new Date('2026-11-20T10:00:00+08:00'));
    expect([r.month, r.known, r.open]).toEqual(['2026-10', false, '2026-11']);
  });
});

describe('completeQuarter / completeYear', () => {
  it.each([
    ['2026-03', '2026-Q1', '2025'],
    ['2026-04', '2026-Q1', '2025'],
    ['2026-05', '2026-Q1', '2025'],
    ['2026-06', '2026-Q2', '2025'],
    ['2026-01', '2025-Q4', '2025'],
    ['2026-12', '2026-Q4', '2026'],
  ])('%s → %s, %s', (month, quarter, year) => {
    expect([completeQuarter(month), completeYear(month)]).toEqual([quarter, year]);
  });
});

describe('roundWindow', () => {
  it('the last 12 complete months, then the open one', () => {
    expect(roundWindow({ month: '2026-10', open: '2026-11' })).toEqual({ from: '2025-11', to: '2026-11' });
    expect(roundWindow({ month: '2026-12', open: null })).toEqual({ from: '2026-01', to: '2026-12' });
    expect(roundWindow({ month: '2026-10', open: '2026-11' }, 3)).toEqual({ from: '2026-08', to: '2026-11' });
  });
});

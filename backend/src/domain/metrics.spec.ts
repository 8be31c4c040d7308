import { describe, expect, it } from '@jest/globals';
import { computeMetrics, isExpected, isMissing, type Metrics, type MetricsItem, toMetrics, withRates } from './metrics.ts';
import type { ObligationStatus } from './status.ts';

const item = (status: ObligationStatus, pastDue = true, daysLate: number | null = null): MetricsItem => ({
  status,
  pastDue,
  daysLate: status === 'LATE' ? daysLate : status === 'ON_TIME' ? 0 : null,
});

const zero: Metrics = {
  expected: 0,
  onTime: 0,
  late: 0,
  missing: 0,
  excused: 0,
  inReview: 0,
  onTimeRate: null,
  submittedRate: null,
  daysLate: 0,
};

describe('computeMetrics: one obligation of each kind', () => {
  it.each<[string, MetricsItem, Partial<Metrics>]>([
    ['EXEMPT is not expected', item('EXEMPT'), {}],
    ['PENDING is not expected', item('PENDING', false), {}],
    ['RETURNED before due is not expected (still in time)', item('RETURNED', false), {}],
    ['RETURNED past due is missing', item('RETURNED'), { expected: 1, missing: 1, onTimeRate: 0, submittedRate: 0 }],
    ['OVERDUE is missing', item('OVERDUE'), { expected: 1, missing: 1, onTimeRate: 0, submittedRate: 0 }],
    ['ON_TIME', item('ON_TIME', false), { expected: 1, onTime: 1, onTimeRate: 1, submittedRate: 1 }],
    ['LATE', item('LATE', true, 4), { expected: 1, late: 1, daysLate: 4, onTimeRate: 0, submittedRate: 1 }],
    ['SUBMITTED before due', item('SUBMITTED', false), { expected: 1, inReview: 1, onTimeRate: 0, submittedRate: 1 }],
    ['SUBMITTED past due', item('SUBMITTED'), { expected: 1, inReview: 1, onTimeRate: 0, submittedRate: 1 }],
    ['EXCUSED is expected, not submitted', item('EXCUSED'), { expected: 1, excused: 1, onTimeRate: 0, submittedRate: 0 }],
  ])('%s', (_name, i, expected) => {
    expect(computeMetrics([i])).toEqual({ ...zero, ...expected });
  });
});

describe('computeMetrics: sets', () => {
  it.each<[string, MetricsItem[], Metrics]>([
    ['empty set → rates null', [], zero],
    [
      'only exempt and pending → rates null, never 0 % or 100 %',
      [item('EXEMPT'), item('PENDING', false), item('RETURNED', false)],
      zero,
    ],
    [
      'a quarter of a unit',
      [
        item('ON_TIME', true),
        item('LATE', true, 3),
        item('LATE', true, 1),
        item('OVERDUE'),
        item('RETURNED', true),
        item('EXCUSED'),
        item('SUBMITTED', false),
        item('EXEMPT'),
        item('PENDING', false),
        item('RETURNED', false),
      ],
      {
        expected: 7,
        onTime: 1,
        late: 2,
        missing: 2,
        excused: 1,
        inReview: 1,
        onTimeRate: 1 / 7,
        submittedRate: 4 / 7,
        daysLate: 4,
      },
    ],
    [
      'all on time',
      [item('ON_TIME'), item('ON_TIME'), item('ON_TIME')],
      { ...zero, expected: 3, onTime: 3, onTimeRate: 1, submittedRate: 1 },
    ],
    [
      'a LATE without daysLate adds nothing to daysLate',
      [{ status: 'LATE', pastDue: true, daysLate: null }, item('LATE', true, 2)],
      { ...zero, expected: 2, late: 2, daysLate: 2, onTimeRate: 0, submittedRate: 1 },
    ],
  ])('%s', (_name, items, expected) => {
    expect(computeMetrics(items)).toEqual(expected);
  });

  it('ignores daysLate on statuses other than LATE', () => {
    expect(computeMetrics([{ status: 'OVERDUE', pastDue: true, daysLate: 9 }]).daysLate).toBe(0);
  });
});

describe('isMissing / isExpected: the one rule, over every status before and after due', () => {
  const statuses: ObligationStatus[] = ['EXEMPT', 'PENDING', 'SUBMITTED', 'ON_TIME', 'LATE', 'RETURNED', 'OVERDUE', 'EXCUSED'];
  it.each(statuses.flatMap((status) => [true, false].map((pastDue) => [status, pastDue] as const)))('%s, past due %s', (status, pastDue) => {
    const counted = computeMetrics([{ status, pastDue, daysLate: null }]);
    expect(isMissing({ status, pastDue })).toBe(counted.missing === 1);
    expect(isExpected({ status, pastDue })).toBe(counted.expected === 1);
  });
  it('missing is OVERDUE, or RETURNED past due — nothing else', () => {
    const missing = statuses.flatMap((status) => [true, false].filter((pastDue) => isMissing({ status, pastDue })).map((pastDue) => `${status}:${pastDue}`));
    expect(missing.sort()).toEqual(['OVERDUE:false', 'OVERDUE:true', 'RETURNED:true']);
  });
});

describe("toMetrics: the database's snake_case counts", () => {
  it('maps every count and adds the rates', () => {
    const row = { expected: 8, on_time: 4, late: 2, missing: 1, excused: 1, in_review: 0, days_late: 5, unit_id: 3 };
    expect(toMetrics(row)).toEqual({ expected: 8, onTime: 4, late: 2, missing: 1, excused: 1, inReview: 0, daysLate: 5, onTimeRate: 0.5, submittedRate: 0.75 });
  });
  it('no row counts zero, rates null', () => {
    expect(toMetrics(undefined)).toEqual(zero);
    expect(toMetrics(null)).toEqual(zero);
  });
  it('withRates keeps only the counts of a wider row', () => {
    const wide = { expected: 2, onTime: 1, late: 1, missing: 0, excused: 0, inReview: 0, daysLate: 1, unitName: '区编办', rank: 1 };
    expect(withRates(wide)).toEqual({ expected: 2, onTime: 1, late: 1, missing: 0, excused: 0, inReview: 0, daysLate: 1, onTimeRate: 0.5, submittedRate: 1 });
  });
});

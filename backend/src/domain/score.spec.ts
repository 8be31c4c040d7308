import { describe, expect, it } from '@jest/globals';
import {
  DEFAULT_SCORING_RULES,
  scoreFromCounts,
  scoreUnit,
  toHundredths,
  type Deduction,
  type ScoreInput,
  type ScoringRules,
} from './score.ts';
import type { ObligationStatus } from './status.ts';

type O = ScoreInput['obligations'][number];
const o = (obligationId: number, status: ObligationStatus, pastDue = true, label?: string): O => ({
  obligationId,
  status,
  pastDue,
  ...(label !== undefined ? { label } : {}),
});
const repeat = (n: number, status: ObligationStatus): O[] => Array.from({ length: n }, (_, i) => o(i + 1, status));
const d = (cause: Deduction['cause'], obligationId: number | null, points: number, label?: string): Deduction => ({
  cause,
  obligationId,
  points,
  ...(label !== undefined ? { label } : {}),
});

describe('scoreUnit with the default rules', () => {
  it.each<[string, ScoreInput, number, Deduction[]]>([
    ['nothing wrong', { obligations: [o(1, 'ON_TIME'), o(2, 'EXEMPT')], hasContact: true }, 100, []],
    ['no contact only', { obligations: [], hasContact: false }, 99, [d('NO_CONTACT', null, 1)]],
    [
      'mixed: late, missing, returned past due, excused, no contact',
      {
        obligations: [
          o(1, 'ON_TIME'),
          o(2, 'LATE', true, '2026-07 双公示'),
          o(3, 'OVERDUE'),
          o(4, 'RETURNED', true),
          o(5, 'EXCUSED'),
          o(6, 'SUBMITTED'),
          o(7, 'PENDING', false),
          o(8, 'RETURNED', false),
          o(9, 'EXEMPT'),
        ],
        hasContact: false,
      },
      96.25,
      [
        d('LATE', 2, 0.5, '2026-07 双公示'),
        d('MISSING', 3, 1),
        d('MISSING', 4, 1),
        d('EXCUSED', 5, 0.25),
        d('NO_CONTACT', null, 1),
      ],
    ],
  ])('%s', (_name, input, score, deductions) => {
    const r = scoreUnit(input, DEFAULT_SCORING_RULES);
    expect(r).toEqual({ score, deductions });
    expect(r.deductions.reduce((s, x) => s + x.points * 100, 0)).toBe(10_000 - score * 100);
  });

  it('uses the default rules when none are given', () => {
    expect(scoreUnit({ obligations: [o(1, 'LATE')], hasContact: true }).score).toBe(99.5);
  });
});

describe('scoreUnit: exact quarter steps', () => {
  it.each([
    [1, 99.75],
    [3, 99.25],
    [7, 98.25],
    [13, 96.75],
    [399, 0.25],
    [400, 0],
  ])('%i excused → %d', (n, score) => {
    const r = scoreUnit({ obligations: repeat(n, 'EXCUSED'), hasContact: true }, DEFAULT_SCORING_RULES);
    expect(r.score).toBe(score);
    expect(r.deductions).toHaveLength(n);
  });

  it('0.1-point rules do not drift (0.1 × 3 ≠ 0.3 in floating point)', () => {
    const rules: ScoringRules = { latePerReport: 0.1, missingPerReport: 0.2, excusedPerReport: 0.05, noContact: 0.3 };
    const obligations = [...repeat(3, 'LATE'), o(9, 'OVERDUE'), o(10, 'EXCUSED')];
    const r = scoreUnit({ obligations, hasContact: false }, rules);
    expect(r.score).toBe(99.15);
  });
});

describe('scoreUnit: floor at 0', () => {
  it.each([
    [100, 'OVERDUE' as const, true, 0, 100],
    [101, 'OVERDUE' as const, true, 0, 101],
    [99, 'OVERDUE' as const, false, 0, 100],
    [150, 'LATE' as const, true, 25, 75],
    [250, 'LATE' as const, false, 0, 126],
  ])('%i × %s, contact %s → %d', (n, status, hasContact, score, rowPoints) => {
    const r = scoreUnit({ obligations: repeat(n, status), hasContact }, DEFAULT_SCORING_RULES);
    expect(r.score).toBe(score);
    // Every row is kept even past the floor, so a unit sees every point it lost.
    expect(r.deductions.reduce((s, x) => s + x.points * 100, 0) / 100).toBe(rowPoints);
  });
});

describe('scoreUnit: rules edited by the office', () => {
  it('a rule set to 0 produces no rows', () => {
    const rules = { ...DEFAULT_SCORING_RULES, excusedPerReport: 0, noContact: 0 };
    const r = scoreUnit({ obligations: [o(1, 'EXCUSED'), o(2, 'LATE')], hasContact: false }, rules);
    expect(r).toEqual({ score: 99.5, deductions: [d('LATE', 2, 0.5)] });
  });

  it.each<[string, Partial<ScoringRules>]>([
    ['negative', { latePerReport: -0.5 }],
    ['finer than hundredths', { excusedPerReport: 0.125 }],
    ['NaN', { missingPerReport: Number.NaN }],
    ['infinite', { noContact: Number.POSITIVE_INFINITY }],
  ])('rejects a %s rule', (_name, change) => {
    expect(() => scoreUnit({ obligations: [], hasContact: true }, { ...DEFAULT_SCORING_RULES, ...change })).toThrow(
      RangeError,
    );
  });
});

describe('toHundredths', () => {
  it.each([
    [0, 0],
    [0.25, 25],
    [0.1, 10],
    [0.29, 29],
    [1.15, 115],
    [2, 200],
  ])('%d → %i', (value, h) => {
    expect(toHundredths(value)).toBe(h);
  });
});

describe('scoreFromCounts agrees with scoreUnit', () => {
  const statuses: [string, number][] = [
    ['LATE', 3],
    ['OVERDUE', 2],
    ['EXCUSED', 5],
    ['ON_TIME', 4],
  ];
  it.each([
    [DEFAULT_SCORING_RULES, true],
    [DEFAULT_SCORING_RULES, false],
    [{ latePerReport: 2, missingPerReport: 10, excusedPerReport: 0.75, noContact: 5 }, false],
    [{ latePerReport: 0, missingPerReport: 0, excusedPerReport: 0, noContact: 0 }, true],
    [{ latePerReport: 20, missingPerReport: 30, excusedPerReport: 1, noContact: 1 }, true],
  ])('rules %j, contact %s', (rules, hasContact) => {
    let id = 0;
    const obligations = statuses.flatMap(([status, n]) =>
      Array.from({ length: n }, () => ({ obligationId: ++id, status: status as 'LATE', pastDue: true })),
    );
    const full = scoreUnit({ obligations, hasContact }, rules);
    expect(scoreFromCounts({ late: 3, missing: 2, excused: 5 }, hasContact, rules)).toBe(full.score);
  });
});

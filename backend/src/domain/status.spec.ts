import { describe, expect, it } from '@jest/globals';
import { dueInstant } from './calendar.ts';
import {
  correctionWindowEnd,
  obligationStatus,
  type ObligationFacts,
  type ObligationStatus,
  type SubmissionFacts,
} from './status.ts';

/** A Shanghai wall-clock time, 'YYYY-MM-DD HH:mm[:ss.SSS]'. */
const sh = (s: string): Date => new Date(`${s.replace(' ', 'T')}+08:00`);

// Period 2026-09 of SGS_MONTHLY: due 2026-10-08 (10/1–10/7 are 国庆节), end of day.
const DUE = dueInstant('2026-10-08');

type Review = [decision: 'ACCEPT' | 'RETURN', decidedAt: string];
/** Versions 1, 2, … with ids 101, 102, …: [filedAt, review?]. */
const versions = (...vs: [filedAt: string, review?: Review][]): SubmissionFacts[] =>
  vs.map(([filedAt, review], i) => ({
    id: 101 + i,
    version: i + 1,
    filedAt: sh(filedAt),
    review: review ? { decision: review[0], decidedAt: sh(review[1]) } : null,
  }));

const facts = (f: Partial<ObligationFacts> = {}): ObligationFacts => ({
  dueAt: DUE,
  correctionWorkdays: 3,
  exemptedAt: null,
  submissions: [],
  explanations: [],
  ...f,
});

type Expected = [status: ObligationStatus, daysLate: number | null, timelinessAt: string | null, latest: number | null];
const check = (f: ObligationFacts, asOf: string, [status, daysLate, timelinessAt, latest]: Expected) => {
  expect(obligationStatus(f, sh(asOf))).toEqual({
    status,
    daysLate,
    timelinessAt: timelinessAt === null ? null : sh(timelinessAt),
    latestSubmissionId: latest,
    pastDue: sh(asOf).getTime() > DUE.getTime(),
  });
};

describe('obligationStatus: the rows of DESIGN.md §2.3', () => {
  it.each<[string, ObligationFacts, string, Expected]>([
    ['PENDING: nothing filed, before due', facts(), '2026-10-01 09:00', ['PENDING', null, null, null]],
    ['PENDING: at the due instant itself', facts(), '2026-10-08 23:59:59.999', ['PENDING', null, null, null]],
    ['OVERDUE: nothing filed, 1 ms after due', facts(), '2026-10-09 00:00', ['OVERDUE', null, null, null]],
    ['EXEMPT', facts({ exemptedAt: sh('2026-10-02 10:00') }), '2026-10-20 09:00', ['EXEMPT', null, null, null]],
    [
      'SUBMITTED: filed, awaiting review',
      facts({ submissions: versions(['2026-10-08 10:00']) }),
      '2026-10-08 12:00',
      ['SUBMITTED', null, null, 101],
    ],
    [
      'SUBMITTED: filed late, still awaiting review',
      facts({ submissions: versions(['2026-10-12 10:00']) }),
      '2026-10-20 12:00',
      ['SUBMITTED', null, null, 101],
    ],
    [
      'ON_TIME: filed at the last millisecond',
      facts({ submissions: versions(['2026-10-08 23:59:59.999', ['ACCEPT', '2026-10-09 09:00']]) }),
      '2026-10-20 09:00',
      ['ON_TIME', 0, '2026-10-08 23:59:59.999', 101],
    ],
    [
      'LATE: filed just after midnight',
      facts({ submissions: versions(['2026-10-09 00:00', ['ACCEPT', '2026-10-09 09:00']]) }),
      '2026-10-20 09:00',
      ['LATE', 1, '2026-10-09 00:00', 101],
    ],
    [
      'LATE: four calendar days',
      facts({ submissions: versions(['2026-10-12 23:30', ['ACCEPT', '2026-10-13 09:00']]) }),
      '2026-10-20 09:00',
      ['LATE', 4, '2026-10-12 23:30', 101],
    ],
    [
      'RETURNED: before due',
      facts({ submissions: versions(['2026-10-07 10:00', ['RETURN', '2026-10-08 09:00']]) }),
      '2026-10-08 12:00',
      ['RETURNED', null, null, 101],
    ],
    [
      'RETURNED: past due, still RETURNED (metrics count it missing)',
      facts({ submissions: versions(['2026-10-07 10:00', ['RETURN', '2026-10-08 09:00']]) }),
      '2026-10-20 12:00',
      ['RETURNED', null, null, 101],
    ],
    [
      'EXCUSED: nothing filed, explanation accepted',
      facts({ explanations: [{ status: 'ACCEPTED', decidedAt: sh('2026-10-12 10:00') }] }),
      '2026-10-13 09:00',
      ['EXCUSED', null, null, null],
    ],
    [
      'OVERDUE: explanation rejected',
      facts({ explanations: [{ status: 'REJECTED', decidedAt: sh('2026-10-12 10:00') }] }),
      '2026-10-13 09:00',
      ['OVERDUE', null, null, null],
    ],
    [
      'OVERDUE: explanation not decided yet',
      facts({ explanations: [{ status: 'PENDING', decidedAt: null }] }),
      '2026-10-13 09:00',
      ['OVERDUE', null, null, null],
    ],
    [
      'OVERDUE: accepted explanation without a decision time is not counted',
      facts({ explanations: [{ status: 'ACCEPTED', decidedAt: null }] }),
      '2026-10-13 09:00',
      ['OVERDUE', null, null, null],
    ],
  ])('%s', (_name, f, asOf, expected) => {
    check(f, asOf, expected);
  });
});

describe('obligationStatus: precedence', () => {
  it.each<[string, ObligationFacts, string, Expected]>([
    [
      'EXEMPT beats an accepted version',
      facts({
        exemptedAt: sh('2026-10-15 10:00'),
        submissions: versions(['2026-10-12 10:00', ['ACCEPT', '2026-10-13 10:00']]),
      }),
      '2026-10-20 09:00',
      ['EXEMPT', null, null, 101],
    ],
    [
      'accepted version beats an accepted explanation',
      facts({
        submissions: versions(['2026-10-12 10:00', ['ACCEPT', '2026-10-13 10:00']]),
        explanations: [{ status: 'ACCEPTED', decidedAt: sh('2026-10-10 10:00') }],
      }),
      '2026-10-20 09:00',
      ['LATE', 4, '2026-10-12 10:00', 101],
    ],
    [
      'a version awaiting review beats an accepted explanation',
      facts({
        submissions: versions(['2026-10-12 10:00']),
        explanations: [{ status: 'ACCEPTED', decidedAt: sh('2026-10-10 10:00') }],
      }),
      '2026-10-20 09:00',
      ['SUBMITTED', null, null, 101],
    ],
    [
      'an accepted explanation beats a returned version',
      facts({
        submissions: versions(['2026-10-07 10:00', ['RETURN', '2026-10-09 10:00']]),
        explanations: [{ status: 'ACCEPTED', decidedAt: sh('2026-10-20 10:00') }],
      }),
      '2026-10-21 09:00',
      ['EXCUSED', null, null, 101],
    ],
    [
      'only the latest version counts: accepted v1, v2 awaiting review',
      facts({ submissions: versions(['2026-10-07 10:00', ['ACCEPT', '2026-10-08 10:00']], ['2026-10-09 10:00']) }),
      '2026-10-09 12:00',
      ['SUBMITTED', null, null, 102],
    ],
    [
      'versions are ordered by version number, not by array order',
      facts({
        submissions: versions(['2026-10-07 10:00', ['RETURN', '2026-10-08 10:00']], ['2026-10-08 20:00']).reverse(),
      }),
      '2026-10-09 12:00',
      ['SUBMITTED', null, null, 102],
    ],
  ])('%s', (_name, f, asOf, expected) => {
    check(f, asOf, expected);
  });
});

describe('obligationStatus: correction window after a return (3 working days)', () => {
  it.each<[string, ObligationFacts, Expected]>([
    [
      'refiled on the last day of the window (10/10 is a 调休 Saturday): first filing counts',
      facts({
        submissions: versions(
          ['2026-10-08 10:00', ['RETURN', '2026-10-09 15:00']], // window: 10/10, 10/12, 10/13
          ['2026-10-13 23:00', ['ACCEPT', '2026-10-14 09:00']],
        ),
      }),
      ['ON_TIME', 0, '2026-10-08 10:00', 102],
    ],
    [
      'refiled after the window: its own filing time counts',
      facts({
        submissions: versions(
          ['2026-10-08 10:00', ['RETURN', '2026-10-09 15:00']],
          ['2026-10-14 00:00', ['ACCEPT', '2026-10-14 09:00']],
        ),
      }),
      ['LATE', 6, '2026-10-14 00:00', 102],
    ],
    [
      'window crossing 国庆节: returned 9/30, window 10/8–10/10, refiled 10/10',
      facts({
        submissions: versions(
          ['2026-09-29 10:00', ['RETURN', '2026-09-30 17:00']],
          ['2026-10-10 20:00', ['ACCEPT', '2026-10-12 09:00']],
        ),
      }),
      ['ON_TIME', 0, '2026-09-29 10:00', 102],
    ],
    [
      'window crossing 国庆节: refiled 10/11, one day too late',
      facts({
        submissions: versions(
          ['2026-09-29 10:00', ['RETURN', '2026-09-30 17:00']],
          ['2026-10-11 09:00', ['ACCEPT', '2026-10-12 09:00']],
        ),
      }),
      ['LATE', 3, '2026-10-11 09:00', 102],
    ],
    [
      'returned on a holiday: the window starts after it',
      facts({
        submissions: versions(
          ['2026-09-29 10:00', ['RETURN', '2026-10-03 10:00']], // window: 10/8, 10/9, 10/10
          ['2026-10-10 09:00', ['ACCEPT', '2026-10-12 09:00']],
        ),
      }),
      ['ON_TIME', 0, '2026-09-29 10:00', 102],
    ],
    [
      'a chain of returns, each refiled in its window: the chain keeps the first filing',
      facts({
        submissions: versions(
          ['2026-10-07 10:00', ['RETURN', '2026-10-09 15:00']], // window to 10/13
          ['2026-10-12 10:00', ['RETURN', '2026-10-14 15:00']], // window 10/15, 10/16, 10/19
          ['2026-10-19 18:00', ['ACCEPT', '2026-10-20 09:00']],
        ),
      }),
      ['ON_TIME', 0, '2026-10-07 10:00', 103],
    ],
    [
      'a chain broken in the middle: the chain restarts at the late refiling',
      facts({
        submissions: versions(
          ['2026-10-07 10:00', ['RETURN', '2026-10-09 15:00']], // window to 10/13
          ['2026-10-15 10:00', ['RETURN', '2026-10-16 15:00']], // outside; window 10/19–10/21
          ['2026-10-21 18:00', ['ACCEPT', '2026-10-22 09:00']],
        ),
      }),
      ['LATE', 7, '2026-10-15 10:00', 103],
    ],
    [
      'first filing already late: refiling in the window keeps its lateness',
      facts({
        submissions: versions(
          ['2026-10-10 10:00', ['RETURN', '2026-10-12 15:00']],
          ['2026-10-14 10:00', ['ACCEPT', '2026-10-15 09:00']],
        ),
      }),
      ['LATE', 2, '2026-10-10 10:00', 102],
    ],
    [
      'zero-day window: refiled the same day as the return',
      facts({
        correctionWorkdays: 0,
        submissions: versions(
          ['2026-10-08 10:00', ['RETURN', '2026-10-09 15:00']],
          ['2026-10-09 23:00', ['ACCEPT', '2026-10-12 09:00']],
        ),
      }),
      ['ON_TIME', 0, '2026-10-08 10:00', 102],
    ],
    [
      'zero-day window: refiled the next day',
      facts({
        correctionWorkdays: 0,
        submissions: versions(
          ['2026-10-08 10:00', ['RETURN', '2026-10-09 15:00']],
          ['2026-10-10 09:00', ['ACCEPT', '2026-10-12 09:00']],
        ),
      }),
      ['LATE', 2, '2026-10-10 09:00', 102],
    ],
  ])('%s', (_name, f, expected) => {
    check(f, '2026-10-31 09:00', expected);
  });

  it.each([
    ['2026-10-09 15:00', 3, '2026-10-13 23:59:59.999'],
    ['2026-09-30 17:00', 3, '2026-10-10 23:59:59.999'],
    ['2026-09-30 17:00', 0, '2026-09-30 23:59:59.999'],
    ['2026-02-13 10:00', 1, '2026-02-14 23:59:59.999'],
    ['2026-02-13 10:00', 2, '2026-02-24 23:59:59.999'],
  ])('correctionWindowEnd(%s, %i) = %s', (returnedAt, n, end) => {
    expect(correctionWindowEnd(sh(returnedAt), n)).toEqual(sh(end));
  });
});

describe('obligationStatus: replaying past days', () => {
  const f = facts({
    exemptedAt: null,
    submissions: versions(
      ['2026-10-07 10:00', ['RETURN', '2026-10-09 15:00']],
      ['2026-10-12 10:00', ['ACCEPT', '2026-10-13 10:00']],
    ),
  });

  it.each<[string, Expected]>([
    ['2026-10-06 09:00', ['PENDING', null, null, null]],
    ['2026-10-07 09:59:59.999', ['PENDING', null, null, null]],
    ['2026-10-07 10:00', ['SUBMITTED', null, null, 101]],
    ['2026-10-09 14:59', ['SUBMITTED', null, null, 101]], // the return is not decided yet
    ['2026-10-09 15:00', ['RETURNED', null, null, 101]],
    ['2026-10-12 09:00', ['RETURNED', null, null, 101]],
    ['2026-10-12 10:00', ['SUBMITTED', null, null, 102]],
    ['2026-10-13 10:00', ['ON_TIME', 0, '2026-10-07 10:00', 102]],
  ])('as of %s', (asOf, expected) => {
    check(f, asOf, expected);
  });

  it.each<[string, Expected]>([
    ['2026-10-12 09:00', ['OVERDUE', null, null, null]],
    ['2026-10-15 09:59', ['OVERDUE', null, null, null]],
    ['2026-10-15 10:00', ['EXEMPT', null, null, null]],
  ])('an exemption after asOf is ignored: as of %s', (asOf, expected) => {
    check(facts({ exemptedAt: sh('2026-10-15 10:00') }), asOf, expected);
  });

  it.each<[string, Expected]>([
    ['2026-10-12 09:00', ['OVERDUE', null, null, null]],
    ['2026-10-12 10:00', ['EXCUSED', null, null, null]],
  ])('an explanation accepted after asOf is ignored: as of %s', (asOf, expected) => {
    check(facts({ explanations: [{ status: 'ACCEPTED', decidedAt: sh('2026-10-12 10:00') }] }), asOf, expected);
  });

  it('a return decided after the window would have closed is judged when it happens', () => {
    // Late returns are the office's doing: the window counts from the return, not from the filing.
    const g = facts({
      submissions: versions(
        ['2026-10-08 10:00', ['RETURN', '2026-10-20 15:00']],
        ['2026-10-22 10:00', ['ACCEPT', '2026-10-22 11:00']],
      ),
    });
    check(g, '2026-10-31 09:00', ['ON_TIME', 0, '2026-10-08 10:00', 102]);
  });
});

describe('obligationStatus: input checks', () => {
  it.each([-1, 1.5, Number.NaN])('correctionWorkdays %d throws', (n) => {
    expect(() => obligationStatus(facts({ correctionWorkdays: n }), sh('2026-10-09 00:00'))).toThrow(RangeError);
  });

  it('an invalid asOf throws', () => {
    expect(() => obligationStatus(facts(), new Date('nope'))).toThrow(RangeError);
  });
});

describe('obligationStatus: a filing withdrawn while in review, a filing reopened after acceptance', () => {
  const withdrawn = (s: SubmissionFacts, at: string): SubmissionFacts => ({ ...s, withdrawnAt: sh(at) });

  it('withdrawn: from its withdrawal on it counts as never filed (未到期 before due, 逾期未报 after)', () => {
    const [v1] = versions(['2026-10-07 10:00']);
    const f = facts({ submissions: [withdrawn(v1!, '2026-10-07 11:00')] });
    check(f, '2026-10-07 10:30', ['SUBMITTED', null, null, 101]);
    check(f, '2026-10-07 12:00', ['PENDING', null, null, null]);
    check(f, '2026-10-09 12:00', ['OVERDUE', null, null, null]);
  });

  it('withdrawn after a return: the return stands again, and its correction window still links the next filing', () => {
    const [v1, v2, v3] = versions(
      ['2026-10-08 10:00', ['RETURN', '2026-10-09 15:00']], // window: 10/10, 10/12, 10/13
      ['2026-10-10 09:00'],
      ['2026-10-13 20:00', ['ACCEPT', '2026-10-14 09:00']],
    );
    const f = facts({ submissions: [v1!, withdrawn(v2!, '2026-10-10 10:00'), v3!] });
    check(f, '2026-10-11 12:00', ['RETURNED', null, null, 101]);
    check(f, '2026-10-14 12:00', ['ON_TIME', 0, '2026-10-08 10:00', 103]);
  });

  it('reopened (its review removed, accepted again later): timeliness comes from the filing times, not the decision', () => {
    const [accepted] = versions(['2026-10-08 10:00', ['ACCEPT', '2026-11-20 09:00']]);
    check(facts({ submissions: [{ ...accepted!, review: null }] }), '2026-11-10 12:00', ['SUBMITTED', null, null, 101]);
    check(facts({ submissions: [accepted!] }), '2026-11-20 12:00', ['ON_TIME', 0, '2026-10-08 10:00', 101]);
  });
});

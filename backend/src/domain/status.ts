// Status of one obligation as of an instant (DESIGN.md §2.3). Everything dated after asOf is ignored, so
// the status of any past day can be replayed from the same facts.

import { addWorkdays } from './calendar.ts';
import { daysBetween, endOfDayShanghai, shanghaiDate } from './dates.ts';

import type { ObligationStatus } from '@credit/contract/labels';

export type { ObligationStatus };

export type ReviewDecision = 'ACCEPT' | 'RETURN';
export type ExplanationStatus = 'PENDING' | 'ACCEPTED' | 'REJECTED';

export interface SubmissionFacts {
  id: number;
  version: number;
  filedAt: Date;
  review: { decision: ReviewDecision; decidedAt: Date } | null;
  /** The unit withdrew it (while in review): from then on it counts as never filed. */
  withdrawnAt?: Date | null;
}

export interface ObligationFacts {
  dueAt: Date;
  /** The stream's correction window after a return, in working days. */
  correctionWorkdays: number;
  exemptedAt: Date | null;
  submissions: SubmissionFacts[];
  explanations: { status: ExplanationStatus; decidedAt: Date | null }[];
}

export interface ObligationStatusResult {
  status: ObligationStatus;
  /** 0 for ON_TIME, calendar days late for LATE, null otherwise. */
  daysLate: number | null;
  /** The time that decided ON_TIME / LATE; null otherwise. */
  timelinessAt: Date | null;
  /** The latest version filed by asOf, whatever its state. */
  latestSubmissionId: number | null;
  pastDue: boolean;
}

const atOrBefore = (t: Date | null | undefined, asOf: Date): t is Date => !!t && t.getTime() <= asOf.getTime();

/** A submission as seen at asOf: its review hidden if decided later. */
function visibleReview(s: SubmissionFacts, asOf: Date): SubmissionFacts['review'] {
  return s.review && atOrBefore(s.review.decidedAt, asOf) ? s.review : null;
}

/** End of the correction window opened by a return: the end of the n-th working day after its day. */
export function correctionWindowEnd(returnedAt: Date, correctionWorkdays: number): Date {
  return endOfDayShanghai(addWorkdays(shanghaiDate(returnedAt), correctionWorkdays));
}

/**
 * Timeliness time of the accepted version at index i of the version-ordered list: walk back while each
 * version was filed within the window of the preceding version's return, and take the filing time of the
 * first version of that chain.
 */
function timelinessTime(versions: SubmissionFacts[], i: number, asOf: Date, correctionWorkdays: number): Date {
  let start = i;
  while (start > 0) {
    const previous = versions[start - 1]!;
    const review = visibleReview(previous, asOf);
    if (review?.decision !== 'RETURN') break;
    const windowEnd = correctionWindowEnd(review.decidedAt, correctionWorkdays);
    if (versions[start]!.filedAt.getTime() > windowEnd.getTime()) break;
    start--;
  }
  return versions[start]!.filedAt;
}

function byVersion(a: SubmissionFacts, b: SubmissionFacts): number {
  return a.version - b.version || a.filedAt.getTime() - b.filedAt.getTime() || a.id - b.id;
}

/**
 * Precedence: EXEMPT > accepted latest version (ON_TIME / LATE) > latest version awaiting review (SUBMITTED)
 * > accepted explanation (EXCUSED) > latest version returned (RETURNED) > OVERDUE after due, else PENDING.
 * An explanation counts only with a decision time (needed for the replay).
 */
export function obligationStatus(f: ObligationFacts, asOf: Date): ObligationStatusResult {
  if (Number.isNaN(asOf.getTime()) || Number.isNaN(f.dueAt.getTime())) throw new RangeError('Invalid Date');
  if (!Number.isInteger(f.correctionWorkdays) || f.correctionWorkdays < 0) {
    throw new RangeError(`correctionWorkdays must be a non-negative integer, got ${f.correctionWorkdays}`);
  }
  const pastDue = asOf.getTime() > f.dueAt.getTime();
  const versions = f.submissions.filter((s) => atOrBefore(s.filedAt, asOf) && !atOrBefore(s.withdrawnAt, asOf)).sort(byVersion);
  const latest = versions.at(-1) ?? null;
  const base = { daysLate: null, timelinessAt: null, latestSubmissionId: latest?.id ?? null, pastDue };

  if (atOrBefore(f.exemptedAt, asOf)) return { ...base, status: 'EXEMPT' };

  const latestReview = latest ? visibleReview(latest, asOf) : null;
  if (latest && latestReview?.decision === 'ACCEPT') {
    const timelinessAt = timelinessTime(versions, versions.length - 1, asOf, f.correctionWorkdays);
    if (timelinessAt.getTime() <= f.dueAt.getTime()) {
      return { ...base, status: 'ON_TIME', daysLate: 0, timelinessAt };
    }
    const daysLate = daysBetween(shanghaiDate(f.dueAt), shanghaiDate(timelinessAt));
    return { ...base, status: 'LATE', daysLate, timelinessAt };
  }
  if (latest && !latestReview) return { ...base, status: 'SUBMITTED' };

  if (f.explanations.some((e) => e.status === 'ACCEPTED' && atOrBefore(e.decidedAt, asOf))) {
    return { ...base, status: 'EXCUSED' };
  }
  if (latestReview?.decision === 'RETURN') return { ...base, status: 'RETURNED' };
  return { ...base, status: pastDue ? 'OVERDUE' : 'PENDING' };
}

// Timeliness and the record figures (RECORDS.md §3, DESIGN.md §2.4): a record is timely when published
// no later than the publishWorkdays-th official working day after its decision day.

import { addWorkdays } from '../../domain/calendar.ts';
import { parseLocalDate, type LocalDate } from '../../domain/dates.ts';

/** 发改办财金〔2018〕424号: "自作出行政决定之日起7个工作日内". A per-year scoring rule (some counties use 20). */
export const DEFAULT_PUBLISH_WORKDAYS = 7;

function assertWorkdays(publishWorkdays: number): void {
  if (!Number.isInteger(publishWorkdays) || publishWorkdays < 0) {
    throw new RangeError(`publishWorkdays must be a non-negative integer, got ${publishWorkdays}`);
  }
}

/** The last day a record decided on decisionDate may be published: the n-th working day after it (the day itself not counted). */
export function publicationDeadline(decisionDate: LocalDate, publishWorkdays = DEFAULT_PUBLISH_WORKDAYS): LocalDate {
  assertWorkdays(publishWorkdays);
  return addWorkdays(decisionDate, publishWorkdays);
}

export interface TimelinessInput {
  readonly decisionDate: LocalDate;
  /** 公示日期 when the unit gave it. */
  readonly publicationDate: LocalDate | null;
  /** The filing day, the publication day when no 公示日期 was given. */
  readonly filingDay: LocalDate;
}

/** The day the record counts as published: its 公示日期 if given, else the filing day. */
export function publishedOn(input: TimelinessInput): LocalDate {
  return input.publicationDate ?? input.filingDay;
}

/** Whether a record was published in time, on the official working-day calendar. */
export function isTimely(input: TimelinessInput, publishWorkdays = DEFAULT_PUBLISH_WORKDAYS): boolean {
  const published = publishedOn(input);
  parseLocalDate(published);
  return published <= publicationDeadline(input.decisionDate, publishWorkdays);
}

/**
 * isTimely for the many records of one data file: each decision day's deadline is counted once (a file's
 * records share a few hundred decision days at most, and counting working days is most of the check).
 */
export function timelinessChecker(publishWorkdays = DEFAULT_PUBLISH_WORKDAYS): (input: TimelinessInput) => boolean {
  assertWorkdays(publishWorkdays);
  const deadlines = new Map<LocalDate, LocalDate>();
  return (input) => {
    const published = publishedOn(input);
    parseLocalDate(published);
    let deadline = deadlines.get(input.decisionDate);
    if (deadline === undefined) {
      deadline = publicationDeadline(input.decisionDate, publishWorkdays);
      deadlines.set(input.decisionDate, deadline);
    }
    return published <= deadline;
  };
}

export interface RecordCounts {
  /** Records filed, errors included. */
  readonly recordsFiled: number;
  readonly recordsValid: number;
  /** Valid records published late. */
  readonly recordsLate: number;
}

export interface RecordFigures extends RecordCounts {
  /** 合规率 = recordsValid / recordsFiled; null when nothing was filed (shown "—"). */
  readonly complianceRate: number | null;
  /** 迟报率 = recordsLate / recordsValid; null when nothing is valid (shown "—"). */
  readonly lateRecordRate: number | null;
}

/** The rates of some counts (e.g. counted in SQL); throws on counts that cannot be. */
export function figuresFromCounts(counts: RecordCounts): RecordFigures {
  const { recordsFiled, recordsValid, recordsLate } = counts;
  for (const n of [recordsFiled, recordsValid, recordsLate]) {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Record counts must be non-negative integers, got ${n}`);
  }
  if (recordsValid > recordsFiled || recordsLate > recordsValid) {
    throw new RangeError(`Inconsistent record counts: ${JSON.stringify(counts)}`);
  }
  return {
    recordsFiled,
    recordsValid,
    recordsLate,
    complianceRate: recordsFiled === 0 ? null : recordsValid / recordsFiled,
    lateRecordRate: recordsValid === 0 ? null : recordsLate / recordsValid,
  };
}

export interface FiguresItem {
  readonly valid: boolean;
  /** Whether a valid record was published late; ignored for an invalid one. */
  readonly late: boolean;
}

/** The figures of one unit's records over a range. */
export function recordFigures(records: Iterable<FiguresItem>): RecordFigures {
  let recordsFiled = 0;
  let recordsValid = 0;
  let recordsLate = 0;
  for (const r of records) {
    recordsFiled++;
    if (!r.valid) continue;
    recordsValid++;
    if (r.late) recordsLate++;
  }
  return figuresFromCounts({ recordsFiled, recordsValid, recordsLate });
}

// The lock of a year's assessment (DESIGN.md §2.7). Every write a finalised (or 初评-published) year refuses
// (scoring rules, adjustments, bonuses) and the finalise / reopen themselves first take one transaction-scoped advisory lock on the
// year, then read its state in a NEW statement (read committed takes a fresh snapshot per statement, so the
// read sees whatever the previous lock holder committed). A write and a finalisation never interleave.
import { Prisma } from '../generated/prisma/client.ts';

const sql = Prisma.sql;

/** Arbitrary constant, the first key of the advisory lock; the year is the second. */
const ASSESSMENT_LOCK_NAMESPACE = 74_110_207;

/** Waits for the year's lock; it is released when the transaction ends. Run with $executeRaw. */
export function lockAssessmentYear(year: number): Prisma.Sql {
  return sql`SELECT pg_advisory_xact_lock(${ASSESSMENT_LOCK_NAMESPACE}::int, ${year}::int)`;
}

export type YearStatus = 'OPEN' | 'PRELIMINARY' | 'FINALISED';

/** One row `{ status }` (OPEN without a row). Run after lockAssessmentYear, as a statement of its own. */
export function assessmentYearStatus(year: number): Prisma.Sql {
  return sql`SELECT coalesce((SELECT status::text FROM assessment_years WHERE year = ${year}), 'OPEN') AS status`;
}

/** The 409 message of a write on a year no longer open (finalised, or its preliminary results published). */
export const yearLockedMessage = (year: number, status: Exclude<YearStatus, 'OPEN'>): string =>
  status === 'FINALISED'
    ? `${year}年度考核已定稿，不能再修改；如需修改，请由管理员先“重新打开”该年度并说明理由`
    : `${year}年度考核初评结果已公示，只能通过申诉复核调整；如需修改，请由管理员先“重新打开”该年度并说明理由`;

// The office home's answers: GET /api/dashboard/{figures,trend,overdue}, /api/compliance/{ranking,matrix}.
import { z } from 'zod';
import { OBLIGATION_STATUSES } from '../codes.ts';

const monthKey = z.string().describe("'YYYY-MM'");

/** Submission metrics of a set of obligations (DESIGN.md §2.4). */
export const metricsSchema = z.strictObject({
  expected: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  missing: z.number().int(),
  excused: z.number().int(),
  inReview: z.number().int(),
  daysLate: z.number().int(),
  /** onTime / expected; null when nothing is expected (shown as "—"). */
  onTimeRate: z.number().nullable(),
  submittedRate: z.number().nullable(),
});
export type Metrics = z.infer<typeof metricsSchema>;

/** GET /api/dashboard/figures: the reports due in one month. */
export const figuresSchema = metricsSchema.extend({
  month: monthKey,
  obligations: z.number().int(),
  exempt: z.number().int(),
  owed: z.number().int(),
  pending: z.number().int(),
  filed: z.number().int(),
  returned: z.number().int(),
  units: z.number().int(),
  unitsOverdue: z.number().int(),
});
export type Figures = z.infer<typeof figuresSchema>;

/**
 * GET /api/compliance/rounds: the latest complete round (the latest month whose obligations have all fallen
 * due) with its quarter and year, and the open month still being collected; every view's default period.
 */
export const roundsSchema = z.strictObject({
  month: monthKey,
  /** false: no month is complete yet, `month` is the month before today's. */
  known: z.boolean(),
  quarter: z.string().describe("'YYYY-Qn'"),
  year: z.string().describe("'YYYY'"),
  open: monthKey.nullable(),
  openDueAt: z.string().nullable(),
});
export type Rounds = z.infer<typeof roundsSchema>;

/** GET /api/dashboard/trend: the last complete months, then the open one (`open`, its figures still moving). */
export const trendSchema = z.strictObject({
  from: monthKey,
  to: monthKey,
  open: monthKey.nullable(),
  months: z.array(metricsSchema.extend({ month: monthKey, open: z.boolean() })),
});
export type Trend = z.infer<typeof trendSchema>;

/** One line of GET /api/compliance/ranking. */
/** The records' figures of RECORDS.md §3: rows filed (errors included), valid, valid but late; rates null when none. */
export const recordFiguresSchema = z.strictObject({
  recordsFiled: z.number().int(),
  recordsValid: z.number().int(),
  recordsLate: z.number().int(),
  complianceRate: z.number().nullable(),
  lateRecordRate: z.number().nullable(),
});
export type RecordFigures = z.infer<typeof recordFiguresSchema>;

export const rankingRowSchema = metricsSchema.extend({
  ...recordFiguresSchema.shape,
  rank: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  score: z.number(),
  hasContact: z.boolean(),
});
export type RankingRow = z.infer<typeof rankingRowSchema>;

export const matrixCellSchema = z.strictObject({
  obligationId: z.number().int(),
  streamCode: z.string(),
  period: z.string(),
  status: z.enum(OBLIGATION_STATUSES),
  daysLate: z.number().int().nullable(),
});
export type MatrixCell = z.infer<typeof matrixCellSchema>;

/** GET /api/compliance/matrix: units × months (one page of units; `total` counts them all). */
export const matrixSchema = z.strictObject({
  from: monthKey,
  to: monthKey,
  /** The month still being collected (its cells are mostly 未到期), or null. */
  open: monthKey.nullable(),
  stream: z.string().nullable(),
  months: z.array(monthKey),
  total: z.number().int(),
  rows: z.array(z.strictObject({ unitId: z.number().int(), unitName: z.string(), cells: z.record(z.string(), z.array(matrixCellSchema)) })),
});
export type Matrix = z.infer<typeof matrixSchema>;

export const overdueContactSchema = z.strictObject({
  id: z.number().int(),
  name: z.string(),
  post: z.string().nullable(),
  phone: z.string().nullable(),
  mobile: z.string().nullable(),
  email: z.string().nullable(),
  primary: z.boolean(),
});
export type OverdueContact = z.infer<typeof overdueContactSchema>;

export const overdueObligationSchema = z.strictObject({
  obligationId: z.number().int(),
  streamCode: z.string(),
  streamName: z.string(),
  period: z.string(),
  dueAt: z.string(),
  status: z.enum(['OVERDUE', 'RETURNED']),
  daysOverdue: z.number().int(),
});
export type OverdueObligation = z.infer<typeof overdueObligationSchema>;

/** One unit of GET /api/dashboard/overdue. */
export const overdueUnitSchema = z.strictObject({
  unitId: z.number().int(),
  unitName: z.string(),
  overdue: z.number().int(),
  maxDaysOverdue: z.number().int(),
  obligations: z.array(overdueObligationSchema),
  contact: overdueContactSchema.nullable(),
});
export type OverdueUnit = z.infer<typeof overdueUnitSchema>;

/** GET /api/dashboard/overdue: the units with reports missing now (at most `limit`), and how many there are. */
export const overdueSchema = z.strictObject({ total: z.number().int(), rows: z.array(overdueUnitSchema) });
export type Overdue = z.infer<typeof overdueSchema>;

/** GET /api/dashboard/record-quality: units that filed records in the months, worst 合规率 first. */
export const recordQualitySchema = z.strictObject({
  from: monthKey,
  to: monthKey,
  rows: z.array(recordFiguresSchema.extend({ unitId: z.number().int(), unitName: z.string() })),
});
export type RecordQuality = z.infer<typeof recordQualitySchema>;

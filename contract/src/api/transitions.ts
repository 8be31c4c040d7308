// Issue 13's transitions and pages: a filing withdrawn or reopened (POST /api/submissions/:id/{withdraw,reopen}),
// the unit page's year (GET /api/units/:id/overview) and the stock return reasons (GET/PUT /api/settings/return-reasons).
import { z } from 'zod';
import { OBLIGATION_STATUSES } from '../codes.ts';
import { overdueContactSchema } from './dashboard.ts';

const instant = z.string().describe('ISO 8601');
const count = z.number().int();

/** One filing (version) as GET /api/submissions/:id answers it. */
export const submissionSchema = z.strictObject({
  id: z.number().int(),
  obligationId: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  streamCode: z.string(),
  streamName: z.string(),
  period: z.string(),
  dueAt: instant,
  version: z.number().int(),
  kind: z.enum(['DATA', 'NO_DATA']),
  counts: z
    .strictObject({ legalPersonLicenses: count, legalPersonPenalties: count, naturalPersonLicenses: count, naturalPersonPenalties: count })
    .nullable(),
  reason: z.string().nullable(),
  filedAt: instant,
  recordedByOffice: z.boolean(),
  /** WITHDRAWN: the unit took it back while in review; it counts as never filed. */
  reviewState: z.enum(['PENDING', 'ACCEPTED', 'RETURNED', 'WITHDRAWN']),
  withdrawnAt: instant.nullable(),
  /** The office reopened it after accepting it (it is in review again): when and why. */
  reopenedAt: instant.nullable(),
  reopenReason: z.string().nullable(),
  review: z
    .strictObject({ id: z.number().int(), decision: z.enum(['ACCEPT', 'RETURN']), reason: z.string().nullable(), decidedAt: instant, correctionUntil: instant.nullable() })
    .nullable(),
  attachments: z.array(z.strictObject({ id: z.number().int(), fileName: z.string(), mimeType: z.string(), size: z.number().int() })),
  importId: z.number().int().nullable(),
});
export type Submission = z.infer<typeof submissionSchema>;

/** GET /api/units/:id/overview?year= : the unit's year at a glance. */
export const unitOverviewSchema = z.strictObject({
  id: z.number().int(),
  unitName: z.string(),
  year: z.number().int(),
  /** How many of the year's obligations stand in each status now (every status present, 0 when none). */
  statusCounts: z.strictObject(Object.fromEntries(OBLIGATION_STATUSES.map((s) => [s, count])) as Record<(typeof OBLIGATION_STATUSES)[number], typeof count>),
  expected: count,
  /** 逾期未报: OVERDUE, or RETURNED past due (DESIGN.md §2.4). */
  missing: count,
  onTimeRate: z.number().nullable(),
  /** The year's assessment score (frozen when finalised); null when the unit is not assessed that year. */
  score: z.number().nullable(),
  rank: z.number().int().nullable(),
  finalised: z.boolean(),
  overdue: z.array(z.strictObject({ obligationId: z.number().int(), streamName: z.string(), period: z.string(), dueAt: instant, status: z.enum(OBLIGATION_STATUSES) })),
  /** The unit's contacts, the primary one first. */
  contacts: z.array(overdueContactSchema.extend({ leader: z.boolean() })),
});
export type UnitOverview = z.infer<typeof unitOverviewSchema>;

/** GET/PUT /api/settings/return-reasons: 常用退回意见. */
export const returnReasonsSchema = z.strictObject({
  id: z.literal('reviews'),
  returnReasons: z.array(z.string()),
});
export type ReturnReasons = z.infer<typeof returnReasonsSchema>;

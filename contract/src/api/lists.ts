// The lists' own routes (issue 13, point 6): the .xlsx export of every list resource, and the bulk actions of
// the office — accept the selected filings, exempt the selected obligations with one reason, chase the
// selected units. Bulk actions are all or nothing: a refused item answers 409 with `errors` naming it
// (`submissionIds.3: 区法院 2026年9月 第1版：该版本已审核，不能重复审核`) and nothing is kept.
import { z } from 'zod';
import { runMailSchema } from './notices.ts';

const instant = z.string().describe('ISO 8601');
const count = z.number().int();
const ids = z.array(z.number().int());

/** The resources whose list `GET /api/<resource>/export.xlsx` exports (filter and sort as the list's; all rows). */
export const LIST_EXPORTS = [
  'units', 'contacts', 'streams', 'assignments', 'obligations', 'submissions', 'reviews', 'explanations',
  'exemptions', 'notices', 'circulars', 'assessments', 'users', 'audit-events', 'records', 'appeals', 'bonuses',
] as const;
export type ListExportResource = (typeof LIST_EXPORTS)[number];

/** The most rows one export holds; a larger filtered list answers 400 asking to narrow it. */
export const MAX_EXPORT_ROWS = 100_000;

export const reviewSchema = z.strictObject({
  id: count,
  submissionId: count,
  obligationId: count,
  unitId: count,
  decision: z.enum(['ACCEPT', 'RETURN']),
  reason: z.string().nullable(),
  reviewerId: count.nullable(),
  decidedAt: instant,
  timelinessAt: instant.nullable(),
  correctionUntil: instant.nullable(),
});

export const exemptionSchema = z.strictObject({
  id: count,
  obligationId: count,
  unitId: count,
  unitName: z.string(),
  streamCode: z.string(),
  period: z.string(),
  reason: z.string(),
  createdById: count.nullable(),
  createdAt: instant,
});

/** POST /api/reviews/bulk { submissionIds } */
export const bulkAcceptSchema = z.strictObject({ count, reviews: z.array(reviewSchema) });
/** POST /api/exemptions/bulk { obligationIds, reason } */
export const bulkExemptSchema = z.strictObject({ count, exemptions: z.array(exemptionSchema) });
/** POST /api/notices/jobs/chase { unitIds } */
export const chaseResultSchema = z.strictObject({
  count,
  notices: z.array(
    z.strictObject({ id: count, unitId: count, unitName: z.string(), title: z.string(), obligationIds: ids, recipients: z.array(z.string()) }),
  ),
  mail: runMailSchema,
});
export type ChaseResult = z.infer<typeof chaseResultSchema>;

export const LIST_RESPONSES = {
  'post /api/reviews/bulk': bulkAcceptSchema,
  'post /api/exemptions/bulk': bulkExemptSchema,
  'post /api/notices/jobs/chase': chaseResultSchema,
} as const;

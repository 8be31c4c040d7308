// GET /api/obligations: one obligation with its status at `asOf` (DESIGN.md §2.3).
import { z } from 'zod';
import { OBLIGATION_STATUSES } from '../codes.ts';

export const obligationSchema = z.strictObject({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  streamId: z.number().int(),
  streamCode: z.string(),
  streamName: z.string(),
  period: z.string(),
  dueAt: z.string().describe('ISO 8601'),
  status: z.enum(OBLIGATION_STATUSES),
  pastDue: z.boolean(),
  /** Counted as missing (DESIGN.md §2.4): OVERDUE, or RETURNED past due; the dashboard reads it, never re-derives it. */
  missing: z.boolean(),
  daysLate: z.number().int().nullable(),
  latestSubmissionId: z.number().int().nullable(),
  /** The first day (Asia/Shanghai) the period may be filed: a month once it has ended; null: at once. */
  filingOpensOn: z.string().nullable(),
});
export type Obligation = z.infer<typeof obligationSchema>;

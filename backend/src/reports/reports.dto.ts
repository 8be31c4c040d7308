import { z } from 'zod';
import { monthKey } from '../common/validation.ts';

/** Without `period`: the latest complete round (domain/rounds.ts). */
export const sgsSummaryQuerySchema = z.object({ period: monthKey.optional() });
export type SgsSummaryQuery = z.infer<typeof sgsSummaryQuerySchema>;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Without from/to: the latest complete round; one bound alone stands for both. */
export const sgsIncrementQuerySchema = z
  .object({ from: monthKey.optional(), to: monthKey.optional() })
  // Compared only when both are months (zod runs the refinement even when a field already failed).
  .refine((q) => !q.from || !q.to || !MONTH.test(q.from) || !MONTH.test(q.to) || q.from <= q.to, {
    path: ['to'],
    message: '结束月份不能早于开始月份',
  });
export type SgsIncrementQuery = z.infer<typeof sgsIncrementQuerySchema>;

/** Per unit, the four counts of the "双公示" tables (附件1–4) summed over the accepted monthly reports. */
export interface SgsCountsRow {
  unit_id: number;
  unit_name: string;
  sort_order: number;
  legal_person_penalties: number;
  legal_person_licenses: number;
  natural_person_penalties: number;
  natural_person_licenses: number;
  /** Months of the range owed and not exempted that have no accepted report (yet). */
  unaccepted: string[];
}

export interface RosterUnit {
  id: number;
  name: string;
  sortOrder: number;
  contacts: { name: string; post: string | null; phone: string | null; mobile: string | null; email: string | null; primary: boolean; leader: boolean }[];
}

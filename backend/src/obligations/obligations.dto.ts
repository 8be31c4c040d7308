import { filingOpensOn } from '../domain/filing-window.ts';
import type { Cadence } from '../domain/periods.ts';
import { z } from 'zod';
import { cellDay, cellPeriod, cellStatus, type ListExport } from '../common/list-export.ts';
import { idFilter, type ListSpec, searchFilter } from '../common/list-query.ts';
import { idQuery, isoInstant, monthKey } from '../common/validation.ts';

export const OBLIGATION_STATUSES = ['EXEMPT', 'PENDING', 'SUBMITTED', 'ON_TIME', 'LATE', 'RETURNED', 'OVERDUE', 'EXCUSED'] as const;
const status = z.enum(OBLIGATION_STATUSES);

const obligationFilter = z.object({
  id: idFilter,
  /** Unit name, stream name or period containing it. */
  q: searchFilter,
  unitId: idQuery().optional(),
  streamCode: z.string().max(40).optional(),
  streamId: idQuery().optional(),
  period: z.string().max(10).optional(),
  status: z.union([status, z.array(status)]).optional(),
  from: monthKey.optional(),
  to: monthKey.optional(),
  asOf: isoInstant.optional(),
});
export type ObligationFilter = z.infer<typeof obligationFilter>;

export const OBLIGATION_LIST: ListSpec<typeof obligationFilter> = {
  sortable: ['id', 'dueAt', 'period', 'unitId', 'unitName', 'streamCode', 'status', 'daysLate'],
  defaultSort: ['dueAt', 'DESC'],
  filter: obligationFilter,
};

export const generateSchema = z.object({ asOf: isoInstant.optional() });

/** A row of the status queries (snake_case from SQL). */
export interface ObligationRow {
  id: number;
  unit_id: number;
  unit_name: string;
  stream_id: number;
  stream_code: string;
  stream_name: string;
  stream_cadence: Cadence;
  period: string;
  due_at: Date;
  status: (typeof OBLIGATION_STATUSES)[number];
  past_due: boolean;
  /** DESIGN.md §2.4: OVERDUE, or RETURNED past due (the status SQL's verdict). */
  missing: boolean;
  expected: boolean;
  days_late: number | null;
  latest_submission_id: number | null;
  timeliness_at: Date | null;
}

export function toObligationResponse(r: ObligationRow) {
  return {
    id: r.id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    streamId: r.stream_id,
    streamCode: r.stream_code,
    streamName: r.stream_name,
    period: r.period,
    dueAt: r.due_at,
    status: r.status,
    pastDue: r.past_due,
    missing: r.missing,
    daysLate: r.days_late,
    latestSubmissionId: r.latest_submission_id,
    /** The first day the period may be filed (a month once it has ended); null: at once. */
    filingOpensOn: filingOpensOn(r.stream_cadence, r.period),
  };
}

/** GET /api/obligations/export.xlsx: the columns of the filtered list's workbook. */
export const OBLIGATION_EXPORT: ListExport<ReturnType<typeof toObligationResponse>> = {
  title: '应报事项',
  columns: [
  { header: '单位', width: 28, value: (r) => r.unitName },
  { header: '报送事项', width: 36, value: (r) => r.streamName },
  { header: '所属期', width: 14, value: (r) => cellPeriod(r.period) },
  { header: '截止日期', width: 12, value: (r) => cellDay(r.dueAt) },
  { header: '状态', width: 10, value: (r) => cellStatus(r.status) },
  { header: '迟报天数', width: 10, value: (r) => r.daysLate },
  ],
};

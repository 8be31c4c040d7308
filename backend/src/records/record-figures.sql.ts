// The records' figures per unit (RECORDS.md §3) over the obligations a range selects: what the accepted
// versions filed — rows (errors included), valid rows and late valid rows — as one aggregate to join.
import { Prisma } from '../generated/prisma/client.ts';

const sql = Prisma.sql;

/** Rows `group_key, records_filed, records_valid, records_late` for the obligations `o` that `where` selects. */
export function recordFiguresSql(where: Prisma.Sql, asOf: Date | null): Prisma.Sql {
  return sql`
    SELECT o.unit_id AS group_key, sum(ri.rows)::int AS records_filed, sum(ri.valid)::int AS records_valid,
      sum(ri.late)::int AS records_late
    FROM record_imports ri
    JOIN obligations o ON o.id = ri.obligation_id
    JOIN reviews rv ON rv.submission_id = ri.submission_id AND rv.decision = 'ACCEPT'
      AND ${asOf ? sql`rv.decided_at <= ${asOf}` : sql`true`}
    WHERE ${where}
    GROUP BY o.unit_id`;
}

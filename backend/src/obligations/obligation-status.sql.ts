// The status of DESIGN.md §2.3 in SQL, for set-based queries over many obligations. Two sources of facts
// feed ONE status expression:
// - stored: the state columns that every write keeps current (fast; the status "now");
// - replayed: the facts as they stood at an instant T, from the event rows (any past day).
// The pure function domain/status.ts is the reference; an e2e test holds the SQL to it.
import { Prisma } from '../generated/prisma/client.ts';
import { toDbDate } from '../database/db-dates.ts';

const sql = Prisma.sql;

/** The obligation columns every status query carries. */
const BASE_COLUMNS = sql`o.id, o.unit_id, o.stream_id, o.period, o.due_at, o.report_month`;

/**
 * Facts replayed at `asOf`: filings, reviews, exemptions and explanation decisions after it are ignored; a filing
 * withdrawn by then counts as never filed.
 * With asOf = null the whole history counts (used to refresh the stored state).
 */
export function replayedFacts(asOf: Date | null, where: Prisma.Sql): Prisma.Sql {
  const t = asOf ? sql`${asOf}::timestamptz` : sql`'infinity'::timestamptz`;
  return sql`
    SELECT ${BASE_COLUMNS},
      CASE
        WHEN ex.created_at <= ${t} THEN 'EXEMPT'
        WHEN lr.decision = 'ACCEPT' THEN 'ACCEPTED'
        WHEN ls.id IS NOT NULL AND lr.id IS NULL THEN 'SUBMITTED'
        WHEN xa.accepted THEN 'EXCUSED'
        WHEN lr.decision = 'RETURN' THEN 'RETURNED'
        ELSE 'OPEN'
      END::"ObligationState" AS state,
      CASE WHEN lr.decision = 'ACCEPT' THEN lr.timeliness_at END AS timeliness_at,
      ls.id AS latest_submission_id
    FROM obligations o
    LEFT JOIN exemptions ex ON ex.obligation_id = o.id
    LEFT JOIN LATERAL (
      SELECT s.id FROM submissions s
      WHERE s.obligation_id = o.id AND s.filed_at <= ${t} AND (s.withdrawn_at IS NULL OR s.withdrawn_at > ${t})
      ORDER BY s.version DESC LIMIT 1
    ) ls ON true
    LEFT JOIN reviews lr ON lr.submission_id = ls.id AND lr.decided_at <= ${t}
    LEFT JOIN LATERAL (
      SELECT true AS accepted FROM explanations e
      WHERE e.obligation_id = o.id AND e.status = 'ACCEPTED' AND e.decided_at <= ${t}
      LIMIT 1
    ) xa ON true
    WHERE ${where}`;
}

/** Facts as stored on the obligation rows (current). */
export function storedFacts(where: Prisma.Sql): Prisma.Sql {
  return sql`
    SELECT ${BASE_COLUMNS}, o.state, o.timeliness_at, o.latest_submission_id
    FROM obligations o
    WHERE ${where}`;
}

/**
 * The verdicts of DESIGN.md §2.4 on rows that carry `status` and `past_due` (live statuses, or the ones a
 * circular froze), added as the columns `missing` (OVERDUE, or RETURNED past due) and `expected` (all but
 * EXEMPT, PENDING and RETURNED before due). The SQL twins of domain/metrics.ts isMissing / isExpected, and
 * the only place SQL spells them: every consumer selects these columns. A plain subquery, which the planner
 * pulls up into the caller (no extra pass over the rows).
 */
export function withVerdicts(rows: Prisma.Sql): Prisma.Sql {
  return sql`
    SELECT r.*,
      (r.status = 'OVERDUE' OR (r.status = 'RETURNED' AND r.past_due)) AS missing,
      (r.status NOT IN ('EXEMPT', 'PENDING') AND (r.status <> 'RETURNED' OR r.past_due)) AS expected
    FROM (${rows}) r`;
}

/**
 * Wraps facts with status, pastDue and daysLate at instant `at`, and the verdicts. Columns: the base
 * columns, state, timeliness_at, latest_submission_id, status, past_due, days_late, missing, expected.
 */
export function withStatus(facts: Prisma.Sql, at: Date): Prisma.Sql {
  const t = sql`${at}::timestamptz`;
  return withVerdicts(sql`
    SELECT f.*,
      CASE f.state
        WHEN 'EXEMPT' THEN 'EXEMPT'
        WHEN 'ACCEPTED' THEN CASE WHEN f.timeliness_at <= f.due_at THEN 'ON_TIME' ELSE 'LATE' END
        WHEN 'SUBMITTED' THEN 'SUBMITTED'
        WHEN 'EXCUSED' THEN 'EXCUSED'
        WHEN 'RETURNED' THEN 'RETURNED'
        ELSE CASE WHEN ${t} > f.due_at THEN 'OVERDUE' ELSE 'PENDING' END
      END AS status,
      ${t} > f.due_at AS past_due,
      CASE
        WHEN f.state = 'ACCEPTED' AND f.timeliness_at > f.due_at
          THEN (f.timeliness_at AT TIME ZONE 'Asia/Shanghai')::date - (f.due_at AT TIME ZONE 'Asia/Shanghai')::date
        WHEN f.state = 'ACCEPTED' THEN 0
      END AS days_late
    FROM (${facts}) f`);
}

/** Statuses at `asOf` (replayed), or now (stored) when asOf is null. */
export function statusesAt(asOf: Date | null, where: Prisma.Sql, now: Date): Prisma.Sql {
  return asOf ? withStatus(replayedFacts(asOf, where), asOf) : withStatus(storedFacts(where), now);
}

/**
 * Nothing valid filed yet, on the stored (or replayed) state: what the chase still asks for, before or
 * after the due time (past due, it is exactly `missing`). A predicate on the obligations row `o`, so that
 * it narrows the scan before any status is computed.
 */
export const STILL_OWED = sql`o.state IN ('OPEN', 'RETURNED')`;

/** Obligations whose report month lies in [fromMonth, toMonth] (month keys `YYYY-MM`, inclusive). */
export function reportMonthBetween(fromMonth: string, toMonth: string): Prisma.Sql {
  return sql`o.report_month BETWEEN ${toDbDate(`${fromMonth}-01`)} AND ${toDbDate(`${toMonth}-01`)}`;
}

/**
 * The counts of DESIGN.md §2.4 per group over rows with the verdict columns (a status query, or frozen
 * statuses through withVerdicts): `groupKey` is an expression over the rows `s` (`s.unit_id`, a month, a
 * constant), returned as `group_key`. Same rules as domain/metrics.ts computeMetrics; read with toMetrics.
 */
export function metricCounts(statuses: Prisma.Sql, groupKey: Prisma.Sql): Prisma.Sql {
  return sql`
    SELECT ${groupKey} AS group_key,
      count(*) FILTER (WHERE s.expected)::int AS expected,
      count(*) FILTER (WHERE s.status = 'ON_TIME')::int AS on_time,
      count(*) FILTER (WHERE s.status = 'LATE')::int AS late,
      count(*) FILTER (WHERE s.missing)::int AS missing,
      count(*) FILTER (WHERE s.status = 'EXCUSED')::int AS excused,
      count(*) FILTER (WHERE s.status = 'SUBMITTED')::int AS in_review,
      coalesce(sum(s.days_late) FILTER (WHERE s.status = 'LATE'), 0)::int AS days_late
    FROM (${statuses}) s
    GROUP BY 1`;
}

// The ranking of DESIGN.md §2.4 built by the database, as the JSON the API answers: the rates of
// domain/metrics.ts withRates and records/domain figuresFromCounts, the score of domain/score.ts
// scoreFromCounts, the order and the competition rank of domain/ranking.ts rankUnits. Those pure functions
// are the reference (the circulars rank in JS, and an e2e test holds the two together); this twin exists
// because at 10,000 units fetching the counts into Node, ranking and serialising them cost more than the
// aggregate itself. Numbers are float8 computed as JS computes them (IEEE division of the same integers), and
// float8 prints as the shortest text that reads back the same double, as JSON.stringify does.
import { Prisma } from '../generated/prisma/client.ts';
import { toHundredths, type ScoringRules } from '../domain/score.ts';

const sql = Prisma.sql;

/** What separates two rows in `rows`: JSON whitespace, and the only raw newline the text holds. */
export const ROW_SEPARATOR = ',\n';

const rate = (n: Prisma.Sql, d: Prisma.Sql) => sql`CASE WHEN ${d} = 0 THEN NULL ELSE (${n})::float8 / ${d} END`;

/**
 * One row over the per-unit counts of unitCountsSql (`counts`): `rows`, the ranking rows as JSON objects in
 * rank order joined by ROW_SEPARATOR ('' when there are none), `unit_ids` in the same order, and `next_due`,
 * from the scalar query `nextDue` (the first due time after now in the range: until then nothing changes
 * by itself).
 */
export function rankedRowsSql(counts: Prisma.Sql, rules: ScoringRules, nextDue: Prisma.Sql): Prisma.Sql {
  const h = {
    late: toHundredths(rules.latePerReport, 'latePerReport'),
    missing: toHundredths(rules.missingPerReport, 'missingPerReport'),
    excused: toHundredths(rules.excusedPerReport, 'excusedPerReport'),
    noContact: toHundredths(rules.noContact, 'noContact'),
  };
  const deducted = sql`c.late * ${h.late}::int + c.missing * ${h.missing}::int + c.excused * ${h.excused}::int
    + CASE WHEN c.has_contact THEN 0 ELSE ${h.noContact}::int END`;
  // The keys of compareRankKeys; rows equal on all four are peers (one rank), then the plan's unit order.
  const keys = sql`s.score DESC, s.on_time_rate DESC NULLS LAST, s.missing ASC, s.days_late ASC`;
  return sql`
    WITH s AS (
      SELECT c.*, greatest(0, 10000 - (${deducted}))::float8 / 100 AS score, ${rate(sql`c.on_time`, sql`c.expected`)} AS on_time_rate
      FROM (${counts}) c
    ), r AS (
      SELECT s.*, rank() OVER (ORDER BY ${keys}) AS rank, row_number() OVER (ORDER BY ${keys}, s.sort_order, s.unit_id) AS position
      FROM s
    )
    SELECT coalesce(string_agg(row_to_json(j)::text, ${ROW_SEPARATOR} ORDER BY r.position), '') AS rows,
      coalesce(array_agg(r.unit_id ORDER BY r.position), '{}') AS unit_ids,
      (${nextDue}) AS next_due
    FROM r CROSS JOIN LATERAL (
      SELECT r.unit_id AS "unitId", r.unit_name AS "unitName",
        r.expected AS "expected", r.on_time AS "onTime", r.late AS "late", r.missing AS "missing", r.excused AS "excused",
        r.in_review AS "inReview", r.days_late AS "daysLate", r.on_time_rate AS "onTimeRate",
        ${rate(sql`r.on_time + r.late + r.in_review`, sql`r.expected`)} AS "submittedRate",
        r.records_filed AS "recordsFiled", r.records_valid AS "recordsValid", r.records_late AS "recordsLate",
        ${rate(sql`r.records_valid`, sql`r.records_filed`)} AS "complianceRate",
        ${rate(sql`r.records_late`, sql`r.records_valid`)} AS "lateRecordRate",
        r.has_contact AS "hasContact", r.score AS "score", r.rank::int AS "rank"
    ) j`;
}

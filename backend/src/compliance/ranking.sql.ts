// The ranking of DESIGN.md §2.4 built by the database, as the JSON text the API answers: the rates of
// domain/metrics.ts withRates and records/domain figuresFromCounts, the score of domain/score.ts
// scoreFromCounts, the order and the competition rank of domain/ranking.ts rankUnits. Those pure functions
// are the reference (the circulars rank with them; e2e/ranking-sql.e2e-spec.ts holds this twin to them, text
// for text). Why a twin: at 10,000 units, fetching the counts as row objects, ranking and serialising them in
// Node cost about as much as the aggregate itself, and its garbage more. Numbers are float8 computed as JS
// computes them (IEEE division of the same integers) and printed as the shortest text that reads back the
// same double, as JSON.stringify does (only its exponent style differs: 5e-05 for 0.00005, the same number).
import { Prisma } from '../generated/prisma/client.ts';
import { toHundredths, type ScoringRules } from '../domain/score.ts';

const sql = Prisma.sql;

/** What separates two rows in `rows`: JSON whitespace, and the only raw newline the text holds. */
export const ROW_SEPARATOR = ',\n';

const orNull = (value: Prisma.Sql) => sql`coalesce((${value})::text, 'null')`;
const rate = (n: Prisma.Sql, d: Prisma.Sql) => orNull(sql`CASE WHEN ${d} = 0 THEN NULL ELSE (${n})::float8 / ${d} END`);

/**
 * One row over the per-unit counts of unitCountsSql (`counts`): `rows`, the ranking rows (rankingRowSchema,
 * keys in the order the API has always written them) as JSON text in rank order joined by ROW_SEPARATOR ('' for
 * none), and `unit_ids` in the same order. Peers on the keys of compareRankKeys share a rank.
 */
export function rankedRowsSql(counts: Prisma.Sql, rules: ScoringRules): Prisma.Sql {
  const h = {
    late: toHundredths(rules.latePerReport, 'latePerReport'),
    missing: toHundredths(rules.missingPerReport, 'missingPerReport'),
    excused: toHundredths(rules.excusedPerReport, 'excusedPerReport'),
    noContact: toHundredths(rules.noContact, 'noContact'),
  };
  const deducted = sql`c.late * ${h.late}::int + c.missing * ${h.missing}::int + c.excused * ${h.excused}::int
    + CASE WHEN c.has_contact THEN 0 ELSE ${h.noContact}::int END`;
  // The keys of compareRankKeys, then the plan's unit order.
  const keys = sql`s.score DESC, s.on_time_rate DESC NULLS LAST, s.missing ASC, s.days_late ASC`;
  // Concatenation: a third of row_to_json's cost here; every operand is NOT NULL (counts coalesced, rates via orNull).
  const json = sql`'{"unitId":' || r.unit_id || ',"unitName":' || to_json(r.unit_name)::text
    || ',"expected":' || r.expected || ',"onTime":' || r.on_time || ',"late":' || r.late || ',"missing":' || r.missing
    || ',"excused":' || r.excused || ',"inReview":' || r.in_review || ',"daysLate":' || r.days_late
    || ',"onTimeRate":' || ${orNull(sql`r.on_time_rate`)} || ',"submittedRate":' || ${rate(sql`r.on_time + r.late + r.in_review`, sql`r.expected`)}
    || ',"recordsFiled":' || r.records_filed || ',"recordsValid":' || r.records_valid || ',"recordsLate":' || r.records_late
    || ',"complianceRate":' || ${rate(sql`r.records_valid`, sql`r.records_filed`)} || ',"lateRecordRate":' || ${rate(sql`r.records_late`, sql`r.records_valid`)}
    || ',"hasContact":' || r.has_contact || ',"score":' || r.score || ',"rank":' || r.rank || '}'`;
  return sql`
    WITH s AS (
      SELECT c.*, greatest(0, 10000 - (${deducted}))::float8 / 100 AS score,
        CASE WHEN c.expected = 0 THEN NULL ELSE c.on_time::float8 / c.expected END AS on_time_rate
      FROM (${counts}) c
    ), r AS (
      SELECT s.*, rank() OVER (ORDER BY ${keys}) AS rank, row_number() OVER (ORDER BY ${keys}, s.sort_order, s.unit_id) AS position
      FROM s
    )
    SELECT coalesce(string_agg(${json}, ${ROW_SEPARATOR} ORDER BY r.position), '') AS rows,
      coalesce(array_agg(r.unit_id ORDER BY r.position), '{}') AS unit_ids
    FROM r`;
}

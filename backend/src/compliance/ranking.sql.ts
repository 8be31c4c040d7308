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

/** The scored rows `s` over the per-unit counts of unitCountsSql (`counts`): each unit's score and on-time rate. */
function scoredSql(counts: Prisma.Sql, rules: ScoringRules): Prisma.Sql {
  const h = {
    late: toHundredths(rules.latePerReport, 'latePerReport'),
    missing: toHundredths(rules.missingPerReport, 'missingPerReport'),
    excused: toHundredths(rules.excusedPerReport, 'excusedPerReport'),
    noContact: toHundredths(rules.noContact, 'noContact'),
  };
  const deducted = sql`c.late * ${h.late}::int + c.missing * ${h.missing}::int + c.excused * ${h.excused}::int
    + CASE WHEN c.has_contact THEN 0 ELSE ${h.noContact}::int END`;
  return sql`
    SELECT c.*, greatest(0, 10000 - (${deducted}))::float8 / 100 AS score,
      CASE WHEN c.expected = 0 THEN NULL ELSE c.on_time::float8 / c.expected END AS on_time_rate
    FROM (${counts}) c`;
}

/** The keys of compareRankKeys (rank), then the plan's unit order (position). */
const RANK_KEYS = sql`s.score DESC, s.on_time_rate DESC NULLS LAST, s.missing ASC, s.days_late ASC`;

/**
 * A row of `s` as JSON (a rankingRowSchema row, keys in the order the API has always written them), its rank
 * `rank` last: the whole object, or (rank null) the text up to the rank's value, `…,"rank":`.
 */
function rowJson(rank: Prisma.Sql | null): Prisma.Sql {
  // One format() per row: a fifth cheaper than concatenating forty pieces (each || a function call), a third of
  // row_to_json's cost with the rates. Every value is NOT NULL text (counts coalesced, rates via orNull), as
  // format() would write NULL as nothing.
  const members: [string, Prisma.Sql][] = [
    ['unitId', sql`s.unit_id`], ['unitName', sql`s.unit_name_json`],
    ['expected', sql`s.expected`], ['onTime', sql`s.on_time`], ['late', sql`s.late`], ['missing', sql`s.missing`],
    ['excused', sql`s.excused`], ['inReview', sql`s.in_review`], ['daysLate', sql`s.days_late`],
    ['onTimeRate', orNull(sql`s.on_time_rate`)], ['submittedRate', rate(sql`s.on_time + s.late + s.in_review`, sql`s.expected`)],
    ['recordsFiled', sql`s.records_filed`], ['recordsValid', sql`s.records_valid`], ['recordsLate', sql`s.records_late`],
    ['complianceRate', rate(sql`s.records_valid`, sql`s.records_filed`)], ['lateRecordRate', rate(sql`s.records_late`, sql`s.records_valid`)],
    ['hasContact', sql`s.has_contact::text`], ['score', sql`s.score`],
    ...(rank ? [['rank', rank] as [string, Prisma.Sql]] : []),
  ];
  const template = `{${members.map(([key]) => `"${key}":%s`).join(',')}${rank ? '}' : ',"rank":'}`;
  return sql`format(${Prisma.raw(`'${template}'`)}, ${Prisma.join(members.map(([, value]) => value))})`;
}

/**
 * One row over the per-unit counts of unitCountsSql (`counts`): `rows`, the ranking (rankingRowSchema rows) as
 * one JSON array in rank order, its rows joined by ROW_SEPARATOR. Peers on the keys of compareRankKeys share a
 * rank. The text is ASCII: names come as the units' name_json (\uXXXX escapes), which keeps it one byte per
 * character in Node.
 */
export function rankedRowsSql(counts: Prisma.Sql, rules: ScoringRules): Prisma.Sql {
  // The window sorts by the keys, the ORDER BY only breaks their ties (an incremental sort); the aggregate over
  // that ordered subquery keeps its order (nothing between them reorders; e2e/ranking-sql holds it to the domain's).
  return sql`
    WITH s AS (${scoredSql(counts, rules)}), r AS (
      SELECT ${rowJson(sql`rank() OVER (ORDER BY ${RANK_KEYS})`)} AS json FROM s ORDER BY ${RANK_KEYS}, s.sort_order, s.unit_id
    )
    SELECT '[' || coalesce(string_agg(r.json, ${ROW_SEPARATOR}), '') || ']' AS rows FROM r`;
}

/**
 * The rows of `counts` (some units: those a change named) unranked, for a cached ranking to place (see
 * ranking-update.ts): each unit's keys and its JSON up to the rank's value.
 */
export function unrankedRowsSql(counts: Prisma.Sql, rules: ScoringRules): Prisma.Sql {
  return sql`
    WITH s AS (${scoredSql(counts, rules)})
    SELECT s.unit_id AS "unitId", s.sort_order AS "sortOrder", s.score, s.on_time_rate AS "onTimeRate", s.missing,
      s.days_late AS "daysLate", ${rowJson(null)} AS head
    FROM s`;
}

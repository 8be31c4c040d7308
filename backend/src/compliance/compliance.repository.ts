import { Injectable } from '@nestjs/common';
import type pg from 'pg';
import { Prisma } from '../generated/prisma/client.ts';
import { PrismaService } from '../database/prisma.service.ts';
import { metricCounts, reportMonthBetween, statusesAt } from '../obligations/obligation-status.sql.ts';
import { recordFiguresSql } from '../records/record-figures.sql.ts';
import { toDbDate } from '../database/db-dates.ts';
import type { ScoringRules } from '../domain/score.ts';
import type { MatrixRow, UnitCountsRow } from './compliance.dto.ts';
import { rankedRowsSql, unrankedRowsSql } from './ranking.sql.ts';
import type { UnrankedRow } from './ranking-update.ts';

/** What changed since a ranking's snapshot, and those units' rows, all read under one snapshot. */
export interface RankingDelta {
  snapshot: string;
  /** The units a change named: their rows are `rows` (a unit without one is no longer ranked). */
  units: number[];
  rows: UnrankedRow[];
  /** Every unit's place in the plan, when asked for. */
  sortOrders: Map<number, number> | null;
}

const sql = Prisma.sql;

/** The change rows visible now but not to the snapshot `since` (at or above its xmin: the index on txid). */
const changesSince = (since: string) => sql`
  SELECT c.unit_id FROM data_changes c
  WHERE c.txid >= pg_snapshot_xmin(${since}::pg_snapshot)::text::bigint
    AND NOT pg_visible_in_snapshot(c.txid::text::xid8, ${since}::pg_snapshot)`;

export interface RangeFilter {
  fromMonth: string;
  toMonth: string;
  streamCode: string | null;
  unitId: number | null;
  /** A page of units (the matrix pages by unit). */
  unitIds?: number[];
}

function obligationsIn(r: RangeFilter): Prisma.Sql {
  return Prisma.join(
    [
      reportMonthBetween(r.fromMonth, r.toMonth),
      r.streamCode ? sql`o.stream_id = (SELECT id FROM streams WHERE code = ${r.streamCode})` : sql`true`,
      r.unitId !== null ? sql`o.unit_id = ${r.unitId}` : sql`true`,
      r.unitIds ? sql`o.unit_id = ANY(${r.unitIds}::int[])` : sql`true`,
    ],
    ' AND ',
  );
}

/**
 * Per-unit counts over any status query with the verdict columns (live statuses, or the ones a circular froze,
 * through withVerdicts): every active unit and any unit with statuses, in the plan's order unless `inPlanOrder`
 * is false (the ranking orders them itself); units with none count zero.
 */
export function unitCountsSql(
  statuses: Prisma.Sql,
  unitId: number | null,
  records: Prisma.Sql | null = null,
  { inPlanOrder = true, unitIds }: { inPlanOrder?: boolean; unitIds?: number[] } = {},
): Prisma.Sql {
  return sql`
    SELECT u.id AS unit_id, u.name AS unit_name, u.name_json AS unit_name_json, u.sort_order,
      EXISTS (SELECT 1 FROM contacts c WHERE c.unit_id = u.id) AS has_contact,
      coalesce(m.expected, 0) AS expected, coalesce(m.on_time, 0) AS on_time, coalesce(m.late, 0) AS late,
      coalesce(m.missing, 0) AS missing, coalesce(m.excused, 0) AS excused,
      coalesce(m.in_review, 0) AS in_review, coalesce(m.days_late, 0) AS days_late,
      coalesce(rf.records_filed, 0) AS records_filed, coalesce(rf.records_valid, 0) AS records_valid,
      coalesce(rf.records_late, 0) AS records_late
    FROM units u
    LEFT JOIN (${metricCounts(statuses, sql`s.unit_id`)}) m ON m.group_key = u.id
    LEFT JOIN (${records ?? sql`SELECT NULL::int AS group_key, 0 AS records_filed, 0 AS records_valid, 0 AS records_late WHERE false`}) rf ON rf.group_key = u.id
    WHERE (u.active OR m.group_key IS NOT NULL) AND ${unitId !== null ? sql`u.id = ${unitId}` : sql`true`}
      AND ${unitIds ? sql`u.id = ANY(${unitIds}::int[])` : sql`true`}
    ${inPlanOrder ? sql`ORDER BY u.sort_order` : sql``}`;
}

/** The ranking's aggregate as one statement (the benchmark also sends it straight through `pg`, as its floor). */
export function rankingCountsSql(r: RangeFilter, asOf: Date | null, now: Date): Prisma.Sql {
  return unitCountsSql(statusesAt(asOf, obligationsIn(r), now), r.unitId, recordFiguresSql(obligationsIn(r), asOf), { inPlanOrder: false, unitIds: r.unitIds });
}

/** Aggregates in the database, one statement: the ranking of 10,000 units never loads their obligations into Node. */
@Injectable()
export class ComplianceRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Every active unit (and any unit with obligations in range) with its counts; units with none count zero. */
  unitCounts(r: RangeFilter, asOf: Date | null, now: Date) {
    return this.prisma.$queryRaw<UnitCountsRow[]>(rankingCountsSql(r, asOf, now));
  }

  /**
   * The ranking as the database builds it (ranking.sql.ts): one JSON array as ASCII text. Straight through the
   * pool: one value of megabytes, which the client would copy and convert again.
   */
  async rankedRows(r: RangeFilter, asOf: Date | null, now: Date, rules: ScoringRules): Promise<string> {
    const q = rankedRowsSql(rankingCountsSql(r, asOf, now), rules);
    const res = await this.prisma.pool.query<{ rows: string }>(q.text, q.values);
    return res.rows[0]!.rows;
  }

  /**
   * The snapshot to cache a computation under (taken BEFORE computing it: data committed meanwhile only costs
   * one more computation, never a stale hit), and whether anything changed since `since` (a snapshot taken
   * earlier): a change row visible now but not to `since`. One statement; only rows at or above the old
   * snapshot's xmin are looked at (the index on txid keeps that small).
   */
  async changedSince(since: string | null): Promise<{ snapshot: string; changed: boolean }> {
    const [row] = await this.prisma.$queryRaw<{ snapshot: string; changed: boolean }[]>(sql`
      SELECT pg_current_snapshot()::text AS snapshot,
        ${since === null ? sql`true` : sql`EXISTS (
${changesSince(since)})`} AS changed`);
    return row!;
  }

  /**
   * What changed since the snapshot `since`, and the rows of the units it names (unranked, under `rules`), in
   * one read-only repeatable-read transaction: the rows are exactly those of its snapshot, which is returned.
   * Null when a change named every unit or more than `maxUnits` (the ranking is computed whole instead).
   */
  async rankingDelta(r: RangeFilter, since: string, now: Date, rules: ScoringRules, o: { maxUnits: number; withSortOrders: boolean }): Promise<RankingDelta | null> {
    const client = await this.prisma.pool.connect();
    const query = async <T>(q: Prisma.Sql) => (await client.query<T & pg.QueryResultRow>(q.text, q.values)).rows;
    const read = async (): Promise<RankingDelta | null> => {
      const [head] = await query<{ snapshot: string; everything: boolean; units: number[] }>(sql`
        SELECT pg_current_snapshot()::text AS snapshot, coalesce(bool_or(c.unit_id IS NULL), false) AS everything,
          coalesce(array_agg(DISTINCT c.unit_id) FILTER (WHERE c.unit_id IS NOT NULL), '{}') AS units
        FROM (${changesSince(since)}) c`);
      const { snapshot, everything, units } = head!;
      if (everything || units.length > o.maxUnits) return null;
      const rows = units.length === 0 ? [] : await query<UnrankedRow>(unrankedRowsSql(rankingCountsSql({ ...r, unitIds: units }, null, now), rules));
      let sortOrders: Map<number, number> | null = null;
      if (o.withSortOrders) {
        const [plan] = await query<{ ids: number[] | null; orders: number[] | null }>(sql`SELECT array_agg(id) AS ids, array_agg(sort_order) AS orders FROM units`);
        sortOrders = new Map((plan!.ids ?? []).map((id, i) => [id, plan!.orders![i]!]));
      }
      return { snapshot, units, rows, sortOrders };
    };
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const delta = await read();
      await client.query('COMMIT');
      client.release();
      return delta;
    } catch (error) {
      // A connection that cannot end its transaction is dropped, not given back to the pool.
      client.release(await client.query('ROLLBACK').then(() => false, () => true));
      throw error;
    }
  }

  /** Forgets changes older than any snapshot a cache may still hold (by the database's clock, which wrote `at`). */
  pruneChanges() {
    return this.prisma.$executeRaw(sql`DELETE FROM data_changes WHERE at < clock_timestamp() - interval '1 hour'`);
  }

  /**
   * The first due time after `now` in the range: until then no status in it changes by itself. Its own statement,
   * run beside the ranking's (inside that one it costs several times more).
   */
  async nextDueAfter(r: RangeFilter, now: Date): Promise<Date | null> {
    // Month by month, the first due after now: one step into the index on (report_month, due_at) each.
    const [row] = await this.prisma.$queryRaw<{ next: Date | null }[]>(sql`
      SELECT min(n.due_at) AS next
      FROM generate_series(${toDbDate(`${r.fromMonth}-01`)}::date, ${toDbDate(`${r.toMonth}-01`)}::date, interval '1 month') m(month)
      CROSS JOIN LATERAL (
        SELECT o.due_at FROM obligations o
        WHERE o.report_month = m.month::date AND o.due_at > ${now} AND ${obligationsIn(r)}
        ORDER BY o.due_at LIMIT 1
      ) n`);
    return row?.next ?? null;
  }

  matrix(r: RangeFilter, asOf: Date | null, now: Date) {
    return this.prisma.$queryRaw<MatrixRow[]>(sql`
      SELECT s.id AS obligation_id, s.unit_id, s.period, s.report_month, st.code AS stream_code, s.status, s.days_late
      FROM (${statusesAt(asOf, obligationsIn(r), now)}) s
      JOIN streams st ON st.id = s.stream_id
      ORDER BY s.report_month, st.sort_order`);
  }

  async activeUnits(onlyUnitId: number | null, page: { skip: number; take: number } | null) {
    const where = { active: true, ...(onlyUnitId !== null ? { id: onlyUnitId } : {}) };
    const [items, total] = await Promise.all([
      this.prisma.unit.findMany({ where, select: { id: true, name: true, sortOrder: true }, orderBy: { sortOrder: 'asc' }, ...(page ?? {}) }),
      this.prisma.unit.count({ where }),
    ]);
    return { items, total };
  }

  streamExists(code: string) {
    return this.prisma.stream.count({ where: { code } }).then((n) => n > 0);
  }
}

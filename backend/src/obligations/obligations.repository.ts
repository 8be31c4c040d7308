import { Injectable } from '@nestjs/common';
import { Prisma } from '../generated/prisma/client.ts';
import { type Db, PrismaService, type Tx } from '../database/prisma.service.ts';
import { toDbDate } from '../database/db-dates.ts';
import type { ScheduledPeriod } from '../domain/schedule.ts';
import { likeAnywhere, type ListQuery } from '../common/list-query.ts';
import { replayedFacts, statusesAt } from './obligation-status.sql.ts';
import type { ObligationFilter, ObligationRow } from './obligations.dto.ts';

const sql = Prisma.sql;

/**
 * Sortable columns; only the nullable one says NULLS LAST (the others never are null, and a bare DESC lets
 * the default order — due_at DESC, id — be read from its index).
 */
const SORT_COLUMNS: Record<string, { column: Prisma.Sql; nullable?: true }> = {
  id: { column: sql`s.id` },
  dueAt: { column: sql`s.due_at` },
  period: { column: sql`s.period` },
  unitId: { column: sql`u.sort_order` },
  unitName: { column: sql`u.name` },
  streamCode: { column: sql`st.code` },
  status: { column: sql`s.status` },
  daysLate: { column: sql`s.days_late`, nullable: true },
};

export type ScheduleRow = ScheduledPeriod & { streamId: number };

@Injectable()
export class ObligationsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Active streams with their due rules and the first month any of their assignments starts. */
  streamsToSchedule() {
    return this.prisma.$queryRaw<
      { id: number; cadence: 'MONTHLY' | 'QUARTERLY' | 'YEARLY' | 'ONCE'; due_day: number; due_date: Date | null; holiday_policy: 'NEXT_WORKDAY' | 'NONE'; first_day: Date }[]
    >(sql`
      SELECT st.id, st.cadence, st.due_day, st.due_date, st.holiday_policy, min(a.valid_from) AS first_day
      FROM streams st JOIN assignments a ON a.stream_id = st.id
      WHERE st.active
      GROUP BY st.id`);
  }

  /**
   * Creates the obligations the schedule and the assignments call for (an assignment owes a period it
   * overlaps), keeps due times of not-yet-due obligations in step with the rules, and removes scheduled
   * obligations no assignment covers any more, if nothing was filed on them. Set-based: three statements
   * whatever the scale, each atomic and idempotent (no long transaction at province scale). The insert is
   * an anti-join rather than ON CONFLICT, which would burn a sequence value for every existing row.
   */
  async applySchedule(
    rows: ScheduleRow[],
    now: Date,
    onlyUnitIds: number[] | null = null,
  ): Promise<{ created: number; updated: number; removed: number }> {
    if (rows.length === 0) return { created: 0, updated: 0, removed: 0 };
    const p = {
      streamIds: rows.map((r) => r.streamId),
      periods: rows.map((r) => r.period),
      starts: rows.map((r) => toDbDate(r.periodStart)),
      ends: rows.map((r) => toDbDate(r.periodEnd)),
      dueAts: rows.map((r) => r.dueAt),
      shifted: rows.map((r) => (r.shiftedFrom ? toDbDate(r.shiftedFrom) : null)),
      months: rows.map((r) => toDbDate(r.reportMonth)),
    };
    const schedule = sql`unnest(${p.streamIds}::int[], ${p.periods}::text[], ${p.starts}::date[], ${p.ends}::date[],
      ${p.dueAts}::timestamptz[], ${p.shifted}::date[], ${p.months}::date[])
      AS p(stream_id, period, period_start, period_end, due_at, shifted_from, report_month)`;
    const units = (column: Prisma.Sql) => (onlyUnitIds ? sql`${column} = ANY(${onlyUnitIds}::int[])` : sql`true`);
    const covers = sql`a.valid_from <= p.period_end AND (a.valid_to IS NULL OR a.valid_to >= p.period_start)`;
    const created = await this.prisma.$executeRaw(sql`
      INSERT INTO obligations (unit_id, stream_id, assignment_id, period, period_start, due_at, due_shifted_from, report_month)
      SELECT DISTINCT ON (a.unit_id, p.stream_id, p.period)
        a.unit_id, p.stream_id, a.id, p.period, p.period_start, p.due_at, p.shifted_from, p.report_month
      FROM ${schedule}
      JOIN assignments a ON a.stream_id = p.stream_id AND ${covers}
      JOIN units u ON u.id = a.unit_id AND u.active
      WHERE ${units(sql`a.unit_id`)}
        AND NOT EXISTS (SELECT 1 FROM obligations x WHERE x.unit_id = a.unit_id AND x.stream_id = p.stream_id AND x.period = p.period)
      ORDER BY a.unit_id, p.stream_id, p.period, a.valid_from DESC
      ON CONFLICT (unit_id, stream_id, period) DO NOTHING`);
    const updated = await this.prisma.$executeRaw(sql`
      UPDATE obligations o
      SET due_at = p.due_at, due_shifted_from = p.shifted_from, report_month = p.report_month, period_start = p.period_start
      FROM ${schedule}
      WHERE o.stream_id = p.stream_id AND o.period = p.period AND o.due_at > ${now} AND ${units(sql`o.unit_id`)}
        AND (o.due_at <> p.due_at OR o.report_month <> p.report_month)`);
    const removed = await this.prisma.$executeRaw(sql`
      DELETE FROM obligations o
      USING ${schedule}
      WHERE o.stream_id = p.stream_id AND o.period = p.period AND o.state = 'OPEN' AND ${units(sql`o.unit_id`)}
        AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.unit_id = o.unit_id AND a.stream_id = o.stream_id AND ${covers})
        AND NOT EXISTS (SELECT 1 FROM submissions s WHERE s.obligation_id = o.id)
        AND NOT EXISTS (SELECT 1 FROM explanations e WHERE e.obligation_id = o.id)
        AND NOT EXISTS (SELECT 1 FROM exemptions x WHERE x.obligation_id = o.id)`);
    return { created, updated, removed };
  }

  /** Recomputes the stored state of one obligation from its history; call inside the writing transaction. */
  async refreshState(db: Tx, obligationId: number): Promise<void> {
    await db.$executeRaw(sql`
      UPDATE obligations o
      SET state = f.state, timeliness_at = f.timeliness_at, latest_submission_id = f.latest_submission_id
      FROM (${replayedFacts(null, sql`o.id = ${obligationId}`)}) f
      WHERE o.id = f.id`);
  }

  /** Locks the obligation row, so concurrent filings and decisions on it serialise. */
  async lock(db: Tx, obligationId: number): Promise<void> {
    await db.$queryRaw(sql`SELECT id FROM obligations WHERE id = ${obligationId} FOR UPDATE`);
  }

  /** Locks the obligation of a submission; its id, or null when there is no such submission. */
  async lockOfSubmission(db: Tx, submissionId: number): Promise<number | null> {
    const rows = await db.$queryRaw<{ id: number }[]>(sql`
      SELECT id FROM obligations WHERE id = (SELECT obligation_id FROM submissions WHERE id = ${submissionId}) FOR UPDATE`);
    return rows[0]?.id ?? null;
  }

  async list(q: ListQuery<ObligationFilter>, onlyUnitId: number | null, now: Date) {
    const f = q.filter;
    const conditions: Prisma.Sql[] = [sql`true`];
    const ids = f.id === undefined ? null : Array.isArray(f.id) ? f.id : [f.id];
    if (ids) conditions.push(sql`o.id = ANY(${ids}::int[])`);
    if (onlyUnitId !== null) conditions.push(sql`o.unit_id = ${onlyUnitId}`);
    if (f.unitId !== undefined) conditions.push(sql`o.unit_id = ${f.unitId}`);
    if (f.streamId !== undefined) conditions.push(sql`o.stream_id = ${f.streamId}`);
    if (f.streamCode) conditions.push(sql`o.stream_id = (SELECT id FROM streams WHERE code = ${f.streamCode})`);
    if (f.period) conditions.push(sql`o.period = ${f.period}`);
    if (f.q) {
      const like = likeAnywhere(f.q);
      conditions.push(sql`(o.period ILIKE ${like}
        OR EXISTS (SELECT 1 FROM units qu WHERE qu.id = o.unit_id AND qu.name ILIKE ${like})
        OR EXISTS (SELECT 1 FROM streams qs WHERE qs.id = o.stream_id AND qs.name ILIKE ${like}))`);
    }
    if (f.from) conditions.push(sql`o.report_month >= ${toDbDate(`${f.from}-01`)}`);
    if (f.to) conditions.push(sql`o.report_month <= ${toDbDate(`${f.to}-01`)}`);
    const statuses = f.status === undefined ? null : Array.isArray(f.status) ? f.status : [f.status];
    const asOf = f.asOf ? new Date(f.asOf) : null;
    const sort = SORT_COLUMNS[q.sort.field] ?? SORT_COLUMNS.dueAt!;
    const direction = q.sort.order === 'asc' ? sql`ASC` : sql`DESC`;
    const page = (total: Prisma.Sql) => this.prisma.$queryRaw<(ObligationRow & { total: bigint | null })[]>(sql`
      SELECT s.*, u.name AS unit_name, st.code AS stream_code, st.name AS stream_name, st.cadence::text AS stream_cadence, ${total} AS total
      FROM (${statusesAt(asOf, Prisma.join(conditions, ' AND '), now)}) s
      JOIN units u ON u.id = s.unit_id
      JOIN streams st ON st.id = s.stream_id
      WHERE ${statuses ? sql`s.status = ANY(${statuses}::text[])` : sql`true`}
      ORDER BY ${sort.column} ${direction}${sort.nullable ? sql` NULLS LAST` : sql``}, s.id ASC
      OFFSET ${q.skip} LIMIT ${q.take}`);
    if (!statuses) {
      // Without a status filter the total needs no status: a count of the obligations alone (an index-only
      // scan), while the page is read in order from an index and stops after its rows.
      const [rows, [count]] = await Promise.all([
        page(sql`NULL::bigint`),
        this.prisma.$queryRaw<{ n: bigint }[]>(sql`SELECT count(*) AS n FROM obligations o WHERE ${Prisma.join(conditions, ' AND ')}`),
      ]);
      return { items: rows, total: Number(count!.n) };
    }
    const rows = await page(sql`count(*) OVER ()`);
    const total = rows.length > 0 ? Number(rows[0].total) : q.skip === 0 ? 0 : await this.countOnly(conditions, statuses, asOf, now);
    return { items: rows, total };
  }

  private async countOnly(conditions: Prisma.Sql[], statuses: string[], asOf: Date | null, now: Date) {
    const [row] = await this.prisma.$queryRaw<{ n: bigint }[]>(sql`
      SELECT count(*) AS n FROM (${statusesAt(asOf, Prisma.join(conditions, ' AND '), now)}) s
      WHERE s.status = ANY(${statuses}::text[])`);
    return Number(row.n);
  }

  /** One obligation with its status now, or null. */
  async findWithStatus(id: number, now: Date, db: Db = this.prisma): Promise<ObligationRow | null> {
    const rows = await db.$queryRaw<ObligationRow[]>(sql`
      SELECT s.*, u.name AS unit_name, st.code AS stream_code, st.name AS stream_name, st.cadence::text AS stream_cadence
      FROM (${statusesAt(null, sql`o.id = ${id}`, now)}) s
      JOIN units u ON u.id = s.unit_id JOIN streams st ON st.id = s.stream_id`);
    return rows[0] ?? null;
  }

  /** The obligation with what filing needs to know: its unit, stream rules and exemption. */
  findForFiling(id: number, db: Db = this.prisma) {
    return db.obligation.findUnique({ where: { id }, include: { stream: true, exemption: true, unit: { select: { name: true } } } });
  }
}

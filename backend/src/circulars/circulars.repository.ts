import { Injectable } from '@nestjs/common';
import { Prisma } from '../generated/prisma/client.ts';
import { type Db, PrismaService, type Tx } from '../database/prisma.service.ts';
import { toDbDate } from '../database/db-dates.ts';
import { idWhere, orderBy, type ListQuery } from '../common/list-query.ts';
import { unitCountsSql } from '../compliance/compliance.repository.ts';
import { recordFiguresSql } from '../records/record-figures.sql.ts';
import type { UnitCountsRow } from '../compliance/compliance.dto.ts';
import { reportMonthBetween, statusesAt, withVerdicts } from '../obligations/obligation-status.sql.ts';
import type { MissedItem, RankedRow } from './circular-text.ts';
import type { AcceptedExplanationRow, CircularFilter } from './circulars.dto.ts';

const sql = Prisma.sql;

const LINKS = {
  replaces: { select: { id: true, number: true, state: true } },
  replacedBy: { select: { id: true, number: true, state: true } },
} as const;

/** Set-based throughout: freezing the quarter of 10,000 units is a few statements, whatever the count. */
@Injectable()
export class CircularsRepository {
  constructor(private readonly prisma: PrismaService) {}

  async list(q: ListQuery<CircularFilter>, onlyPublished: boolean) {
    const f = q.filter;
    const where: Prisma.CircularWhereInput = {
      AND: [
        idWhere(f.id),
        f.year !== undefined ? { year: f.year } : {},
        f.quarter !== undefined ? { quarter: f.quarter } : {},
        f.state ? { state: f.state } : {},
        onlyPublished ? { state: 'PUBLISHED' } : {},
      ],
    };
    const [items, total] = await Promise.all([
      this.prisma.circular.findMany({ where, include: LINKS, orderBy: orderBy(q.sort), skip: q.skip, take: q.take }),
      this.prisma.circular.count({ where }),
    ]);
    return { items, total };
  }

  findById(id: number, db: Db = this.prisma) {
    return db.circular.findUnique({ where: { id }, include: LINKS });
  }

  /** Row lock: writes on one circular (edit, publish, correct, delete) serialise. */
  async lock(db: Tx, id: number): Promise<void> {
    await db.$queryRaw(sql`SELECT id FROM circulars WHERE id = ${id} FOR UPDATE`);
  }

  rows(circularId: number, db: Db = this.prisma) {
    return db.circularRow.findMany({ where: { circularId }, orderBy: [{ rank: 'asc' }, { sortOrder: 'asc' }] });
  }

  /** The highest version of the quarter's circular, 0 when there is none. */
  async latestVersion(db: Db, year: number, quarter: number): Promise<number> {
    const row = await db.circular.aggregate({ where: { year, quarter }, _max: { version: true } });
    return row._max.version ?? 0;
  }

  /** How many obligations fall in the months, and the latest due time of the last month's monthly ones. */
  /**
   * The quarter's obligations, the last monthly due time, and the due day of its first monthly stream (in the
   * registry's order: the 双公示 statistics the circular's requirements name).
   */
  async quarterDue(fromMonth: string, toMonth: string): Promise<{ obligations: number; lastDue: Date | null; monthlyDueDay: number | null }> {
    const [row] = await this.prisma.$queryRaw<{ obligations: number; last_due: Date | null; due_day: number | null }[]>(sql`
      SELECT count(*)::int AS obligations,
        max(o.due_at) FILTER (WHERE o.report_month = ${toDbDate(`${toMonth}-01`)} AND st.cadence = 'MONTHLY') AS last_due,
        (array_agg(st.due_day ORDER BY st.sort_order, st.id) FILTER (WHERE st.cadence = 'MONTHLY'))[1] AS due_day
      FROM obligations o JOIN streams st ON st.id = o.stream_id
      WHERE ${reportMonthBetween(fromMonth, toMonth)}`);
    return { obligations: row?.obligations ?? 0, lastDue: row?.last_due ?? null, monthlyDueDay: row?.due_day ?? null };
  }

  create(db: Tx, data: Prisma.CircularUncheckedCreateInput) {
    return db.circular.create({ data, include: LINKS });
  }

  update(db: Tx, id: number, data: Prisma.CircularUncheckedUpdateInput) {
    return db.circular.update({ where: { id }, data, include: LINKS });
  }

  delete(db: Tx, id: number) {
    return db.circular.delete({ where: { id } });
  }

  /**
   * Freezes the status of every obligation of the months as it stands at `asOf` (the stored state), then
   * refreshes the table's statistics (ANALYZE counts this transaction's own rows). The planner otherwise knows
   * nothing of the snapshot just written — none at all before the first circular — estimates one row for it
   * and joins the per-unit counts to the units by nested loops: at 10,000 units 50 million comparisons, 3 s of
   * the draft's 4.5 s.
   */
  async freezeStatuses(db: Tx, circularId: number, fromMonth: string, toMonth: string, asOf: Date): Promise<number> {
    const frozen = await db.$executeRaw(sql`
      INSERT INTO circular_obligations (circular_id, obligation_id, unit_id, stream_id, period, report_month, status, past_due, days_late)
      SELECT ${circularId}::int, s.id, s.unit_id, s.stream_id, s.period, s.report_month, s.status, s.past_due, s.days_late
      FROM (${statusesAt(null, reportMonthBetween(fromMonth, toMonth), asOf)}) s`);
    await db.$executeRaw(sql`ANALYZE circular_obligations`);
    return frozen;
  }

  /** Per-unit counts over the frozen statuses: the ranking is derived from the snapshot, never from live data. */
  frozenCounts(db: Db, circularId: number) {
    return db.$queryRaw<UnitCountsRow[]>(
      unitCountsSql(
        withVerdicts(sql`SELECT * FROM circular_obligations WHERE circular_id = ${circularId}`),
        null,
        recordFiguresSql(sql`o.id IN (SELECT obligation_id FROM circular_obligations WHERE circular_id = ${circularId})`, null),
      ),
    );
  }

  /** The explanations accepted for the obligations the snapshot holds as EXCUSED. */
  acceptedExplanations(db: Db, circularId: number) {
    return db.$queryRaw<AcceptedExplanationRow[]>(sql`
      SELECT u.name AS unit_name, st.name AS stream_name, co.period, e.category::text AS category, e.text
      FROM circular_obligations co
      JOIN explanations e ON e.obligation_id = co.obligation_id AND e.status = 'ACCEPTED'
      JOIN units u ON u.id = co.unit_id
      JOIN streams st ON st.id = co.stream_id
      WHERE co.circular_id = ${circularId} AND co.status = 'EXCUSED'
      ORDER BY u.sort_order, co.report_month, st.sort_order, e.id`);
  }

  /** The late and missing reports of the snapshot, with their stream and period (the criticism names them). */
  async missedItems(db: Db, circularId: number): Promise<MissedItem[]> {
    const rows = await db.$queryRaw<{ unit_id: number; stream_name: string; period: string; missing: boolean }[]>(sql`
      SELECT co.unit_id, st.name AS stream_name, co.period, co.missing
      FROM (${withVerdicts(sql`SELECT * FROM circular_obligations WHERE circular_id = ${circularId}`)}) co
      JOIN streams st ON st.id = co.stream_id
      WHERE co.missing OR co.status = 'LATE'
      ORDER BY co.unit_id, st.sort_order, st.id, co.report_month`);
    return rows.map((r) => ({ unitId: r.unit_id, streamName: r.stream_name, period: r.period, missing: r.missing }));
  }

  /** The published circular of the number year with the latest 成文日期 (the one a new number follows). */
  latestIssued(db: Db, numberYear: number) {
    return db.circular.findFirst({
      where: { state: 'PUBLISHED', numberYear },
      orderBy: [{ issuedOn: 'desc' }, { numberSeq: 'desc' }],
      select: { number: true, issuedOn: true },
    });
  }

  /** One statement for every unit's line: unnest of column arrays. */
  insertRows(db: Tx, circularId: number, rows: readonly RankedRow[]) {
    const col = <T>(pick: (r: RankedRow) => T) => rows.map(pick);
    return db.$executeRaw(sql`
      INSERT INTO circular_rows (circular_id, unit_id, rank, unit_name, sort_order, has_contact, expected, on_time,
        late, missing, excused, in_review, days_late, score)
      SELECT ${circularId}::int, r.* FROM unnest(
        ${col((r) => r.unitId)}::int[], ${col((r) => r.rank)}::int[], ${col((r) => r.unitName)}::text[],
        ${col((r) => r.sortOrder)}::int[], ${col((r) => r.hasContact)}::boolean[], ${col((r) => r.expected)}::int[],
        ${col((r) => r.onTime)}::int[], ${col((r) => r.late)}::int[], ${col((r) => r.missing)}::int[],
        ${col((r) => r.excused)}::int[], ${col((r) => r.inReview)}::int[], ${col((r) => r.daysLate)}::int[],
        ${col((r) => r.score)}::numeric[]) AS r`);
  }

  /**
   * The next number of the year, in the publishing transaction: the counter row is locked until commit, so
   * concurrent publishes take consecutive numbers, and a rolled-back publish gives its number back.
   */
  async nextNumber(db: Tx, year: number): Promise<number> {
    const [row] = await db.$queryRaw<{ last_number: number }[]>(sql`
      INSERT INTO circular_counters (year, last_number) VALUES (${year}, 1)
      ON CONFLICT (year) DO UPDATE SET last_number = circular_counters.last_number + 1
      RETURNING last_number`);
    return row!.last_number;
  }
}

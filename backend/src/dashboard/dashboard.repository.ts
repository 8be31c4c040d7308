import { Injectable } from '@nestjs/common';
import { Prisma } from '../generated/prisma/client.ts';
import { PrismaService } from '../database/prisma.service.ts';
import { metricCounts, reportMonthBetween, statusesAt } from '../obligations/obligation-status.sql.ts';
import { recordFiguresSql } from '../records/record-figures.sql.ts';
import type { CountsRow, OverdueRow, RecordQualityRow, RoundRow } from './dashboard.dto.ts';

const sql = Prisma.sql;

/** Aggregates of the office home, each one statement in the database (never the obligations in Node). */
@Injectable()
export class DashboardRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Units that filed records in the months, worst first: lowest 合规率, then highest 迟报率, then most records
   * filed; the office's 数据质量 panel. Ties in the plan's order.
   */
  recordQuality(fromMonth: string, toMonth: string, limit: number) {
    return this.prisma.$queryRaw<RecordQualityRow[]>(sql`
      SELECT u.id AS unit_id, u.name AS unit_name, f.records_filed, f.records_valid, f.records_late
      FROM (${recordFiguresSql(reportMonthBetween(fromMonth, toMonth), null)}) f
      JOIN units u ON u.id = f.group_key
      WHERE f.records_filed > 0
      ORDER BY f.records_valid::float / f.records_filed,
        CASE WHEN f.records_valid = 0 THEN 0 ELSE f.records_late::float / f.records_valid END DESC,
        f.records_filed DESC, u.sort_order
      LIMIT ${limit}`);
  }

  /** The reports falling due in [start, end): metric counts (one row) and the round's own figures. */
  async round(start: Date, end: Date, asOf: Date | null, now: Date) {
    const statuses = statusesAt(asOf, sql`o.due_at >= ${start} AND o.due_at < ${end}`, now);
    const [counts, [round]] = await Promise.all([
      this.prisma.$queryRaw<CountsRow[]>(metricCounts(statuses, sql`0`)),
      this.prisma.$queryRaw<RoundRow[]>(sql`
        SELECT count(*)::int AS obligations,
          count(*) FILTER (WHERE s.status = 'EXEMPT')::int AS exempt,
          count(*) FILTER (WHERE s.status = 'PENDING')::int AS pending,
          count(*) FILTER (WHERE s.status IN ('SUBMITTED', 'ON_TIME', 'LATE'))::int AS filed,
          count(*) FILTER (WHERE s.status = 'RETURNED')::int AS returned,
          count(DISTINCT s.unit_id)::int AS units,
          count(DISTINCT s.unit_id) FILTER (WHERE s.missing)::int AS units_overdue
        FROM (${statuses}) s`),
    ]);
    return { counts: counts[0] ?? null, round };
  }

  /** Metric counts per period month (`group_key` 'YYYY-MM') from fromMonth to toMonth; months without rows are absent. */
  trend(fromMonth: string, toMonth: string, asOf: Date | null, now: Date) {
    const statuses = statusesAt(asOf, reportMonthBetween(fromMonth, toMonth), now);
    return this.prisma.$queryRaw<CountsRow<string>[]>(metricCounts(statuses, sql`to_char(s.report_month, 'YYYY-MM')`));
  }

  /**
   * Units with reports missing now (any period), most missing first, each with those reports and the
   * contact to call: the primary contact, else the first one on file.
   */
  overdueUnits(limit: number, asOf: Date | null, now: Date) {
    const at = asOf ?? now;
    const statuses = statusesAt(asOf, sql`o.due_at < ${at}`, now);
    const shanghaiDay = (t: Prisma.Sql) => sql`(${t} AT TIME ZONE 'Asia/Shanghai')::date`;
    return this.prisma.$queryRaw<OverdueRow[]>(sql`
      WITH missing AS (
        SELECT s.id, s.unit_id, s.stream_id, s.period, s.due_at, s.status,
          ${shanghaiDay(sql`${at}::timestamptz`)} - ${shanghaiDay(sql`s.due_at`)} AS days_overdue
        FROM (${statuses}) s
        WHERE s.missing
      ), per_unit AS (
        SELECT m.unit_id, count(*)::int AS overdue, max(m.days_overdue)::int AS max_days_overdue,
          json_agg(json_build_object(
            'obligationId', m.id, 'streamCode', st.code, 'streamName', st.name, 'period', m.period,
            'dueAt', to_char(m.due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
            'status', m.status, 'daysOverdue', m.days_overdue
          ) ORDER BY m.due_at, st.sort_order) AS obligations
        FROM missing m JOIN streams st ON st.id = m.stream_id
        GROUP BY m.unit_id
      )
      SELECT u.id AS unit_id, u.name AS unit_name, p.overdue, p.max_days_overdue, p.obligations, c.contact,
        count(*) OVER () AS total_units
      FROM per_unit p
      JOIN units u ON u.id = p.unit_id
      LEFT JOIN LATERAL (
        SELECT json_build_object('id', c.id, 'name', c.name, 'post', c.post, 'phone', c.phone,
          'mobile', c.mobile, 'email', c.email, 'primary', c."primary") AS contact
        FROM contacts c WHERE c.unit_id = u.id
        ORDER BY c."primary" DESC, c.id
        LIMIT 1
      ) c ON true
      ORDER BY p.overdue DESC, p.max_days_overdue DESC, u.sort_order
      LIMIT ${limit}`);
  }
}

import { Injectable } from '@nestjs/common';
import { Prisma } from '../generated/prisma/client.ts';
import { PrismaService } from '../database/prisma.service.ts';
import { reportMonthBetween, statusesAt } from '../obligations/obligation-status.sql.ts';

const sql = Prisma.sql;

export interface StatusCountRow {
  status: string;
  count: number;
  missing: number;
  expected: number;
}

export interface MissingRow {
  id: number;
  stream_name: string;
  period: string;
  due_at: Date;
  status: string;
}

/** One unit's year as the unit page shows it, from the live statuses (the same SQL as the ranking and the score). */
@Injectable()
export class UnitOverviewRepository {
  constructor(private readonly prisma: PrismaService) {}

  unit(id: number) {
    return this.prisma.unit.findUnique({ where: { id }, select: { id: true, name: true } });
  }

  private statuses(unitId: number, year: number, now: Date) {
    return statusesAt(null, sql`o.unit_id = ${unitId} AND ${reportMonthBetween(`${year}-01`, `${year}-12`)}`, now);
  }

  /** How many of the year's obligations stand in each status now, with the missing and expected among them. */
  statusCounts(unitId: number, year: number, now: Date) {
    return this.prisma.$queryRaw<StatusCountRow[]>(sql`
      SELECT s.status, count(*)::int AS count, count(*) FILTER (WHERE s.missing)::int AS missing,
        count(*) FILTER (WHERE s.expected)::int AS expected
      FROM (${this.statuses(unitId, year, now)}) s
      GROUP BY s.status`);
  }

  /** The year's obligations counted as 逾期未报 (nothing valid filed past due), oldest due first. */
  missing(unitId: number, year: number, now: Date) {
    return this.prisma.$queryRaw<MissingRow[]>(sql`
      SELECT s.id, st.name AS stream_name, s.period, s.due_at, s.status
      FROM (${this.statuses(unitId, year, now)}) s
      JOIN streams st ON st.id = s.stream_id
      WHERE s.missing
      ORDER BY s.due_at, st.sort_order, s.id`);
  }

  contacts(unitId: number) {
    return this.prisma.contact.findMany({
      where: { unitId },
      orderBy: [{ primary: 'desc' }, { leader: 'desc' }, { name: 'asc' }],
      select: { id: true, name: true, post: true, phone: true, mobile: true, email: true, primary: true, leader: true },
    });
  }
}

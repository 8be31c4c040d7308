import { Injectable } from '@nestjs/common';
import { Prisma } from '../generated/prisma/client.ts';
import { PrismaService } from '../database/prisma.service.ts';
import { statusesAt, STILL_OWED } from '../obligations/obligation-status.sql.ts';

const sql = Prisma.sql;

/** One report the chase letter asks for: overdue (逾期未报) or returned and not yet filed again. */
export interface ChaseItemRow {
  stream_name: string;
  period: string;
  due_at: Date;
  status: 'OVERDUE' | 'RETURNED';
  /** Calendar days past the due day (Asia/Shanghai), 0 when not yet due. */
  days_overdue: number;
  return_reason: string | null;
}

@Injectable()
export class ChaseLettersRepository {
  constructor(private readonly prisma: PrismaService) {}

  unit(id: number) {
    return this.prisma.unit.findUnique({ where: { id }, select: { id: true, name: true } });
  }

  /** The unit's overdue and returned reports now, by due time then stream order. */
  items(unitId: number, now: Date) {
    const statuses = statusesAt(null, sql`o.unit_id = ${unitId} AND ${STILL_OWED}`, now);
    const day = (t: Prisma.Sql) => sql`(${t} AT TIME ZONE 'Asia/Shanghai')::date`;
    return this.prisma.$queryRaw<ChaseItemRow[]>(sql`
      SELECT st.name AS stream_name, s.period, s.due_at, s.status,
        greatest(${day(sql`${now}::timestamptz`)} - ${day(sql`s.due_at`)}, 0)::int AS days_overdue,
        r.reason AS return_reason
      FROM (${statuses}) s
      JOIN streams st ON st.id = s.stream_id
      LEFT JOIN reviews r ON r.submission_id = s.latest_submission_id AND s.status = 'RETURNED'
      WHERE s.status IN ('OVERDUE', 'RETURNED')
      ORDER BY s.due_at, st.sort_order`);
  }
}

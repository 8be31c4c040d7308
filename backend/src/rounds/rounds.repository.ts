import { Injectable } from '@nestjs/common';
import { Prisma } from '../generated/prisma/client.ts';
import { PrismaService } from '../database/prisma.service.ts';
import type { MonthDue } from '../domain/rounds.ts';

const sql = Prisma.sql;

/** The facts the latest complete round is computed from: per report month, its last due time. */
@Injectable()
export class RoundsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * The last due time of each report month from `sinceMonth` on (one statement over the report-month index),
   * optionally of one stream only.
   */
  async monthDues(sinceMonth: string, streamCode: string | null): Promise<MonthDue[]> {
    const rows = await this.prisma.$queryRaw<{ month: string; last_due_at: Date }[]>(sql`
      SELECT to_char(o.report_month, 'YYYY-MM') AS month, max(o.due_at) AS last_due_at
      FROM obligations o
      WHERE o.report_month >= ${`${sinceMonth}-01`}::date
        AND ${streamCode ? sql`o.stream_id = (SELECT id FROM streams WHERE code = ${streamCode})` : sql`true`}
      GROUP BY 1`);
    return rows.map((r) => ({ month: r.month, lastDueAt: r.last_due_at }));
  }

  streamExists(code: string) {
    return this.prisma.stream.count({ where: { code } }).then((n) => n > 0);
  }
}

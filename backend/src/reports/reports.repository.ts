import { Injectable } from '@nestjs/common';
import { Prisma } from '../generated/prisma/client.ts';
import { PrismaService } from '../database/prisma.service.ts';
import { toDbDate } from '../database/db-dates.ts';
import type { SgsCountsRow } from './reports.dto.ts';

const sql = Prisma.sql;

/** The stream whose reports carry the four counts (DESIGN.md §2.1). */
export const SGS_STREAM = 'SGS_MONTHLY';
/** The 双公示 records since 2013, filed once: part of 附件5's cumulative totals, never of 附件6's increments. */
export const SGS_STOCK_STREAM = 'SGS_STOCK';

@Injectable()
export class ReportsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Per unit, the four counts summed over the SGS_MONTHLY periods from `fromMonth` (null: from the first) to
   * `toMonth`. What counts is the ACCEPTED version of each obligation (a version awaiting review or returned
   * does not; after an acceptance nothing newer can be filed); a 情况说明 (NO_DATA) counts zero. Units: those
   * with an assignment to the stream overlapping the range, or with obligations in it, in the plan's order.
   * The cumulative table (no `fromMonth`) also counts the accepted stock filing (SGS_STOCK, 2013 onwards).
   */
  sgsCounts(fromMonth: string | null, toMonth: string) {
    const from = fromMonth ? toDbDate(`${fromMonth}-01`) : toDbDate('0001-01-01');
    const to = toDbDate(`${toMonth}-01`);
    return this.prisma.$queryRaw<SgsCountsRow[]>(sql`
      WITH sgs AS (SELECT id FROM streams WHERE code = ${SGS_STREAM}),
      ob AS (
        SELECT o.id, o.unit_id, o.period, o.state FROM obligations o
        WHERE o.stream_id = (SELECT id FROM sgs) AND o.period_start BETWEEN ${from} AND ${to}
      ),
      stock AS (
        SELECT o.id, o.unit_id FROM obligations o
        WHERE ${fromMonth === null} AND o.stream_id = (SELECT id FROM streams WHERE code = ${SGS_STOCK_STREAM})
      ),
      acc AS (
        SELECT DISTINCT ON (s.obligation_id) s.obligation_id, s.legal_person_penalties, s.legal_person_licenses,
          s.natural_person_penalties, s.natural_person_licenses
        FROM submissions s JOIN reviews r ON r.submission_id = s.id AND r.decision = 'ACCEPT'
        WHERE s.obligation_id IN (SELECT id FROM ob UNION ALL SELECT id FROM stock)
        ORDER BY s.obligation_id, s.version DESC
      ),
      stock_acc AS (
        SELECT stock.unit_id, sum(acc.legal_person_penalties) AS lpp, sum(acc.legal_person_licenses) AS lpl,
          sum(acc.natural_person_penalties) AS npp, sum(acc.natural_person_licenses) AS npl
        FROM stock JOIN acc ON acc.obligation_id = stock.id GROUP BY stock.unit_id
      )
      SELECT u.id AS unit_id, u.name AS unit_name, u.sort_order,
        (coalesce(sum(acc.legal_person_penalties), 0) + coalesce(max(sa.lpp), 0))::int AS legal_person_penalties,
        (coalesce(sum(acc.legal_person_licenses), 0) + coalesce(max(sa.lpl), 0))::int AS legal_person_licenses,
        (coalesce(sum(acc.natural_person_penalties), 0) + coalesce(max(sa.npp), 0))::int AS natural_person_penalties,
        (coalesce(sum(acc.natural_person_licenses), 0) + coalesce(max(sa.npl), 0))::int AS natural_person_licenses,
        coalesce(array_agg(ob.period ORDER BY ob.period) FILTER (WHERE ob.id IS NOT NULL AND acc.obligation_id IS NULL AND ob.state <> 'EXEMPT'), '{}') AS unaccepted
      FROM units u
      LEFT JOIN ob ON ob.unit_id = u.id
      LEFT JOIN acc ON acc.obligation_id = ob.id
      LEFT JOIN stock_acc sa ON sa.unit_id = u.id
      WHERE EXISTS (SELECT 1 FROM ob WHERE ob.unit_id = u.id)
         OR (u.active AND EXISTS (
              SELECT 1 FROM assignments a
              WHERE a.unit_id = u.id AND a.stream_id = (SELECT id FROM sgs)
                AND a.valid_from <= (${to}::date + interval '1 month' - interval '1 day')
                AND (a.valid_to IS NULL OR a.valid_to >= ${from})))
      GROUP BY u.id
      ORDER BY u.sort_order`);
  }

  /** Active units in the plan's order with their contacts (primary first, then the leader). */
  roster() {
    return this.prisma.unit.findMany({
      where: { active: true },
      orderBy: { sortOrder: 'asc' },
      select: {
        id: true,
        name: true,
        sortOrder: true,
        contacts: {
          select: { name: true, post: true, phone: true, mobile: true, email: true, primary: true, leader: true },
          orderBy: [{ primary: 'desc' }, { leader: 'desc' }, { id: 'asc' }],
        },
      },
    });
  }
}

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
   *
   * One pass over the obligations, on the state every write keeps current (obligation-status.sql.ts): nothing
   * can be filed after an acceptance and a withdrawn version counts as never filed, so the accepted version is
   * the latest one, and it is accepted exactly when the stored state is ACCEPTED — or EXEMPT over an accepted
   * review (an exemption outranks the state), looked up for those few alone. At province scale (10,000 units ×
   * 8 years) this is one hash join of ~1 M rows instead of a search of every obligation's versions and reviews.
   */
  sgsCounts(fromMonth: string | null, toMonth: string) {
    const from = fromMonth ? toDbDate(`${fromMonth}-01`) : toDbDate('0001-01-01');
    const to = toDbDate(`${toMonth}-01`);
    return this.prisma.$queryRaw<SgsCountsRow[]>(sql`
      WITH sgs AS (SELECT id FROM streams WHERE code = ${SGS_STREAM}),
      stock AS (SELECT id FROM streams WHERE ${fromMonth === null} AND code = ${SGS_STOCK_STREAM}),
      per_unit AS (
        SELECT o.unit_id,
          bool_or(o.stream_id = (SELECT id FROM sgs)) AS owes,
          sum(s.legal_person_penalties) AS lpp, sum(s.legal_person_licenses) AS lpl,
          sum(s.natural_person_penalties) AS npp, sum(s.natural_person_licenses) AS npl,
          array_agg(o.period) FILTER (WHERE o.stream_id = (SELECT id FROM sgs) AND o.state NOT IN ('ACCEPTED', 'EXEMPT')) AS unaccepted
        FROM obligations o
        LEFT JOIN submissions s ON s.id = o.latest_submission_id AND (o.state = 'ACCEPTED' OR (o.state = 'EXEMPT' AND EXISTS (
          SELECT 1 FROM reviews r WHERE r.submission_id = o.latest_submission_id AND r.decision = 'ACCEPT')))
        WHERE (o.stream_id = (SELECT id FROM sgs) AND o.period_start BETWEEN ${from} AND ${to})
           OR o.stream_id = (SELECT id FROM stock)
        GROUP BY o.unit_id
      )
      SELECT u.id AS unit_id, u.name AS unit_name, u.sort_order,
        coalesce(c.lpp, 0)::int AS legal_person_penalties,
        coalesce(c.lpl, 0)::int AS legal_person_licenses,
        coalesce(c.npp, 0)::int AS natural_person_penalties,
        coalesce(c.npl, 0)::int AS natural_person_licenses,
        ARRAY(SELECT p FROM unnest(c.unaccepted) p ORDER BY p) AS unaccepted
      FROM units u
      LEFT JOIN per_unit c ON c.unit_id = u.id
      WHERE c.owes
         OR (u.active AND EXISTS (
              SELECT 1 FROM assignments a
              WHERE a.unit_id = u.id AND a.stream_id = (SELECT id FROM sgs)
                AND a.valid_from <= (${to}::date + interval '1 month' - interval '1 day')
                AND (a.valid_to IS NULL OR a.valid_to >= ${from})))
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

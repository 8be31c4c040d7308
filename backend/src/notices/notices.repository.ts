import { Injectable } from '@nestjs/common';
import { type Preferences, preferencesSchema } from '@credit/contract/api';
import { Prisma } from '../generated/prisma/client.ts';
import { type Db, PrismaService, type Tx } from '../database/prisma.service.ts';
import { toDbDate } from '../database/db-dates.ts';
import { idWhere, orderBy, type ListQuery } from '../common/list-query.ts';
import { STILL_OWED, statusesAt } from '../obligations/obligation-status.sql.ts';
import { CHASE_STAGES, type ChaseCandidate, type ContactAddress, type NoticeDraft } from './notice-composer.ts';
import type { ChaseLine } from './notice-texts.ts';
import type { NoticeFilter } from './notices.dto.ts';

const sql = Prisma.sql;

/** Arbitrary constant shared by every instance (the migrator uses another): one notices run at a time. */
const NOTICE_RUN_LOCK_KEY = 72707370;

const DRAFTS_PER_STATEMENT = 500;

type LineRow = {
  id: number;
  unit_id: number;
  unit_name: string;
  stream_name: string;
  period: string;
  due_at: Date;
  unit_order: number;
  stream_order: number;
};

/**
 * The office's order: unit, due time, stream. Sorted here rather than in SQL: the planner cannot estimate
 * how many obligations are owed, and an ORDER BY on the units' index then tempts it into a nested loop over
 * every unit (a minute at 10,000 units instead of a fraction of a second).
 */
function inOfficeOrder<T extends LineRow>(rows: T[]): T[] {
  return rows.sort(
    (a, b) => a.unit_order - b.unit_order || a.due_at.getTime() - b.due_at.getTime() || a.stream_order - b.stream_order || a.id - b.id,
  );
}
const toLine = (r: LineRow): ChaseLine => ({
  id: r.id,
  unitId: r.unit_id,
  unitName: r.unit_name,
  streamName: r.stream_name,
  period: r.period,
  dueAt: r.due_at,
});

/** Only this module touches the notices tables. Chase queries are set-based: one statement whatever the scale. */
@Injectable()
export class NoticesRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Every obligation owed a chase step on the run at `asOf`, with the steps not yet taken: reminders for
   * those due up to `remindUntil` and not yet past due, the overdue notice for those past due, the
   * escalation for those due up to `escalateUntil`. Facts are the stored (current) ones, so a filing made
   * after the run's day still stops the chase when a missed day is caught up; time is the run's.
   * With `missingUntil`, the same scan also answers what the office summary lists: every obligation past due
   * at `asOf`, due up to `missingUntil`, with nothing valid filed (chased already or not), the very objects of
   * `candidates` where both name one (one pass over the obligations, one copy of each line).
   */
  async chaseCandidates(
    db: Db,
    asOf: Date,
    remindUntil: Date,
    escalateUntil: Date,
    missingUntil: Date | null = null,
  ): Promise<{ candidates: ChaseCandidate[]; missing: ChaseLine[] }> {
    const noticed = (kind: string, stage: string) => sql`EXISTS (
      SELECT 1 FROM notice_obligations n WHERE n.obligation_id = s.id AND n.kind = ${kind}::"NoticeKind" AND n.stage = ${stage})`;
    const scanUntil = missingUntil && missingUntil > remindUntil ? missingUntil : remindUntil;
    const summarised = missingUntil ? sql`(s.past_due AND s.due_at <= ${missingUntil})` : sql`false`;
    const rows = await db.$queryRaw<(LineRow & { remind: boolean; overdue: boolean; escalate: boolean; summarised: boolean })[]>(sql`
      SELECT * FROM (
        SELECT s.id, s.unit_id, u.name AS unit_name, st.name AS stream_name, s.period, s.due_at,
          u.sort_order AS unit_order, st.sort_order AS stream_order,
          (s.due_at <= ${remindUntil} AND NOT s.past_due AND NOT ${noticed('REMINDER', CHASE_STAGES.REMINDER)}) AS remind,
          (s.due_at <= ${remindUntil} AND s.past_due AND NOT ${noticed('OVERDUE', CHASE_STAGES.OVERDUE)}) AS overdue,
          (s.due_at <= ${remindUntil} AND s.past_due AND s.due_at <= ${escalateUntil} AND NOT ${noticed('ESCALATION', CHASE_STAGES.ESCALATION)}) AS escalate,
          ${summarised} AS summarised
        FROM (${statusesAt(null, sql`${STILL_OWED} AND o.due_at <= ${scanUntil}`, asOf)}) s
        JOIN units u ON u.id = s.unit_id AND u.active
        JOIN streams st ON st.id = s.stream_id AND st.active
      ) c
      WHERE c.remind OR c.overdue OR c.escalate OR c.summarised`);
    const candidates: ChaseCandidate[] = [];
    const missing: ChaseLine[] = [];
    for (const r of inOfficeOrder(rows)) {
      const line: ChaseCandidate = { ...toLine(r), remind: r.remind, overdue: r.overdue, escalate: r.escalate };
      if (r.remind || r.overdue || r.escalate) candidates.push(line);
      if (r.summarised) missing.push(line);
    }
    return { candidates, missing };
  }

  /** The latest due time of a monthly stream before `asOf` (the due day an office summary is about). */
  async latestMonthlyDueBefore(db: Db, asOf: Date): Promise<Date | null> {
    // The first row of a backward walk of the due_at index, not max() (which the planner answers by reading
    // every obligation due so far).
    const [row] = await db.$queryRaw<{ due_at: Date }[]>(sql`
      SELECT o.due_at FROM obligations o
      JOIN streams st ON st.id = o.stream_id AND st.cadence = 'MONTHLY' AND st.active
      WHERE o.due_at < ${asOf}
      ORDER BY o.due_at DESC LIMIT 1`);
    return row?.due_at ?? null;
  }

  /** What the office's chase lists for these units at `asOf`: everything past due with nothing valid filed. */
  async owedBy(db: Db, unitIds: number[], asOf: Date): Promise<ChaseLine[]> {
    const rows = await db.$queryRaw<LineRow[]>(sql`
      SELECT s.id, s.unit_id, u.name AS unit_name, st.name AS stream_name, s.period, s.due_at,
        u.sort_order AS unit_order, st.sort_order AS stream_order
      FROM (${statusesAt(null, sql`${STILL_OWED} AND o.due_at < ${asOf} AND o.unit_id = ANY(${unitIds}::int[])`, asOf)}) s
      JOIN units u ON u.id = s.unit_id
      JOIN streams st ON st.id = s.stream_id`);
    return inOfficeOrder(rows).map(toLine);
  }

  async unitName(unitId: number, db: Db = this.prisma): Promise<string | null> {
    return (await db.unit.findUnique({ where: { id: unitId }, select: { name: true } }))?.name ?? null;
  }

  async noticeExists(db: Db, dedupeKey: string): Promise<boolean> {
    return (await db.notice.count({ where: { dedupeKey } })) > 0;
  }

  /** Contacts of the given units reachable by e-mail or SMS, each with its channels (else the office's `defaults`). */
  async contactsOf(db: Db, unitIds: number[], defaults: Preferences): Promise<ContactAddress[]> {
    if (unitIds.length === 0) return [];
    const rows = await db.$queryRaw<(Omit<ContactAddress, 'preferences'> & { preferences: unknown })[]>(sql`
      SELECT id, unit_id AS "unitId", name, nullif(trim(email), '') AS email, nullif(trim(mobile), '') AS mobile,
        "primary", leader, preferences FROM contacts
      WHERE unit_id = ANY(${unitIds}::int[]) AND (coalesce(trim(email), '') <> '' OR coalesce(trim(mobile), '') <> '')
      ORDER BY unit_id, "primary" DESC, id`);
    return rows.map((r) => {
      const own = preferencesSchema.safeParse(r.preferences);
      return { ...r, preferences: own.success ? own.data : defaults };
    });
  }

  /**
   * Stores the drafts, a draft whose dedupe key exists already skipped, and in the same statement records
   * each chase notice's obligations in the ledger, whose key (obligation, kind, stage) refuses a second
   * notice of the same step even if the advisory lock were bypassed. Returns the ids of the new notices, created
   * at `createdAt` (the app's clock: the database's now() would date them by another clock than everything else).
   */
  async insertDrafts(db: Tx, drafts: NoticeDraft[], createdAt: Date): Promise<Map<string, number>> {
    const ids = new Map<string, number>();
    // In slices: a catch-up run at province scale writes tens of thousands of notices, and one JSON
    // parameter holding them all would cost hundreds of MB.
    for (let i = 0; i < drafts.length; i += DRAFTS_PER_STATEMENT) {
      for (const [key, id] of await this.insertSlice(db, drafts.slice(i, i + DRAFTS_PER_STATEMENT), createdAt)) ids.set(key, id);
    }
    return ids;
  }

  private async insertSlice(db: Db, drafts: NoticeDraft[], createdAt: Date): Promise<[string, number][]> {
    const rows = drafts.map((d, ord) => ({
      ord,
      kind: d.kind,
      unit_id: d.unitId,
      stage: d.stage,
      dedupe_key: d.dedupeKey,
      obligation_ids: d.obligationIds,
      for_date: d.forDate,
      title: d.title,
      body: d.body,
      recipients: d.recipients,
    }));
    // One statement: the notices, then (from what they return, not a second read) the ledger rows of the chase
    // notices among them; summaries and decisions name no obligation they chase. The ledger's foreign key to the
    // notices is checked at the statement's end, when the new notices are there.
    const inserted = await db.$queryRaw<{ id: number; dedupe_key: string }[]>(sql`
      WITH stored AS (
        INSERT INTO notices (kind, unit_id, stage, dedupe_key, obligation_ids, for_date, title, body, recipients, created_at)
        SELECT x.kind::"NoticeKind", x.unit_id, x.stage, x.dedupe_key, x.obligation_ids, x.for_date, x.title, x.body, x.recipients,
          ${createdAt}::timestamptz
        FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(ord int, kind text, unit_id int, stage text,
          dedupe_key text, obligation_ids int[], for_date date, title text, body text, recipients jsonb)
        ORDER BY x.ord
        ON CONFLICT (dedupe_key) DO NOTHING
        RETURNING id, dedupe_key, kind, stage, obligation_ids
      ), ledger AS (
        INSERT INTO notice_obligations (obligation_id, kind, stage, notice_id)
        SELECT unnest(n.obligation_ids), n.kind, n.stage, n.id FROM stored n
        WHERE n.kind NOT IN ('SUMMARY', 'DECISION')
      )
      SELECT id, dedupe_key FROM stored`);
    return inserted.map((r) => [r.dedupe_key, r.id]);
  }

  /** Serialises runs across instances until the caller's transaction ends. */
  async lockRuns(tx: Tx): Promise<void> {
    await tx.$queryRaw(sql`SELECT 1 AS locked FROM pg_advisory_xact_lock(${NOTICE_RUN_LOCK_KEY}::bigint)`);
  }

  // ---- the inbox ----

  private static include(userId: number, withAttempts: boolean) {
    return {
      unit: { select: { name: true } },
      reads: { where: { userId }, select: { readAt: true } },
      mails: {
        orderBy: { id: 'asc' as const },
        ...(withAttempts ? { include: { attemptsLog: { orderBy: { id: 'asc' as const } } } } : {}),
      },
    };
  }

  async list(q: ListQuery<NoticeFilter>, visible: Prisma.NoticeWhereInput, userId: number) {
    const f = q.filter;
    const where: Prisma.NoticeWhereInput = {
      AND: [
        visible,
        idWhere(f.id),
        f.unitId !== undefined ? { unitId: f.unitId } : {},
        f.obligationId !== undefined ? { obligationIds: { has: f.obligationId } } : {},
        f.kind ? { kind: Array.isArray(f.kind) ? { in: f.kind } : f.kind } : {},
        f.forDate ? { forDate: toDbDate(f.forDate) } : {},
        f.from ? { forDate: { gte: toDbDate(f.from) } } : {},
        f.to ? { forDate: { lte: toDbDate(f.to) } } : {},
        f.read === true ? { reads: { some: { userId } } } : f.read === false ? { reads: { none: { userId } } } : {},
        f.mailStatus ? { mails: { some: { status: f.mailStatus } } } : {},
        f.q ? { OR: [{ title: { contains: f.q } }, { unit: { name: { contains: f.q } } }] } : {},
      ],
    };
    const [items, total] = await Promise.all([
      this.prisma.notice.findMany({
        where,
        include: NoticesRepository.include(userId, false),
        orderBy: orderBy(q.sort),
        skip: q.skip,
        take: q.take,
      }),
      this.prisma.notice.count({ where }),
    ]);
    return { items, total };
  }

  findById(id: number, userId: number, withAttempts: boolean) {
    return this.prisma.notice.findUnique({ where: { id }, include: NoticesRepository.include(userId, withAttempts) });
  }

  countUnread(visible: Prisma.NoticeWhereInput, userId: number): Promise<number> {
    return this.prisma.notice.count({ where: { AND: [visible, { reads: { none: { userId } } }] } });
  }

  /** Marks the notice read by the user; `byAddressee` also stamps the notice's own first-read time (`at`). */
  async markRead(tx: Tx, id: number, userId: number, byAddressee: boolean, at: Date): Promise<boolean> {
    const { count } = await tx.noticeRead.createMany({ data: [{ noticeId: id, userId, readAt: at }], skipDuplicates: true });
    if (byAddressee) await tx.notice.updateMany({ where: { id, readAt: null }, data: { readAt: at } });
    return count > 0;
  }
}

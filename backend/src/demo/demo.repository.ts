// The demo history's SQL: set-based inserts (unnest of parameter arrays, one statement per batch) and one
// set-based refresh of every obligation's stored state, so 10,000 units cost a few statements, not
// millions of round trips.
import { Injectable } from '@nestjs/common';
import { Prisma } from '../generated/prisma/client.ts';
import { PrismaService, type Tx } from '../database/prisma.service.ts';
import { toDbDate } from '../database/db-dates.ts';
import { replayedFacts } from '../obligations/obligation-status.sql.ts';
import type { HistoryObligation, PlannedExemption, PlannedExplanation, PlannedSubmission } from './history-plan.ts';
import { TransactionRunner } from '../database/transaction-runner.ts';

const sql = Prisma.sql;

export interface ContactRow {
  unitId: number;
  name: string;
  post: string;
  phone: string;
  mobile: string;
  email: string;
  primary: boolean;
  leader: boolean;
}

export interface DemoUserRow {
  username: string;
  role: 'ADMIN' | 'LEADER' | 'UNIT';
  unitId: number | null;
  displayName: string;
}

/** The UNIT user of the obligation's unit who files (none at benchmark scale: then null). */
const UNIT_USER = sql`(SELECT min(us.id) FROM users us WHERE us.unit_id = o.unit_id AND us.role = 'UNIT')`;

@Injectable()
export class DemoRepository {
  constructor(
    private readonly prisma: PrismaService,
    private readonly transactions = new TransactionRunner(prisma),
  ) {}

  /** Whether anything was ever filed, explained or exempted: a history goes only into an untouched database. */
  async hasFacts(): Promise<boolean> {
    const [row] = await this.prisma.$queryRaw<{ any: boolean }[]>(sql`
      SELECT EXISTS (SELECT 1 FROM submissions) OR EXISTS (SELECT 1 FROM explanations)
        OR EXISTS (SELECT 1 FROM exemptions) AS any`);
    return row.any;
  }

  async firstAdminId(): Promise<number | null> {
    const admin = await this.prisma.user.findFirst({ where: { role: 'ADMIN' }, orderBy: { id: 'asc' }, select: { id: true } });
    return admin?.id ?? null;
  }

  /**
   * Adds synthetic units up to `count` (sort orders after the last one), each owing the monthly 双公示
   * and its stock report, two in five the 红黑榜 ones, one in eleven the code conversion.
   */
  async addUnitsUpTo(count: number, validFrom: string): Promise<number> {
    return this.transactions.run(async (tx) => {
      const added = await tx.$executeRaw(sql`
        INSERT INTO units (name, sort_order, updated_at)
        SELECT '模拟单位' || lpad(g::text, 5, '0'), g, now()
        FROM generate_series((SELECT coalesce(max(sort_order), 0) + 1 FROM units), ${count}::int) g
        ON CONFLICT DO NOTHING`);
      await tx.$executeRaw(sql`
        INSERT INTO assignments (unit_id, stream_id, valid_from, updated_at)
        SELECT u.id, st.id, ${toDbDate(validFrom)}, now()
        FROM units u
        JOIN streams st ON st.code IN ('SGS_MONTHLY', 'SGS_STOCK')
          OR (st.code IN ('HHB', 'HHB_STOCK') AND u.sort_order % 5 IN (0, 2))
          OR (st.code = 'XYDM' AND u.sort_order % 11 = 0)
        WHERE NOT EXISTS (SELECT 1 FROM assignments a WHERE a.unit_id = u.id)
        ON CONFLICT DO NOTHING`);
      return added;
    });
  }

  /** The first `count` active units in the office's order. */
  units(count: number) {
    return this.prisma.unit.findMany({
      where: { active: true },
      orderBy: { sortOrder: 'asc' },
      take: count,
      select: { id: true, name: true, sortOrder: true },
    });
  }

  /** Moves the start of these units' open assignments back to validFrom, so the history months are owed. */
  backdateAssignments(unitIds: number[], validFrom: string) {
    return this.prisma.$executeRaw(sql`
      UPDATE assignments SET valid_from = ${toDbDate(validFrom)}, updated_at = now()
      WHERE unit_id = ANY(${unitIds}::int[]) AND valid_from > ${toDbDate(validFrom)} AND valid_to IS NULL`);
  }

  /** Gives the one-off streams without a date (the stock reports) the due date the office would set. */
  setOneOffDueDates(dueDate: string) {
    return this.prisma.$executeRaw(sql`
      UPDATE streams SET due_date = ${toDbDate(dueDate)}, updated_at = now()
      WHERE cadence = 'ONCE' AND due_date IS NULL AND active`);
  }

  /** Units among unitIds that have no contact yet. */
  async unitsWithoutContacts(unitIds: number[]): Promise<number[]> {
    const rows = await this.prisma.$queryRaw<{ id: number }[]>(sql`
      SELECT u.id FROM units u
      WHERE u.id = ANY(${unitIds}::int[]) AND NOT EXISTS (SELECT 1 FROM contacts c WHERE c.unit_id = u.id)
      ORDER BY u.sort_order`);
    return rows.map((r) => r.id);
  }

  insertContacts(rows: ContactRow[]) {
    const col = <K extends keyof ContactRow>(k: K) => rows.map((r) => r[k]);
    return this.prisma.$executeRaw(sql`
      INSERT INTO contacts (unit_id, name, post, phone, mobile, email, "primary", leader, updated_at)
      SELECT c.*, now() FROM unnest(${col('unitId')}::int[], ${col('name')}::text[], ${col('post')}::text[],
        ${col('phone')}::text[], ${col('mobile')}::text[], ${col('email')}::text[], ${col('primary')}::boolean[],
        ${col('leader')}::boolean[]) AS c`);
  }

  /** The obligations of these units from the month fromMonth on, with what the story needs. */
  async obligations(unitIds: number[], fromMonth: string): Promise<HistoryObligation[]> {
    const rows = await this.prisma.$queryRaw<
      { id: number; unit_order: number; unit_name: string; stream_code: string; requires_counts: boolean; correction_workdays: number; period: string; due_at: Date }[]
    >(sql`
      SELECT o.id, u.sort_order AS unit_order, u.name AS unit_name, st.code AS stream_code, st.requires_counts,
        st.correction_workdays, o.period, o.due_at
      FROM obligations o JOIN units u ON u.id = o.unit_id JOIN streams st ON st.id = o.stream_id
      WHERE o.unit_id = ANY(${unitIds}::int[]) AND o.report_month >= ${toDbDate(`${fromMonth}-01`)}
      ORDER BY o.id`);
    return rows.map((r) => ({
      id: r.id,
      unitOrder: r.unit_order,
      unitName: r.unit_name,
      streamCode: r.stream_code,
      requiresCounts: r.requires_counts,
      correctionWorkdays: r.correction_workdays,
      period: r.period,
      dueAt: r.due_at,
    }));
  }

  /**
   * Submissions with their reviews and attachments, one statement: the versions are inserted, and their
   * ids flow to the reviews and attachments through the statement's own RETURNING.
   */
  insertSubmissions(batch: PlannedSubmission[], adminId: number | null) {
    const col = <T>(f: (s: PlannedSubmission) => T) => batch.map(f);
    const count = (i: number) => col((s) => s.counts?.[i] ?? null);
    return this.prisma.$executeRaw(sql`
      WITH plan AS (
        SELECT * FROM unnest(${col((s) => s.obligationId)}::int[], ${col((s) => s.version)}::int[],
          ${col((s) => s.kind)}::text[], ${count(0)}::int[], ${count(1)}::int[], ${count(2)}::int[], ${count(3)}::int[],
          ${col((s) => s.reason)}::text[], ${col((s) => s.filedAt)}::timestamptz[], ${col((s) => s.byOffice)}::boolean[],
          ${col((s) => s.review?.decision ?? null)}::text[], ${col((s) => s.review?.reason ?? null)}::text[],
          ${col((s) => s.review?.decidedAt ?? null)}::timestamptz[], ${col((s) => s.review?.timelinessAt ?? null)}::timestamptz[],
          ${col((s) => s.review?.correctionUntil ?? null)}::timestamptz[],
          ${col((s) => s.attachment?.fileName ?? null)}::text[], ${col((s) => s.attachment?.text ?? null)}::text[])
        AS p(obligation_id, version, kind, lpl, lpp, npl, npp, reason, filed_at, by_office, decision, review_reason,
          decided_at, timeliness_at, correction_until, file_name, file_text)
      ), inserted AS (
        INSERT INTO submissions (obligation_id, version, kind, legal_person_licenses, legal_person_penalties,
          natural_person_licenses, natural_person_penalties, reason, filed_at, recorded_by_office, filed_by_id)
        SELECT p.obligation_id, p.version, p.kind::"SubmissionKind", p.lpl, p.lpp, p.npl, p.npp, p.reason, p.filed_at,
          p.by_office, CASE WHEN p.by_office THEN ${adminId}::int ELSE ${UNIT_USER} END
        FROM plan p JOIN obligations o ON o.id = p.obligation_id
        RETURNING id, obligation_id, version, filed_by_id
      ), reviewed AS (
        INSERT INTO reviews (submission_id, decision, reason, reviewer_id, decided_at, timeliness_at, correction_until)
        SELECT i.id, p.decision::"ReviewDecision", p.review_reason, ${adminId}::int, p.decided_at, p.timeliness_at, p.correction_until
        FROM inserted i JOIN plan p USING (obligation_id, version)
        WHERE p.decision IS NOT NULL
      )
      INSERT INTO attachments (submission_id, unit_id, file_name, mime_type, size, sha256, content, uploaded_by_id, created_at)
      SELECT i.id, o.unit_id, p.file_name, 'text/csv', octet_length(convert_to(p.file_text, 'UTF8')),
        encode(sha256(convert_to(p.file_text, 'UTF8')), 'hex'), convert_to(p.file_text, 'UTF8'), i.filed_by_id, p.filed_at
      FROM inserted i JOIN plan p USING (obligation_id, version) JOIN obligations o ON o.id = i.obligation_id
      WHERE p.file_name IS NOT NULL`);
  }

  insertExplanations(batch: PlannedExplanation[], adminId: number | null) {
    const col = <T>(f: (e: PlannedExplanation) => T) => batch.map(f);
    return this.prisma.$executeRaw(sql`
      INSERT INTO explanations (obligation_id, category, text, status, filed_by_id, filed_at, decision_reason, decided_by_id, decided_at)
      SELECT p.obligation_id, p.category::"ExplanationCategory", p.text, p.status::"ExplanationStatus", ${UNIT_USER},
        p.filed_at, p.decision_reason, CASE WHEN p.decided_at IS NULL THEN NULL ELSE ${adminId}::int END, p.decided_at
      FROM unnest(${col((e) => e.obligationId)}::int[], ${col((e) => e.category)}::text[], ${col((e) => e.text)}::text[],
        ${col((e) => e.status)}::text[], ${col((e) => e.filedAt)}::timestamptz[], ${col((e) => e.decisionReason)}::text[],
        ${col((e) => e.decidedAt)}::timestamptz[])
        AS p(obligation_id, category, text, status, filed_at, decision_reason, decided_at)
      JOIN obligations o ON o.id = p.obligation_id`);
  }

  insertExemptions(batch: PlannedExemption[], adminId: number | null) {
    return this.prisma.$executeRaw(sql`
      INSERT INTO exemptions (obligation_id, reason, created_by_id, created_at)
      SELECT p.obligation_id, p.reason, ${adminId}::int, p.created_at
      FROM unnest(${batch.map((e) => e.obligationId)}::int[], ${batch.map((e) => e.reason)}::text[],
        ${batch.map((e) => e.createdAt)}::timestamptz[]) AS p(obligation_id, reason, created_at)`);
  }

  /**
   * Recomputes every obligation's stored state from its facts, in one statement: the same replay as
   * ObligationsRepository.refreshState, over all rows at once. Returns how many rows changed.
   */
  refreshAllStates() {
    return this.prisma.$executeRaw(sql`
      UPDATE obligations o
      SET state = f.state, timeliness_at = f.timeliness_at, latest_submission_id = f.latest_submission_id
      FROM (${replayedFacts(null, sql`true`)}) f
      WHERE o.id = f.id
        AND (o.state, o.timeliness_at, o.latest_submission_id) IS DISTINCT FROM (f.state, f.timeliness_at, f.latest_submission_id)`);
  }

  /** Demo accounts sharing one password hash (created once; existing user names are left alone). */
  async insertUsers(rows: DemoUserRow[], passwordHash: string): Promise<number> {
    const { count } = await this.prisma.user.createMany({
      data: rows.map((r) => ({ ...r, passwordHash })),
      skipDuplicates: true,
    });
    return count;
  }

  firstAdmin() {
    return this.prisma.user.findFirst({ where: { role: 'ADMIN', active: true }, orderBy: { id: 'asc' } });
  }

  /** The accepted version of each SGS_MONTHLY obligation from `fromMonth` on (what a data file would have carried). */
  acceptedSgsFilings(fromMonth: string) {
    return this.prisma.$queryRaw<{ submissionId: number; obligationId: number; unitId: number; streamId: number; period: string; id: number }[]>(sql`
      SELECT s.id AS "submissionId", o.id AS "obligationId", o.id, o.unit_id AS "unitId", o.stream_id AS "streamId", o.period
      FROM submissions s
      JOIN reviews r ON r.submission_id = s.id AND r.decision = 'ACCEPT'
      JOIN obligations o ON o.id = s.obligation_id
      JOIN streams st ON st.id = o.stream_id AND st.code = 'SGS_MONTHLY'
      WHERE s.kind = 'DATA' AND o.period >= ${fromMonth}
      ORDER BY o.period, o.unit_id`);
  }

  setSubmissionCounts(tx: Tx, submissionId: number, counts: { legalPersonPenalties: number; legalPersonLicenses: number; naturalPersonPenalties: number; naturalPersonLicenses: number }) {
    return tx.submission.update({ where: { id: submissionId }, data: counts });
  }

  /**
   * Dates what the history's chase runs wrote at the morning they stand for (09:00 Beijing of their day):
   * the notices, their mails (kept from being sent: a history's chase is over) and the runs' audit events;
   * a unit has read what is older than two weeks before `now`.
   */
  async dateHistoryNotices(now: Date): Promise<void> {
    const morning = (day: Prisma.Sql) => sql`((${day})::date + time '09:00') AT TIME ZONE 'Asia/Shanghai'`;
    await this.transactions.run(async (tx) => {
      await tx.$executeRaw(sql`UPDATE notices SET created_at = ${morning(sql`for_date`)}`);
      await tx.$executeRaw(sql`
        UPDATE mail_outbox m SET created_at = n.created_at, next_attempt_at = n.created_at,
          status = CASE WHEN m.status = 'PENDING' THEN 'SKIPPED'::"MailStatus" ELSE m.status END
        FROM notices n WHERE n.id = m.notice_id`);
      await tx.$executeRaw(sql`
        UPDATE audit_events SET at = ${morning(sql`record_id`)}
        WHERE resource = 'notice-jobs' AND action = 'RUN' AND user_id IS NULL`);
      await tx.$executeRaw(sql`
        INSERT INTO notice_reads (notice_id, user_id, read_at)
        SELECT n.id, u.id, n.created_at + interval '3 hours' FROM notices n
        JOIN users u ON u.unit_id = n.unit_id AND u.role = 'UNIT'
        WHERE n.created_at < ${now}::timestamptz - interval '14 days'
        ON CONFLICT DO NOTHING`);
    });
  }
}

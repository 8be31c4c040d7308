import { Injectable } from '@nestjs/common';
import { Prisma } from '../generated/prisma/client.ts';
import type { MailStatus } from '../generated/prisma/enums.ts';
import { type Db, PrismaService, type Tx } from '../database/prisma.service.ts';
import { STILL_OWED } from '../obligations/obligation-status.sql.ts';
import { afterAttempt } from './mail-retry.ts';

const sql = Prisma.sql;

/** A mail due for an attempt, with the notice it carries. */
export interface DueMail {
  id: number;
  notice_id: number;
  recipient: string;
  recipient_name: string | null;
  attempts: number;
  title: string;
  body: string;
}

export interface AttemptRecord {
  attempt: number;
  ok: boolean;
  response: string | null;
  error: string | null;
  status: MailStatus;
  nextAttemptAt: Date | null;
  messageId: string;
}

/**
 * Cancels the pending rows of an outbox (mail's, the channels') whose chase notice is settled: every obligation it
 * names is filed, accepted, excused or exempted now. Summaries and decisions always go out.
 */
export const cancelSettledSql = (outbox: 'mail_outbox' | 'channel_outbox', reason: string) => sql`
  UPDATE ${Prisma.raw(outbox)} m SET status = 'CANCELLED', last_error = ${reason}
  FROM notices n
  WHERE m.notice_id = n.id AND m.status = 'PENDING' AND n.kind NOT IN ('SUMMARY', 'DECISION')
    AND NOT EXISTS (
      SELECT 1 FROM obligations o
      WHERE o.id = ANY(n.obligation_ids) AND ${STILL_OWED})`;

@Injectable()
export class MailRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Queues one mail per recipient e-mail of each notice (from the notice's recipients JSON) whose channels include
   * e-mail (entries stored before issue 17 name none: e-mail), set-based. When
   * mail is not configured, the rows are written as SKIPPED with the reason, so the outbox says so.
   */
  enqueueForNotices(db: Tx, noticeIds: number[], skippedBecause: string | null, at: Date): Promise<number> {
    if (noticeIds.length === 0) return Promise.resolve(0);
    const status = skippedBecause ? 'SKIPPED' : 'PENDING';
    return db.$executeRaw(sql`
      INSERT INTO mail_outbox (notice_id, recipient, recipient_name, status, last_error, next_attempt_at, created_at)
      SELECT n.id, r->>'email', r->>'name', ${status}::"MailStatus", ${skippedBecause}, ${at}::timestamptz, ${at}::timestamptz
      FROM notices n CROSS JOIN LATERAL jsonb_array_elements(n.recipients) r
      WHERE n.id = ANY(${noticeIds}::int[]) AND coalesce(r->>'email', '') <> ''
        AND (r->'channels' IS NULL OR r->'channels' @> '["EMAIL"]'::jsonb)
      ON CONFLICT (notice_id, recipient) DO NOTHING`);
  }

  /**
   * A unit that files stops being chased: pending mails of chase notices whose obligations are all settled
   * now (filed, accepted, excused, exempted) are cancelled. Summaries to the office always go out.
   */
  cancelSettled(tx: Tx, reason: string): Promise<number> {
    return tx.$executeRaw(cancelSettledSql('mail_outbox', reason));
  }

  /**
   * The next mail due at `at` (the app's clock), row-locked for the caller's transaction; rows other instances hold are
   * skipped, so each mail is attempted by one worker at a time. A crash releases the lock with the
   * connection, and the row is due again. Ordered by the (status, next_attempt_at) index alone, so the
   * claim stays one index step however many mails a run queued at the same instant.
   */
  async lockNextDue(tx: Tx, at: Date): Promise<DueMail | null> {
    const rows = await tx.$queryRaw<DueMail[]>(sql`
      SELECT m.id, m.notice_id, m.recipient, m.recipient_name, m.attempts, n.title, n.body
      FROM mail_outbox m JOIN notices n ON n.id = m.notice_id
      WHERE m.status = 'PENDING' AND m.next_attempt_at <= ${at}::timestamptz
      ORDER BY m.next_attempt_at
      LIMIT 1
      FOR UPDATE OF m SKIP LOCKED`);
    return rows[0] ?? null;
  }

  /** Stores the outcome of an attempt on the row and in the attempt log, in the caller's transaction. */
  async recordAttempt(tx: Tx, mailId: number, a: AttemptRecord, at: Date): Promise<void> {
    await tx.mail.update({
      where: { id: mailId },
      data: { ...afterAttempt(a, at), messageId: a.messageId },
    });
    await tx.mailAttempt.create({
      data: { mailId, attempt: a.attempt, at, ok: a.ok, response: a.response, error: a.error },
    });
  }

  /** Number of mails per status. */
  async countByStatus(): Promise<Record<MailStatus, number>> {
    const rows = await this.prisma.mail.groupBy({ by: ['status'], _count: { _all: true } });
    const counts = { PENDING: 0, SENT: 0, FAILED: 0, SKIPPED: 0, CANCELLED: 0 } as Record<MailStatus, number>;
    for (const r of rows) counts[r.status] = r._count._all;
    return counts;
  }

  /** The earliest next attempt among pending mails, if any. */
  async nextAttemptAt(): Promise<Date | null> {
    const row = await this.prisma.mail.findFirst({
      where: { status: 'PENDING' },
      orderBy: { nextAttemptAt: 'asc' },
      select: { nextAttemptAt: true },
    });
    return row?.nextAttemptAt ?? null;
  }
}

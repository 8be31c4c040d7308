// The only place touching the channels' tables: robots, the channel outbox and its attempt log. Delivery claims
// one due row per transaction (SKIP LOCKED, like the mail outbox); a robot's row is locked while its rate limit
// is decided, so two instances never both take the 21st post of a minute.
import { Injectable } from '@nestjs/common';
import { afterAttempt } from '../mail/mail-retry.ts';
import { Prisma } from '../generated/prisma/client.ts';
import type { Channel, MailStatus, RobotKind } from '../generated/prisma/enums.ts';
import { type Db, PrismaService, type Tx } from '../database/prisma.service.ts';
import { cancelSettledSql } from '../mail/mail.repository.ts';

const sql = Prisma.sql;
const ROWS_PER_STATEMENT = 1000;

export interface QueuedMessage {
  noticeId: number | null;
  channel: Channel;
  target: string;
  recipientName: string | null;
  robotId: number | null;
  content: Prisma.InputJsonValue;
  status: MailStatus;
  lastError: string | null;
  segments: number | null;
  nextAttemptAt: Date;
}

/** A message claimed for an attempt. */
export interface DueMessage {
  id: number;
  notice_id: number | null;
  channel: Channel;
  target: string;
  robot_id: number | null;
  content: unknown;
  attempts: number;
}

export interface LockedRobot {
  id: number;
  kind: RobotKind;
  webhook_enc: string;
  secret_enc: string | null;
  keyword: string | null;
  paused_until: Date | null;
}

export interface ChannelAttemptRecord {
  attempt: number;
  ok: boolean;
  response: string | null;
  error: string | null;
  status: MailStatus;
  nextAttemptAt: Date | null;
}

export interface RobotRow {
  kind: RobotKind;
  name: string | null;
  webhookEnc: string;
  webhookHint: string;
  secretEnc: string | null;
  keyword: string | null;
}

@Injectable()
export class ChannelsRepository {
  constructor(private readonly prisma: PrismaService) {}

  // ---- robots ----

  robots(unitId: number | null, db: Db = this.prisma) {
    return db.robot.findMany({ where: { unitId }, orderBy: { id: 'asc' } });
  }

  /** The robots of these units (and the office's when `office`), for queuing posts. */
  robotsFor(db: Db, unitIds: number[], office: boolean) {
    return db.robot.findMany({
      where: { OR: [{ unitId: { in: unitIds } }, ...(office ? [{ unitId: null }] : [])] },
      select: { id: true, unitId: true, kind: true, name: true, webhookHint: true },
      orderBy: { id: 'asc' },
    });
  }

  findRobot(id: number, db: Db = this.prisma) {
    return db.robot.findUnique({ where: { id } });
  }

  async unitExists(id: number, db: Db = this.prisma): Promise<boolean> {
    return (await db.unit.count({ where: { id } })) > 0;
  }

  /** Makes the scope's robots exactly `keep` (updated) and `create` (new); every other robot of the scope goes. */
  async replaceRobots(tx: Tx, unitId: number | null, keep: (Partial<RobotRow> & { id: number })[], create: RobotRow[]): Promise<void> {
    await tx.robot.deleteMany({ where: { unitId, id: { notIn: keep.map((r) => r.id) } } });
    for (const { id, ...data } of keep) await tx.robot.update({ where: { id }, data });
    for (const data of create) await tx.robot.create({ data: { ...data, unitId } });
  }

  // ---- the outbox ----

  /**
   * Queues the rows (one that exists already is skipped), in slices of one JSON parameter each: a catch-up run
   * queues tens of thousands, which through createMany cost seconds of the query compiler's work and copies.
   */
  async enqueue(tx: Tx, rows: QueuedMessage[], at: Date): Promise<number> {
    let count = 0;
    for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
      const slice = rows.slice(i, i + ROWS_PER_STATEMENT).map((r, ord) => ({
        ord,
        notice_id: r.noticeId,
        channel: r.channel,
        target: r.target,
        recipient_name: r.recipientName,
        robot_id: r.robotId,
        content: r.content,
        status: r.status,
        last_error: r.lastError,
        segments: r.segments,
        next_attempt_at: r.nextAttemptAt.toISOString(),
      }));
      count += await tx.$executeRaw(sql`
        INSERT INTO channel_outbox (notice_id, channel, target, recipient_name, robot_id, content, status, last_error, segments, next_attempt_at, created_at)
        SELECT x.notice_id, x.channel::"Channel", x.target, x.recipient_name, x.robot_id, x.content, x.status::"MailStatus", x.last_error,
          x.segments, x.next_attempt_at, ${at}::timestamptz
        FROM jsonb_to_recordset(${JSON.stringify(slice)}::jsonb) AS x(ord int, notice_id int, channel text, target text, recipient_name text,
          robot_id int, content jsonb, status text, last_error text, segments int, next_attempt_at timestamptz)
        ORDER BY x.ord
        ON CONFLICT DO NOTHING`);
    }
    return count;
  }

  /** Creates one message (a test) and answers its id. */
  async createOne(tx: Tx, row: QueuedMessage, at: Date): Promise<number> {
    return (await tx.channelMessage.create({ data: { ...row, createdAt: at }, select: { id: true } })).id;
  }

  /** Pending SMS and posts of chase notices whose obligations are all settled now are cancelled (as mail's). */
  cancelSettled(tx: Tx, reason: string): Promise<number> {
    return tx.$executeRaw(cancelSettledSql('channel_outbox', reason));
  }

  /** The next message due at `at`, row-locked for the caller's transaction; rows other instances hold are skipped. */
  async lockNextDue(tx: Tx, at: Date): Promise<DueMessage | null> {
    const rows = await tx.$queryRaw<DueMessage[]>(sql`
      SELECT id, notice_id, channel, target, robot_id, content, attempts FROM channel_outbox
      WHERE status = 'PENDING' AND next_attempt_at <= ${at}::timestamptz
      ORDER BY next_attempt_at
      LIMIT 1
      FOR UPDATE SKIP LOCKED`);
    return rows[0] ?? null;
  }

  /** One pending message by id, row-locked (a test message attempted right away). */
  async lockById(tx: Tx, id: number): Promise<DueMessage | null> {
    const rows = await tx.$queryRaw<DueMessage[]>(sql`
      SELECT id, notice_id, channel, target, robot_id, content, attempts FROM channel_outbox
      WHERE id = ${id} AND status = 'PENDING'
      FOR UPDATE`);
    return rows[0] ?? null;
  }

  /** The robot, locked until the caller's transaction ends (its rate limit is decided under this lock). */
  async lockRobot(tx: Tx, id: number): Promise<LockedRobot | null> {
    const rows = await tx.$queryRaw<LockedRobot[]>(sql`
      SELECT id, kind, webhook_enc, secret_enc, keyword, paused_until FROM robots WHERE id = ${id} FOR UPDATE`);
    return rows[0] ?? null;
  }

  /** The robot's attempts after `since`: how many, and the earliest. */
  async robotAttemptsSince(tx: Tx, robotId: number, since: Date): Promise<{ count: number; oldest: Date | null }> {
    const [row] = await tx.$queryRaw<{ count: number; oldest: Date | null }[]>(sql`
      SELECT count(*)::int AS count, min(at) AS oldest FROM channel_attempts
      WHERE robot_id = ${robotId} AND at > ${since}::timestamptz`);
    return { count: row?.count ?? 0, oldest: row?.oldest ?? null };
  }

  /** The message waits (quiet hours, the rate limit, a paused robot): no attempt is recorded. */
  async defer(tx: Tx, id: number, until: Date): Promise<void> {
    await tx.channelMessage.update({ where: { id }, data: { nextAttemptAt: until } });
  }

  /** The message is not sent and will not be (no SMS account, no template, the robot gone). */
  async skip(tx: Tx, id: number, reason: string): Promise<void> {
    await tx.channelMessage.update({ where: { id }, data: { status: 'SKIPPED', lastError: reason } });
  }

  async pauseRobot(tx: Tx, id: number, until: Date): Promise<void> {
    await tx.robot.update({ where: { id }, data: { pausedUntil: until } });
  }

  async recordAttempt(tx: Tx, message: DueMessage, a: ChannelAttemptRecord, at: Date): Promise<void> {
    await tx.channelMessage.update({
      where: { id: message.id },
      data: afterAttempt(a, at),
    });
    await tx.channelAttempt.create({
      data: { messageId: message.id, robotId: message.robot_id, attempt: a.attempt, at, ok: a.ok, response: a.response, error: a.error },
    });
  }

  /** Messages per channel and status. */
  async countByStatus(): Promise<{ channel: Channel; status: MailStatus; count: number }[]> {
    const rows = await this.prisma.channelMessage.groupBy({ by: ['channel', 'status'], _count: { _all: true } });
    return rows.map((r) => ({ channel: r.channel, status: r.status, count: r._count._all }));
  }

  /** A notice's messages (or one message) with their attempt logs. */
  messages(where: { noticeId: number } | { id: number }) {
    return this.prisma.channelMessage.findMany({
      where,
      include: { attemptsLog: { orderBy: { id: 'asc' } }, robot: { select: { name: true, webhookHint: true } } },
      orderBy: { id: 'asc' },
    });
  }

  /** Per notice, its first obligation by due time (an SMS names one period and its due day); one statement. */
  async firstObligations(db: Db, noticeIds: number[]): Promise<Map<number, { period: string; dueAt: Date }>> {
    if (noticeIds.length === 0) return new Map();
    const rows = await db.$queryRaw<{ notice_id: number; period: string; due_at: Date }[]>(sql`
      SELECT DISTINCT ON (n.id) n.id AS notice_id, o.period, o.due_at
      FROM notices n JOIN obligations o ON o.id = ANY(n.obligation_ids)
      WHERE n.id = ANY(${noticeIds}::int[])
      ORDER BY n.id, o.due_at, o.id`);
    return new Map(rows.map((r) => [r.notice_id, { period: r.period, dueAt: r.due_at }]));
  }
}

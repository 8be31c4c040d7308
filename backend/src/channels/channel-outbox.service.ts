// The channels' outbox, beside mail's: a notice's SMS and robot posts are queued in the notice's own transaction
// with their words fixed; a pass delivers what is due, one row-locked message per transaction (SKIP LOCKED, safe on
// several instances), recording every attempt and retrying with the mail outbox's back-off. SMS and posts wait
// out the quiet hours; each robot takes at most 20 posts a minute and rests ten minutes when 钉钉 says 130101.
import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '../clock/clock.ts';
import type { Tx } from '../database/prisma.service.ts';
import { TransactionRunner } from '../database/transaction-runner.ts';
import { quietUntil } from '../domain/quiet-hours.ts';
import { describeFailure, retryDelayMs } from '../mail/mail-retry.ts';
import { MailSettings } from '../mail/mail-settings.ts';
import type { ChannelOutcome, ChannelRequest, RobotAccount, RobotPost, SmsMessage } from './channel-request.ts';
import { ChannelSettings, type OpenedSms, SMS_NOT_CONFIGURED } from './channel-settings.ts';
import type { ChannelSettingsStored } from '../settings/settings-keys.ts';
import type { SmsContent } from './channel-content.ts';
import { ChannelsRepository, type DueMessage, type LockedRobot } from './channels.repository.ts';
import { sendChannelRequest } from './channel-http.ts';
import { aliyunSms } from './providers/aliyun-sms.ts';
import { dingtalkRobot } from './providers/dingtalk-robot.ts';
import { tencentSms } from './providers/tencent-sms.ts';
import { wecomRobot } from './providers/wecom-robot.ts';
import { type ChannelNotice, ChannelQueue } from './channel-queue.ts';

const SETTLED = '相关事项已报送或已处理，不再发送';
const ROBOT_GONE = '群机器人已删除，不再发送';
const UNREADABLE = '密钥无法解密（CHANNEL_SECRET_KEY 与保存时不同），请重新填写';

/** Posts a robot takes in a minute (企业微信 and 钉钉 both allow 20). */
export const ROBOT_POSTS_PER_MINUTE = 20;
const MINUTE = 60_000;
/** 钉钉's 130101 (too many posts): the robot rests this long. */
export const ROBOT_PAUSE_MS = 10 * MINUTE;
const REQUEST_TIMEOUT_MS = 10_000;
const SMS_FORMATS = { ALIYUN: aliyunSms, TENCENT: tencentSms } as const;
const ROBOT_FORMATS = { WECOM: wecomRobot, DINGTALK: dingtalkRobot } as const;

export type ChannelResult = 'sent' | 'retrying' | 'failed' | 'deferred' | 'skipped';

export interface ChannelReport {
  sent: number;
  retrying: number;
  failed: number;
  deferred: number;
  skipped: number;
  cancelled: number;
}

interface Prepared {
  request: ChannelRequest;
  read: (status: number, body: string) => ChannelOutcome;
}

interface PassContext {
  sms: OpenedSms | null;
  quiet: Awaited<ReturnType<ChannelSettings['stored']>>['quietHours'];
  maxAttempts: number;
}

@Injectable()
export class ChannelOutbox {
  private readonly logger = new Logger('ChannelOutbox');

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly repo: ChannelsRepository,
    private readonly settings: ChannelSettings,
    private readonly mailSettings: MailSettings,
    private readonly queue: ChannelQueue,
  ) {}

  /**
   * Queues the SMS and robot posts of freshly stored notices, inside the transaction that stored them
   * (`stored`: the channel settings, when the caller read them in this transaction already).
   */
  enqueue(tx: Tx, notices: ChannelNotice[], stored?: ChannelSettingsStored): Promise<number> {
    return this.queue.enqueue(tx, notices, this.clock.now(), stored);
  }

  /** Attempts every message due at `at` (default now) until none is left. */
  async deliverDue(at: Date = this.clock.now()): Promise<ChannelReport> {
    const report: ChannelReport = { sent: 0, retrying: 0, failed: 0, deferred: 0, skipped: 0, cancelled: 0 };
    report.cancelled = await this.transactions.run((tx) => this.repo.cancelSettled(tx, SETTLED));
    const ctx = await this.context();
    for (;;) {
      const result = await this.transactions.run(async (tx) => {
        const message = await this.repo.lockNextDue(tx, at);
        return message ? this.attempt(tx, message, at, ctx, true) : null;
      });
      if (!result) break;
      report[result]++;
    }
    if (report.sent + report.retrying + report.failed > 0) {
      this.logger.log(`Channels: ${report.sent} sent, ${report.retrying} to retry, ${report.failed} given up, ${report.deferred} waiting`);
    }
    return report;
  }

  /** Attempts one message now whatever the quiet hours (a test message). */
  async attemptNow(id: number): Promise<ChannelResult | null> {
    const ctx = await this.context();
    const at = this.clock.now();
    return this.transactions.run(async (tx) => {
      const message = await this.repo.lockById(tx, id);
      return message ? this.attempt(tx, message, at, ctx, false) : null;
    });
  }

  private async attempt(tx: Tx, message: DueMessage, at: Date, ctx: PassContext, quiet: boolean): Promise<ChannelResult> {
    const now = new Date(Math.max(at.getTime(), this.clock.nowMs()));
    if (quiet && message.notice_id !== null) {
      const until = quietUntil(now, ctx.quiet);
      if (until) return this.defer(tx, message.id, until);
    }
    let prepared: Prepared | string;
    let robotId: number | null = null;
    if (message.channel === 'SMS') {
      const sms = ctx.sms;
      if (!sms) return this.skip(tx, message.id, SMS_NOT_CONFIGURED);
      const content = message.content as SmsContent;
      const format = SMS_FORMATS[sms.provider];
      const text: SmsMessage = { mobile: message.target, templateCode: content.code, params: content.params };
      prepared = this.prepare(() => ({ request: format.build(text, sms.account, now, randomUUID()), read: format.read }));
    } else {
      const robot = message.robot_id === null ? null : await this.repo.lockRobot(tx, message.robot_id);
      if (!robot) return this.skip(tx, message.id, ROBOT_GONE);
      if (robot.paused_until && robot.paused_until > now) return this.defer(tx, message.id, robot.paused_until);
      const recent = await this.repo.robotAttemptsSince(tx, robot.id, new Date(now.getTime() - MINUTE));
      if (recent.count >= ROBOT_POSTS_PER_MINUTE && recent.oldest) return this.defer(tx, message.id, new Date(recent.oldest.getTime() + MINUTE));
      robotId = robot.id;
      const format = ROBOT_FORMATS[robot.kind];
      const account = this.openRobot(robot);
      prepared = account ? this.prepare(() => ({ request: format.build(message.content as RobotPost, account, now), read: format.read })) : UNREADABLE;
    }
    const outcome: ChannelOutcome = typeof prepared === 'string' ? { ok: false, failure: 'PERMANENT', error: prepared } : await this.send(prepared);
    if (robotId !== null && !outcome.ok && outcome.failure === 'PAUSE') {
      await this.repo.pauseRobot(tx, robotId, new Date(now.getTime() + ROBOT_PAUSE_MS));
    }
    return this.record(tx, message, outcome, now, ctx.maxAttempts);
  }

  /** Builds the request; a message it cannot be built from gives the reason (the attempt fails for good). */
  private prepare(build: () => Prepared): Prepared | string {
    try {
      return build();
    } catch (error) {
      return describeFailure(error);
    }
  }

  /** The robot's webhook and secret, opened; null when they no longer open (sealed under another key). */
  private openRobot(robot: LockedRobot): RobotAccount | null {
    try {
      const secret = robot.secret_enc ? this.settings.box.open(robot.secret_enc) : null;
      return { webhookUrl: this.settings.box.open(robot.webhook_enc), secret, keyword: robot.keyword };
    } catch {
      return null;
    }
  }

  private async send(p: Prepared): Promise<ChannelOutcome> {
    try {
      const answer = await sendChannelRequest(p.request, REQUEST_TIMEOUT_MS);
      return p.read(answer.status, answer.body);
    } catch (error) {
      return { ok: false, failure: 'TRANSIENT', error: describeFailure(error) };
    }
  }

  private async record(tx: Tx, message: DueMessage, outcome: ChannelOutcome, now: Date, maxAttempts: number): Promise<ChannelResult> {
    const attempt = message.attempts + 1;
    if (outcome.ok) {
      await this.repo.recordAttempt(tx, message, { attempt, ok: true, response: outcome.response, error: null, status: 'SENT', nextAttemptAt: null }, now);
      return 'sent';
    }
    const giveUp = outcome.failure === 'PERMANENT' || attempt >= maxAttempts;
    const wait =
      outcome.failure === 'PAUSE' ? ROBOT_PAUSE_MS : outcome.failure === 'THROTTLED' ? MINUTE : retryDelayMs(attempt);
    await this.repo.recordAttempt(
      tx,
      message,
      {
        attempt,
        ok: false,
        response: null,
        error: outcome.error,
        status: giveUp ? 'FAILED' : 'PENDING',
        nextAttemptAt: giveUp ? null : new Date(now.getTime() + wait),
      },
      now,
    );
    return giveUp ? 'failed' : 'retrying';
  }

  private async defer(tx: Tx, id: number, until: Date): Promise<ChannelResult> {
    await this.repo.defer(tx, id, until);
    return 'deferred';
  }

  private async skip(tx: Tx, id: number, reason: string): Promise<ChannelResult> {
    await this.repo.skip(tx, id, reason);
    return 'skipped';
  }

  private async context(): Promise<PassContext> {
    const [stored, sms, mail] = await Promise.all([this.settings.stored(), this.settings.sms().catch(() => null), this.mailSettings.get()]);
    return { sms, quiet: stored.quietHours, maxAttempts: mail.maxAttempts };
  }
}

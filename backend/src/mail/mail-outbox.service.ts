// The outbox: notices are stored first and their mails queued in the same transaction; this delivers what
// is due, one row-locked mail per transaction, recording every attempt, retrying with back-off and giving
// up after the configured number of attempts. Safe on several instances at once (SKIP LOCKED).
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.ts';
import { type Db, PrismaService, type Tx } from '../database/prisma.service.ts';
import { Settings } from '../settings/settings.service.ts';
import { classifyFailure, describeFailure, type FailureKind, retryDelayMs } from './mail-retry.ts';
import { MailSettings } from './mail-settings.ts';
import { mailMessageId, type OfficeDetails, renderNoticeMail } from './mail-text.ts';
import { MailRepository } from './mail.repository.ts';
import { MAIL_CONCURRENCY, MailTransport } from './mail.transport.ts';
import { Clock } from '../clock/clock.ts';
import { TransactionRunner } from '../database/transaction-runner.ts';

export const MAIL_NOT_CONFIGURED = '未配置邮件服务器，通知仅在站内显示（邮件服务器由系统管理员在部署配置中设置）';
const SETTLED = '相关事项已报送或已处理，不再发送';

export type AttemptResult = 'sent' | 'retrying' | 'failed';

export interface AttemptOutcome {
  mailId: number;
  result: AttemptResult;
  failure?: FailureKind;
}

export interface DeliveryReport {
  configured: boolean;
  sent: number;
  retrying: number;
  failed: number;
  cancelled: number;
  /** The pass stopped early because the mail server could not be reached; the rest waits for the next pass. */
  halted: boolean;
  /** The pass stopped at its deadline; the rest is due and goes out with the next pass (every minute). */
  deferred: boolean;
}

interface SendContext {
  from: { name: string; address: string };
  maxAttempts: number;
  office: OfficeDetails;
}

@Injectable()
export class MailOutbox {
  private readonly logger = new Logger('MailOutbox');

  /** Test seam: runs after each recorded attempt; a throw aborts the pass the way a crash would. */
  hooks: { afterAttempt?: (outcome: AttemptOutcome) => void | Promise<void> } = {};

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: MailRepository,
    private readonly transport: MailTransport,
    private readonly settings: MailSettings,
    private readonly officeSettings: Settings,
  ) {}

  get configured(): boolean {
    return this.transport.configured;
  }

  /** Queues the mails of freshly stored notices, inside the transaction that stored them. */
  enqueue(db: Tx, noticeIds: number[]): Promise<number> {
    return this.repo.enqueueForNotices(db, noticeIds, this.configured ? null : MAIL_NOT_CONFIGURED, this.clock.now());
  }

  /**
   * Attempts every mail due at `at` (default now) until none is left, the server is unreachable, or the
   * optional deadline has passed (no new attempt starts after it).
   */
  async deliverDue(at: Date = this.clock.now(), deadline?: Date): Promise<DeliveryReport> {
    const report: DeliveryReport = {
      configured: this.configured,
      sent: 0,
      retrying: 0,
      failed: 0,
      cancelled: 0,
      halted: false,
      deferred: false,
    };
    if (!this.configured) return report;
    report.cancelled = await this.transactions.run((tx) => this.repo.cancelSettled(tx, SETTLED));
    const context = await this.context();
    let stop = false;
    const worker = async () => {
      while (!stop) {
        if (deadline && this.clock.nowMs() >= deadline.getTime()) {
          report.deferred = true;
          return;
        }
        const outcome = await this.attemptNext(at, context);
        if (!outcome) return;
        report[outcome.result]++;
        if (outcome.failure === 'CONNECTION') {
          stop = true;
          report.halted = true;
        }
        try {
          await this.hooks.afterAttempt?.(outcome);
        } catch (error) {
          stop = true;
          throw error;
        }
      }
    };
    const results = await Promise.allSettled(Array.from({ length: MAIL_CONCURRENCY }, worker));
    const crashed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (crashed) throw crashed.reason;
    if (report.sent + report.retrying + report.failed > 0 || report.halted) {
      this.logger.log(
        `Mail: ${report.sent} sent, ${report.retrying} to retry, ${report.failed} given up${report.halted ? ' (mail server unreachable, pass stopped)' : ''}`,
      );
    }
    return report;
  }

  /** What the outbox holds, for the office. */
  async status() {
    const [counts, nextAttemptAt] = await Promise.all([this.repo.countByStatus(), this.repo.nextAttemptAt()]);
    return {
      configured: this.configured,
      ...(this.configured ? {} : { message: MAIL_NOT_CONFIGURED }),
      counts,
      nextAttemptAt,
    };
  }

  private async attemptNext(at: Date, ctx: SendContext): Promise<AttemptOutcome | null> {
    return this.transactions.run(async (tx) => {
      const mail = await this.repo.lockNextDue(tx, at);
      if (!mail) return null;
      const attempt = mail.attempts + 1;
      const messageId = mailMessageId(mail.notice_id, mail.id, this.config.publicUrl);
      const { subject, text } = renderNoticeMail(
        { noticeId: mail.notice_id, title: mail.title, body: mail.body, recipientName: mail.recipient_name },
        this.config.publicUrl,
        ctx.office,
      );
      try {
        const response = await this.transport.send({
          from: ctx.from,
          to: { name: mail.recipient_name, address: mail.recipient },
          subject,
          text,
          messageId,
        });
        const record = { attempt, ok: true, response, error: null, status: 'SENT' as const, nextAttemptAt: null, messageId };
        await this.repo.recordAttempt(tx, mail.id, record, this.clock.now());
        return { mailId: mail.id, result: 'sent' as const };
      } catch (error) {
        const failure = classifyFailure(error);
        const giveUp = failure === 'PERMANENT' || attempt >= ctx.maxAttempts;
        await this.repo.recordAttempt(
          tx,
          mail.id,
          {
            attempt,
            ok: false,
            response: null,
            error: describeFailure(error),
            status: giveUp ? 'FAILED' : 'PENDING',
            nextAttemptAt: giveUp ? null : new Date(at.getTime() + retryDelayMs(attempt)),
            messageId,
          },
          this.clock.now(),
        );
        return { mailId: mail.id, result: giveUp ? ('failed' as const) : ('retrying' as const), failure };
      }
    });
  }

  private async context(): Promise<SendContext> {
    const [settings, office] = await Promise.all([this.settings.get(), this.officeSettings.office()]);
    const host = new URL(this.config.publicUrl).hostname || 'localhost';
    return {
      from: {
        name: office.signature,
        address: settings.sender ?? office.email ?? `noreply@${host}`,
      },
      maxAttempts: settings.maxAttempts,
      office,
    };
  }
}

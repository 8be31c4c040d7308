// The one place that speaks SMTP: nodemailer over SMTP_URL, pooled, with timeouts short enough that a
// delivery attempt never outlives the transaction that holds its outbox row.
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/app-config.ts';

export interface OutgoingMail {
  from: { name: string; address: string };
  to: { name: string | null; address: string };
  subject: string;
  text: string;
  /** Deterministic per outbox row, so a receiver can recognise the rare duplicate after a crash. */
  messageId: string;
}

/** Parallel deliveries (and pooled SMTP connections) per instance. */
export const MAIL_CONCURRENCY = 4;

@Injectable()
export class MailTransport implements OnModuleDestroy {
  private transporter: Transporter | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** False without SMTP_URL: notices then stay in-app. */
  get configured(): boolean {
    return Boolean(this.config.smtpUrl);
  }

  /** Sends one mail; resolves with the server's response, rejects with nodemailer's error. */
  async send(mail: OutgoingMail): Promise<string> {
    const info = await this.transport().sendMail({
      from: mail.from,
      to: mail.to.name ? { name: mail.to.name, address: mail.to.address } : mail.to.address,
      subject: mail.subject,
      text: mail.text,
      messageId: mail.messageId,
    });
    const rejected = info.rejected ?? [];
    if (rejected.length > 0) {
      throw Object.assign(new Error(`recipient rejected: ${rejected.map(String).join(', ')}`), {
        code: 'EENVELOPE',
        responseCode: 550,
      });
    }
    return String(info.response ?? 'OK');
  }

  private transport(): Transporter {
    if (!this.config.smtpUrl) throw new Error('SMTP_URL is not configured');
    this.transporter ??= nodemailer.createTransport({
      url: this.config.smtpUrl,
      pool: true,
      maxConnections: MAIL_CONCURRENCY,
      connectionTimeout: 10_000,
      greetingTimeout: 5_000,
      socketTimeout: 15_000,
    });
    return this.transporter;
  }

  onModuleDestroy(): void {
    this.transporter?.close();
    this.transporter = null;
  }
}

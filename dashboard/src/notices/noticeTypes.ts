/** The shapes of the notices API (backend/src/notices/notices.dto.ts, notice-job.service.ts, mail/). */
import { toChoices } from '../common/choices';

export const NOTICE_KINDS = ['REMINDER', 'OVERDUE', 'ESCALATION', 'SUMMARY'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** Where a notice's mail stands, as the API sums it up (`delivery.status`). */
export type DeliveryStatus = 'PENDING' | 'SENT' | 'PARTIAL' | 'FAILED' | 'CANCELLED' | 'IN_APP_ONLY' | 'NO_RECIPIENT';

export const MAIL_STATUSES = ['PENDING', 'SENT', 'FAILED', 'SKIPPED', 'CANCELLED'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

export interface Delivery {
  status: DeliveryStatus;
  total: number;
  pending: number;
  sent: number;
  failed: number;
  cancelled: number;
  skipped: number;
}

export interface Recipient {
  name: string | null;
  email: string;
  role: 'CONTACT' | 'LEADER' | 'OFFICE';
}

export interface MailAttempt {
  attempt: number;
  at: string;
  ok: boolean;
  response: string | null;
  error: string | null;
}

/** One mail of a notice (the office's view of a notice only). */
export interface NoticeMail {
  id: number;
  recipient: string;
  recipientName: string | null;
  status: MailStatus;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  sentAt: string | null;
  attemptLog: MailAttempt[];
}

/** GET /api/mail/status (ADMIN). */
export interface OutboxStatus {
  configured: boolean;
  /** Chinese explanation when no SMTP_URL is configured. */
  message?: string;
  counts: Record<MailStatus, number>;
  nextAttemptAt: string | null;
}

export interface Thresholds {
  reminderWorkdays: number;
  escalateWorkdays: number;
}

/** One notice of POST /api/jobs/notices/run (id null in a preview). */
export interface RunNotice {
  id: number | null;
  kind: NoticeKind;
  unitId: number | null;
  unitName: string | null;
  stage: string;
  title: string;
  obligationIds: number[];
  recipients: string[];
}

export interface RunResult {
  asOf: string;
  forDate: string;
  dryRun: boolean;
  thresholds: Thresholds;
  calendarKnown: boolean;
  warning?: string;
  counts: Record<NoticeKind, number>;
  notices: RunNotice[];
  mail?: {
    configured: boolean;
    sent: number;
    retrying: number;
    failed: number;
    cancelled: number;
    halted: boolean;
    deferred: boolean;
  };
}

export const noticeKindChoices = toChoices('app.notices.kind', NOTICE_KINDS);
export const mailStatusChoices = toChoices('app.notices.mailFilter', MAIL_STATUSES);

/** Colour AND a symbol for each kind, like the obligation statuses (readable without colour). */
export const KIND_STYLE: Record<NoticeKind, { symbol: string; color: string }> = {
  REMINDER: { symbol: '提', color: '#0277bd' },
  OVERDUE: { symbol: '逾', color: '#e65100' },
  ESCALATION: { symbol: '督', color: '#c62828' },
  SUMMARY: { symbol: '汇', color: '#5d4037' },
};

export const isKind = (value: unknown): value is NoticeKind => typeof value === 'string' && value in KIND_STYLE;

/** 2026-02-10 → 2026年2月10日 */
export const chineseDay = (day: string): string => {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

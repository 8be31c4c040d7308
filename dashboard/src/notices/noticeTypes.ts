/** The notices API's codes and shapes (the contract package) and how the dashboard shows them. */
import { CHASE_NOTICE_KINDS, MAIL_STATUSES, NOTICE_KINDS, type NoticeKind } from '@credit/contract/labels';
import { toChoices } from '../common/choices';

export { CHASE_NOTICE_KINDS, MAIL_STATUSES, NOTICE_KINDS, type NoticeKind };
export type { MailStatus } from '@credit/contract/labels';
export type { Delivery, DeliveryStatus, NoticeMail, OutboxStatus, Recipient, RunNotice, RunResult } from '@credit/contract/api';

export const noticeKindChoices = toChoices('app.notices.kind', NOTICE_KINDS);
export const mailStatusChoices = toChoices('app.notices.mailFilter', MAIL_STATUSES);

/** Colour AND a symbol for each kind, like the obligation statuses (readable without colour). */
export const KIND_STYLE: Record<NoticeKind, { symbol: string; color: string }> = {
  REMINDER: { symbol: '提', color: '#0277bd' },
  OVERDUE: { symbol: '逾', color: '#e65100' },
  ESCALATION: { symbol: '督', color: '#c62828' },
  SUMMARY: { symbol: '汇', color: '#5d4037' },
  DECISION: { symbol: '办', color: '#2e7d32' },
};

export const isKind = (value: unknown): value is NoticeKind => typeof value === 'string' && value in KIND_STYLE;

import { type DeliveryStatus, MAIL_STATUSES, NOTICE_KINDS } from '@credit/contract/api';
import { z } from 'zod';
import { cellDay, cellTime, cellWord, cellYesNo, DELIVERY_WORDS, NOTICE_KIND_WORDS, type ListExport } from '../common/list-export.ts';
import type { Mail, MailAttempt, Notice } from '../generated/prisma/client.ts';
import type { MailStatus } from '../generated/prisma/enums.ts';
import { idFilter, type ListSpec, searchFilter } from '../common/list-query.ts';
import { id, idQuery, isoInstant, localDate } from '../common/validation.ts';
import { fromDbDate } from '../database/db-dates.ts';

export { NOTICE_KINDS, type DeliveryStatus };
const kind = z.enum(NOTICE_KINDS);

const noticeFilter = z.object({
  id: idFilter,
  q: searchFilter,
  unitId: idQuery().optional(),
  /** Notices that name this obligation (the obligation page's chase history). */
  obligationId: idQuery().optional(),
  kind: z.union([kind, z.array(kind)]).optional(),
  forDate: localDate.optional(),
  from: localDate.optional(),
  to: localDate.optional(),
  /** Read (or not) by the signed-in user. */
  read: z.boolean().optional(),
  /** Notices with at least one mail in this state (e.g. FAILED). */
  mailStatus: z.enum(MAIL_STATUSES).optional(),
});
export type NoticeFilter = z.infer<typeof noticeFilter>;

export const NOTICE_LIST: ListSpec<typeof noticeFilter> = {
  sortable: ['id', 'createdAt', 'forDate', 'kind', 'unitId'],
  defaultSort: ['id', 'DESC'],
  filter: noticeFilter,
};

/** 催报所选单位: the units the office chases now (an ad-hoc notice each). */
export const chaseUnitsSchema = z.object({
  unitIds: z.array(id()).min(1, '请至少选择一个单位').max(200, '一次最多催报 200 个单位'),
});
export type ChaseUnitsDto = z.infer<typeof chaseUnitsSchema>;

/** A day (that day at 09:00 Shanghai, the scheduled time) or an instant with its offset. */
const asOf = z.union([localDate, isoInstant], { error: '应为日期（YYYY-MM-DD）或带时区的时间' });

export const runSchema = z.object({
  asOf: asOf.optional(),
  dryRun: z.boolean().default(false),
});
export type RunDto = z.infer<typeof runSchema>;

/** The instant a run request names: a bare day means the scheduled time of that day. */
export function runInstant(value: string | undefined, now: Date): Date {
  if (!value) return now;
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T09:00:00+08:00` : value);
}

export function deliveryOf(mails: { status: MailStatus }[]) {
  const count = (s: MailStatus) => mails.filter((m) => m.status === s).length;
  const [pending, sent, failed, skipped, cancelled] = MAIL_STATUSES.map(count);
  const status: DeliveryStatus =
    pending > 0
      ? 'PENDING'
      : failed > 0
        ? sent > 0
          ? 'PARTIAL'
          : 'FAILED'
        : sent > 0
          ? 'SENT'
          : cancelled > 0
            ? 'CANCELLED'
            : skipped > 0
              ? 'IN_APP_ONLY'
              : 'NO_RECIPIENT';
  return { status, total: mails.length, pending, sent, failed, cancelled, skipped };
}

type NoticeRow = Notice & {
  unit: { name: string } | null;
  reads: { readAt: Date }[];
  mails: (Mail & { attemptsLog?: MailAttempt[] })[];
};

export function toNoticeResponse(n: NoticeRow, detail: { mails: boolean } = { mails: false }) {
  return {
    id: n.id,
    kind: n.kind,
    unitId: n.unitId,
    unitName: n.unit?.name ?? null,
    stage: n.stage,
    forDate: fromDbDate(n.forDate),
    title: n.title,
    body: n.body,
    obligationIds: n.obligationIds,
    recipients: n.recipients,
    createdAt: n.createdAt,
    /** Read by the signed-in user. */
    read: n.reads.length > 0,
    readAt: n.reads[0]?.readAt ?? null,
    /** First read by its addressee (the unit; the office for a summary). */
    addresseeReadAt: n.readAt,
    delivery: deliveryOf(n.mails),
    ...(detail.mails
      ? {
          mails: n.mails.map((m) => ({
            id: m.id,
            recipient: m.recipient,
            recipientName: m.recipientName,
            status: m.status,
            attempts: m.attempts,
            nextAttemptAt: m.status === 'PENDING' ? m.nextAttemptAt : null,
            lastError: m.lastError,
            sentAt: m.sentAt,
            messageId: m.messageId,
            attemptLog: (m.attemptsLog ?? []).map((a) => ({
              attempt: a.attempt,
              at: a.at,
              ok: a.ok,
              response: a.response,
              error: a.error,
            })),
          })),
        }
      : {}),
  };
}

/** GET /api/notices/export.xlsx: the columns of the filtered list's workbook. */
export const NOTICE_EXPORT: ListExport<ReturnType<typeof toNoticeResponse>> = {
  title: '通知',
  columns: [
  { header: '类型', width: 12, value: (r) => cellWord(NOTICE_KIND_WORDS)(r.kind) },
  { header: '单位', width: 28, value: (r) => r.unitName ?? '信用办' },
  { header: '标题', width: 40, value: (r) => r.title },
  { header: '通知日期', width: 12, value: (r) => cellDay(r.forDate) },
  { header: '生成时间', width: 18, value: (r) => cellTime(r.createdAt) },
  { header: '邮件', width: 14, value: (r) => cellWord(DELIVERY_WORDS)(r.delivery.status) },
  { header: '已读', width: 8, value: (r) => cellYesNo(r.read) },
  ],
};

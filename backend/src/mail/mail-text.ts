// The mail that carries a stored notice: its title as the subject, its text, the way to the desk, and who
// to call. Rendered when sent, from the notice row, so the in-app notice and the mail never disagree.

import type { OfficeSettings } from '../settings/settings-keys.ts';

/** What a mail says of the office. */
export type OfficeDetails = Pick<OfficeSettings, 'signature' | 'phone' | 'address'>;

export interface NoticeMailInput {
  noticeId: number;
  title: string;
  body: string;
  recipientName: string | null;
}

/** Base of the links, without a trailing slash. */
const base = (publicUrl: string) => publicUrl.replace(/\/+$/, '');

export function renderNoticeMail(n: NoticeMailInput, publicUrl: string, office: OfficeDetails): { subject: string; text: string } {
  const url = base(publicUrl);
  const contact = [office.phone ? `电话：${office.phone}` : null, office.address ? `地址：${office.address}` : null]
    .filter(Boolean)
    .join('　');
  const lines = [
    `${n.recipientName ?? '您好'}：`,
    '',
    n.body,
    '',
    `登录信用办督查考核平台办理：${url}/`,
    `查看本通知：${url}/#/notices/${n.noticeId}/show`,
    '',
    '——',
    office.signature,
    ...(contact ? [contact] : []),
    '本邮件由信用办督查考核平台自动发送，请勿直接回复。',
  ];
  return { subject: n.title, text: lines.join('\n') };
}

/** Message-ID of an outbox row: stable across retries, unique per notice and recipient. */
export function mailMessageId(noticeId: number, mailId: number, publicUrl: string): string {
  let host = 'localhost';
  try {
    host = new URL(publicUrl).hostname || host;
  } catch {
    // keep the fallback
  }
  return `<notice-${noticeId}.mail-${mailId}@${host}>`;
}

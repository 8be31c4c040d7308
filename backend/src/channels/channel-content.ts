// What a notice's SMS and robot posts say, fixed when they are queued (a retry sends the very same words). Pure.
import type { Preferences, SmsTemplate, SmsTemplateKind } from '@credit/contract/api';
import type { NoticeKind } from '../generated/prisma/enums.ts';
import { shanghaiDate } from '../domain/dates.ts';
import { chineseDate, periodLabel } from '../domain/labels.ts';
import type { RobotPost } from './channel-request.ts';
import { renderSms } from './sms-text.ts';

/** Which of a contact's choices (and which SMS template) a notice's kind falls under; SUMMARY: none (the office's). */
export function preferenceKindOf(kind: NoticeKind): keyof Preferences | null {
  if (kind === 'REMINDER') return 'reminders';
  if (kind === 'OVERDUE' || kind === 'ESCALATION') return 'overdue';
  if (kind === 'DECISION') return 'decisions';
  return null;
}

/** What a queued SMS holds. */
export interface SmsContent {
  template: SmsTemplateKind;
  code: string;
  params: { name: string; value: string }[];
  text: string;
  segments: number;
}

export interface SmsFacts {
  unitName: string | null;
  obligation: { period: string; dueAt: Date } | null;
  link: string;
}

export function smsContent(template: SmsTemplateKind, approved: SmsTemplate, facts: SmsFacts, signName: string): SmsContent {
  const values = {
    unit: facts.unitName ?? '',
    period: facts.obligation ? periodLabel(facts.obligation.period) : '',
    dueDate: facts.obligation ? chineseDate(shanghaiDate(facts.obligation.dueAt)) : '',
    link: facts.link,
  };
  const rendered = renderSms(approved, values, signName);
  return { template, code: approved.code, params: rendered.params, text: rendered.text, segments: rendered.segments };
}

/** A notice posted to a group: its title, its text and the way to it; the unit's contacts @-mentioned. */
export function robotPost(notice: { id: number; title: string; body: string }, link: string, mentionMobiles: string[]): RobotPost {
  return {
    title: notice.title,
    text: [notice.title, '', notice.body, '', `查看通知：${link}/#/notices/${notice.id}/show`].join('\n'),
    mentionMobiles: [...new Set(mentionMobiles)],
  };
}

export const TEST_POST: Omit<RobotPost, 'mentionMobiles'> = {
  title: '测试消息',
  text: '测试消息：信用办督查考核平台的群机器人已配置成功。',
};

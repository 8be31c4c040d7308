// The channels' answers (secrets never in them: `hasSecret`, a masked webhook) and the checks of their inputs
// beyond the contract's schemas (templates name known parameters only, webhooks are http(s) URLs), in Chinese.
import { CHANNELS, type ChannelMessage, MAIL_STATUSES, type Robot as RobotAnswer, type RobotInput, SMS_TEMPLATE_KINDS } from '@credit/contract/api';
import type { ChannelAttempt, ChannelMessage as MessageRow, Robot } from '../generated/prisma/client.ts';
import type { Channel, MailStatus } from '../generated/prisma/enums.ts';
import type { FieldErrors } from '../common/errors.ts';
import type { ChannelSettingsStored } from '../settings/settings-keys.ts';
import { ALIYUN_ENDPOINT, ALIYUN_REGION } from './providers/aliyun-sms.ts';
import { TENCENT_ENDPOINT, TENCENT_REGION } from './providers/tencent-sms.ts';
import { validateSmsTemplateText } from './sms-text.ts';

export const DEFAULT_SMS_ENDPOINTS = { ALIYUN: ALIYUN_ENDPOINT, TENCENT: TENCENT_ENDPOINT } as const;
export const DEFAULT_SMS_REGIONS = { ALIYUN: ALIYUN_REGION, TENCENT: TENCENT_REGION } as const;
/** What the audit log says of a secret that was given (never the secret). */
export const SECRET_UPDATED = '已更新';

export const toRobotResponse = (r: Robot): RobotAnswer => ({
  id: r.id,
  unitId: r.unitId,
  kind: r.kind,
  name: r.name,
  webhookHint: r.webhookHint,
  hasSecret: r.secretEnc !== null,
  keyword: r.keyword,
  pausedUntil: r.pausedUntil?.toISOString() ?? null,
});

export function toSmsResponse(sms: ChannelSettingsStored['sms']) {
  if (!sms) return null;
  const { secretSealed, ...shown } = sms;
  return { ...shown, hasSecret: secretSealed !== null };
}

type MessageWithLog = MessageRow & { attemptsLog: ChannelAttempt[]; robot: { name: string | null; webhookHint: string } | null };

export const toChannelMessage = (m: MessageWithLog): ChannelMessage => ({
  id: m.id,
  noticeId: m.noticeId,
  channel: m.channel,
  target: m.robot ? (m.robot.name ?? m.robot.webhookHint) : m.target,
  recipientName: m.recipientName,
  robotId: m.robotId,
  status: m.status,
  attempts: m.attempts,
  nextAttemptAt: m.status === 'PENDING' ? m.nextAttemptAt.toISOString() : null,
  lastError: m.lastError,
  segments: m.segments,
  sentAt: m.sentAt?.toISOString() ?? null,
  createdAt: m.createdAt.toISOString(),
  attemptLog: m.attemptsLog.map((a) => ({ attempt: a.attempt, at: a.at.toISOString(), ok: a.ok, response: a.response, error: a.error })),
});

/** Counts per channel and status, every status present. */
export function channelStatus(rows: { channel: Channel; status: MailStatus; count: number }[]) {
  const status = Object.fromEntries(CHANNELS.map((c) => [c, Object.fromEntries(MAIL_STATUSES.map((s) => [s, 0]))])) as Record<
    Channel,
    Record<MailStatus, number>
  >;
  for (const r of rows) status[r.channel][r.status] = r.count;
  return status;
}

/** An http(s) URL (any host: the office picks it; tests use loopback). */
export function isWebUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}

/** The templates' problems: an empty code or text, a placeholder the system does not fill. */
export function templateErrors(templates: Partial<Record<string, { code: string; text: string }>>, prefix: string): FieldErrors {
  const errors: FieldErrors = {};
  for (const kind of SMS_TEMPLATE_KINDS) {
    const t = templates[kind];
    if (!t) continue;
    if (!t.code.trim()) errors[`${prefix}.${kind}.code`] = '请填写模板编号';
    const problem = validateSmsTemplateText(t.text);
    if (problem) errors[`${prefix}.${kind}.text`] = problem;
  }
  return errors;
}

/** A robot list's problems: a new robot without a webhook, a webhook that is not an http(s) URL, an unknown id. */
export function robotErrors(inputs: RobotInput[], known: Set<number>, prefix: string): FieldErrors {
  const errors: FieldErrors = {};
  inputs.forEach((r, i) => {
    if (r.id !== undefined && !known.has(r.id)) errors[`${prefix}.${i}.id`] = '该机器人不存在';
    if (r.webhookUrl === undefined) {
      if (r.id === undefined) errors[`${prefix}.${i}.webhookUrl`] = '请填写机器人推送地址';
    } else if (!isWebUrl(r.webhookUrl.trim())) errors[`${prefix}.${i}.webhookUrl`] = '机器人推送地址应为 http:// 或 https:// 开头的网址';
  });
  return errors;
}

// Which SMS and robot posts a stored notice makes, written in the notice's own transaction: an SMS to each
// recipient who chose SMS for the notice's kind and has a mobile (SKIPPED with the reason when the office has no
// SMS account or no template for the kind), a post to each robot of the notice's unit (and, for the summary and
// the escalation, to the office's robots). One message per notice and target: a second run adds nothing.
import { Inject, Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client.ts';
import type { NoticeKind } from '../generated/prisma/enums.ts';
import { APP_CONFIG, type AppConfig } from '../config/app-config.ts';
import type { Tx } from '../database/prisma.service.ts';
import { preferenceKindOf, robotPost, smsContent } from './channel-content.ts';
import { ChannelSettings, SMS_NOT_CONFIGURED } from './channel-settings.ts';
import type { ChannelSettingsStored } from '../settings/settings-keys.ts';
import { ChannelsRepository, type QueuedMessage } from './channels.repository.ts';

const NO_TEMPLATE = '未配置该类通知的短信模板，短信未发送';

/** A stored notice as the channels need it. */
export interface ChannelNotice {
  id: number;
  kind: NoticeKind;
  unitId: number | null;
  unitName: string | null;
  title: string;
  body: string;
  recipients: { name: string | null; role: string; mobile?: string | null; channels?: readonly string[] }[];
}

/** Robots' target key: one post per notice and robot. */
export const robotTarget = (robotId: number) => `robot:${robotId}`;
export const normalMobile = (mobile: string) => mobile.replace(/[\s-]/g, '');

@Injectable()
export class ChannelQueue {
  constructor(
    private readonly repo: ChannelsRepository,
    private readonly settings: ChannelSettings,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async enqueue(tx: Tx, notices: ChannelNotice[], at: Date, stored?: ChannelSettingsStored): Promise<number> {
    if (notices.length === 0) return 0;
    const link = this.config.publicUrl.replace(/\/+$/, '');
    const sms = (stored ?? (await this.settings.stored(tx))).sms;
    const smsReady = Boolean(sms?.secretSealed);
    const texted = notices.filter((n) => this.smsRecipients(n).length > 0);
    const obligations = smsReady ? await this.repo.firstObligations(tx, texted.map((n) => n.id)) : new Map();
    const withOffice = notices.some((n) => n.kind === 'SUMMARY' || n.kind === 'ESCALATION');
    const unitIds = [...new Set(notices.map((n) => n.unitId).filter((id): id is number => id !== null))];
    const robots = await this.repo.robotsFor(tx, unitIds, withOffice);
    const rows: QueuedMessage[] = [];
    const base = { recipientName: null, robotId: null, status: 'PENDING' as const, lastError: null, segments: null, nextAttemptAt: at };

    for (const n of notices) {
      const kind = preferenceKindOf(n.kind);
      const template = kind && sms ? sms.templates[kind] : undefined;
      for (const r of this.smsRecipients(n)) {
        const target = normalMobile(r.mobile!);
        const row = { ...base, noticeId: n.id, channel: 'SMS' as const, target, recipientName: r.name };
        if (!smsReady) rows.push({ ...row, content: {}, status: 'SKIPPED', lastError: SMS_NOT_CONFIGURED });
        else if (!template || !kind) rows.push({ ...row, content: {}, status: 'SKIPPED', lastError: NO_TEMPLATE });
        else {
          const content = smsContent(kind, template, { unitName: n.unitName, obligation: obligations.get(n.id) ?? null, link }, sms!.signName);
          rows.push({ ...row, content: content as unknown as Prisma.InputJsonValue, segments: content.segments });
        }
      }
      const office = n.kind === 'SUMMARY' || n.kind === 'ESCALATION';
      const mentions = n.recipients.filter((r) => r.role !== 'OFFICE' && r.mobile).map((r) => normalMobile(r.mobile!));
      for (const robot of robots) {
        const ofUnit = robot.unitId !== null && robot.unitId === n.unitId;
        if (!ofUnit && !(office && robot.unitId === null)) continue;
        rows.push({
          ...base,
          noticeId: n.id,
          channel: robot.kind,
          target: robotTarget(robot.id),
          recipientName: robot.name,
          robotId: robot.id,
          content: robotPost(n, link, ofUnit ? mentions : []) as unknown as Prisma.InputJsonValue,
        });
      }
    }
    return this.repo.enqueue(tx, rows, at);
  }

  /** The notice's recipients who chose SMS for its kind and have a mobile, each mobile once. */
  private smsRecipients(n: ChannelNotice) {
    const seen = new Set<string>();
    return n.recipients.filter((r) => {
      if (!r.mobile || !r.channels?.includes('SMS')) return false;
      const key = normalMobile(r.mobile);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
}

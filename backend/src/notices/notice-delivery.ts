// How a stored notice leaves the building, beside the in-app inbox: its mails (MailOutbox) and its SMS and robot
// posts (ChannelOutbox), queued in the notice's own transaction. The chase, the office's chase and the decision
// notices all go through here, and so do the recipients' channels (the contact's choice, else the defaults).
import { Injectable } from '@nestjs/common';
import { ChannelOutbox } from '../channels/channel-outbox.service.ts';
import { ChannelSettings } from '../channels/channel-settings.ts';
import type { Db, Tx } from '../database/prisma.service.ts';
import { MailOutbox } from '../mail/mail-outbox.service.ts';
import type { ChannelSettingsStored } from '../settings/settings-keys.ts';
import type { ContactAddress, NoticeDraft } from './notice-composer.ts';
import { NoticesRepository } from './notices.repository.ts';

export interface StoredNotice {
  id: number;
  draft: NoticeDraft;
}

@Injectable()
export class NoticeDelivery {
  constructor(
    private readonly repo: NoticesRepository,
    private readonly mail: MailOutbox,
    private readonly channels: ChannelOutbox,
    private readonly channelSettings: ChannelSettings,
  ) {}

  /**
   * The units' contacts reachable by e-mail or SMS, with their channels per kind (the contact's, else the office's
   * defaults), and the channel settings read for them, which `enqueue` in the same transaction can reuse.
   */
  async addressing(db: Db, unitIds: number[]): Promise<{ contacts: ContactAddress[]; channels?: ChannelSettingsStored }> {
    if (unitIds.length === 0) return { contacts: [] };
    const channels = await this.channelSettings.stored(db);
    return { contacts: await this.repo.contactsOf(db, unitIds, channels.defaults), channels };
  }

  /** Queues the mails, SMS and robot posts of freshly stored notices, in the transaction that stored them. */
  async enqueue(tx: Tx, notices: StoredNotice[], channels?: ChannelSettingsStored): Promise<void> {
    if (notices.length === 0) return;
    await this.mail.enqueue(
      tx,
      notices.map((n) => n.id),
    );
    await this.channels.enqueue(
      tx,
      notices.map(({ id, draft: d }) => ({
        id,
        kind: d.kind,
        unitId: d.unitId,
        unitName: d.unitName,
        title: d.title,
        body: d.body,
        recipients: d.recipients,
      })),
      channels,
    );
  }
}

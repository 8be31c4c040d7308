// Decision notices (issue 17): in-app always, mailed / texted / posted through the outboxes (NoticeDelivery), written
// in the transaction of the decision itself (no decision without its notice, no notice without its decision).
// Each exactly once: its dedupe key names the decision (a review, an explanation's decision, an appeal …).
import { Injectable } from '@nestjs/common';
import { Clock } from '../clock/clock.ts';
import type { Tx } from '../database/prisma.service.ts';
import { shanghaiDate } from '../domain/dates.ts';
import { unitRecipients } from './notice-composer.ts';
import type { DecisionText } from './decision-texts.ts';
import { NoticeDelivery } from './notice-delivery.ts';
import { NoticesRepository } from './notices.repository.ts';

export interface Decision {
  unitId: number;
  unitName: string;
  /** What was decided: the notice's stage (FILING_RETURNED, CIRCULAR_PUBLISHED …). */
  stage: string;
  /** Names the decision; with the unit it is the notice's dedupe key. */
  key: string;
  obligationIds: number[];
  text: DecisionText;
}

@Injectable()
export class DecisionNotices {
  constructor(
    private readonly repo: NoticesRepository,
    private readonly delivery: NoticeDelivery,
    private readonly clock: Clock,
  ) {}

  /** Stores the notices in `tx` and queues their mails; a decision already noticed is skipped. */
  async send(tx: Tx, decisions: Decision[]): Promise<number> {
    if (decisions.length === 0) return 0;
    const { contacts, channels } = await this.delivery.addressing(tx, [...new Set(decisions.map((d) => d.unitId))]);
    const day = shanghaiDate(this.clock.now());
    const drafts = decisions.map((d) => ({
      kind: 'DECISION' as const,
      unitId: d.unitId,
      unitName: d.unitName,
      stage: d.stage,
      dedupeKey: `DECISION:${d.key}:${d.unitId}`,
      obligationIds: d.obligationIds,
      forDate: day,
      title: d.text.title,
      body: d.text.body,
      recipients: unitRecipients(contacts.filter((c) => c.unitId === d.unitId), 'DECISION'),
    }));
    const ids = await this.repo.insertDrafts(tx, drafts, this.clock.now());
    const stored = drafts.filter((d) => ids.has(d.dedupeKey)).map((draft) => ({ id: ids.get(draft.dedupeKey)!, draft }));
    await this.delivery.enqueue(tx, stored, channels);
    return stored.length;
  }
}

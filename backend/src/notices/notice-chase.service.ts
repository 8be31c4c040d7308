// 催报所选单位: the office chases the units it selected (the review of the overdue list, a phone call that
// did not help) with an ad-hoc notice each — what the unit owes now, past due with nothing valid filed — stored
// in the inbox and mailed through the outbox like the scheduled chase. One transaction for all the units, one
// audit event each; all or nothing (a unit with nothing to chase, or already chased today, is named and
// nothing is sent). It does not take a step of the scheduled chase: those still come on their days.
import { Injectable } from '@nestjs/common';
import { AuditTrail } from '../audit-events/audit-trail.service.ts';
import { Clock } from '../clock/clock.ts';
import { conflict } from '../common/errors.ts';
import type { Tx } from '../database/prisma.service.ts';
import { shanghaiDate } from '../domain/dates.ts';
import type { AuthUser } from '../identity/current-user.ts';
import { MailOutbox } from '../mail/mail-outbox.service.ts';
import { recipientLabel, unitRecipients } from './notice-composer.ts';
import { NoticeDelivery } from './notice-delivery.ts';
import { overdueText } from './notice-texts.ts';
import type { ChaseUnitsDto } from './notices.dto.ts';
import { NoticesRepository } from './notices.repository.ts';

/** A request waits this long for mail at most; the rest goes out with the outbox's next pass. */
const DELIVERY_BUDGET_MS = 20_000;

/** The stage of an office chase on a day: each unit once a day (the ledger keeps one row per obligation and stage). */
export const chaseStage = (day: string) => `office-chase-${day}`;

@Injectable()
export class NoticeChase {
  constructor(
    private readonly repo: NoticesRepository,
    private readonly audit: AuditTrail,
    private readonly outbox: MailOutbox,
    private readonly delivery: NoticeDelivery,
    private readonly clock: Clock,
  ) {}

  async chase(dto: ChaseUnitsDto, user: AuthUser) {
    const now = this.clock.now();
    const day = shanghaiDate(now);
    const notices = await this.audit.createEach({
      user,
      resource: 'notices',
      unitField: 'unitId',
      action: 'CHASE',
      items: dto.unitIds,
      field: 'unitIds',
      name: async (unitId) => (await this.repo.unitName(unitId)) ?? `单位（编号 ${unitId}）`,
      work: (tx, unitId) => this.chaseOne(tx, unitId, now, day),
    });
    const budget = new Date(this.clock.nowMs() + DELIVERY_BUDGET_MS);
    const mail = await this.outbox.deliverDue(this.clock.now(), budget);
    return { count: notices.length, notices, mail };
  }

  private async chaseOne(tx: Tx, unitId: number, now: Date, day: string) {
    const unitName = await this.repo.unitName(unitId, tx);
    if (!unitName) throw conflict('单位不存在');
    const lines = await this.repo.owedBy(tx, [unitId], now);
    if (lines.length === 0) throw conflict('目前没有逾期未报或被退回待重报的事项，无需催报');
    const dedupeKey = `CHASE:${day}:${unitId}`;
    if (await this.repo.noticeExists(tx, dedupeKey)) throw conflict('今天已催报过该单位');
    const text = overdueText(unitName, lines, day);
    const { contacts, channels } = await this.delivery.addressing(tx, [unitId]);
    const draft = {
      kind: 'OVERDUE' as const,
      unitId,
      unitName,
      stage: chaseStage(day),
      dedupeKey,
      obligationIds: lines.map((l) => l.id),
      forDate: day,
      title: `【催报】${unitName}有${lines.length}项报送逾期未报，请尽快补报`,
      body: text.body,
      recipients: unitRecipients(contacts, 'OVERDUE'),
    };
    const id = (await this.repo.insertDrafts(tx, [draft], now)).get(dedupeKey)!;
    await this.delivery.enqueue(tx, [{ id, draft }], channels);
    return { id, unitId, unitName, title: draft.title, obligationIds: draft.obligationIds, recipients: draft.recipients.map(recipientLabel) };
  }
}

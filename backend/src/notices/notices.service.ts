import { Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client.ts';
import { type AuthUser, scopedUnitId } from '../identity/current-user.ts';
import { notFound } from '../common/errors.ts';
import { Page, type ListQuery } from '../common/list-query.ts';
import { type NoticeFilter, toNoticeResponse } from './notices.dto.ts';
import { NoticesRepository } from './notices.repository.ts';
import { ChannelsService } from '../channels/channels.service.ts';
import { Clock } from '../clock/clock.ts';
import { AuditTrail } from '../audit-events/audit-trail.service.ts';
import { TransactionRunner } from '../database/transaction-runner.ts';

/**
 * The inbox: a unit sees the notices about itself (never the office summary, never another unit's);
 * the office sees everything, with delivery status. Each user marks what they have read.
 */
@Injectable()
export class NoticesService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly repo: NoticesRepository,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
    private readonly channels: ChannelsService,
  ) {}

  async list(q: ListQuery<NoticeFilter>, user: AuthUser) {
    const { items, total } = await this.repo.list(q, visibleTo(user), user.id);
    return new Page('notices', items.map((n) => toNoticeResponse(n)), total, q.skip);
  }

  async get(id: number, user: AuthUser) {
    const office = scopedUnitId(user) === null;
    const notice = toNoticeResponse(await this.visible(id, user, office), { mails: office });
    return office ? { ...notice, channelMessages: await this.channels.messagesOf(id) } : notice;
  }

  /** Unread notices addressed to the user: their unit's; for the office, escalations and summaries. */
  async unreadCount(user: AuthUser) {
    const addressed: Prisma.NoticeWhereInput =
      scopedUnitId(user) === null ? { kind: { in: ['ESCALATION', 'SUMMARY'] } } : visibleTo(user);
    return { count: await this.repo.countUnread(addressed, user.id) };
  }

  async markRead(id: number, user: AuthUser) {
    const scope = scopedUnitId(user);
    const notice = await this.visible(id, user, false);
    const byAddressee = scope === null ? notice.unitId === null : notice.unitId === scope;
    // The first read of each user is on the audit trail: the office can show that a chase reached the unit.
    await this.transactions.run(async (tx) => {
      const first = await this.repo.markRead(tx, id, user.id, byAddressee, this.clock.now());
      if (first) await this.audit.record(tx, { user, action: 'READ', resource: 'notices', recordId: id, unitId: notice.unitId });
    });
    return this.get(id, user);
  }

  private async visible(id: number, user: AuthUser, withAttempts: boolean) {
    const notice = await this.repo.findById(id, user.id, withAttempts);
    const scope = scopedUnitId(user);
    if (!notice || (scope !== null && notice.unitId !== scope)) throw notFound('通知');
    return notice;
  }
}

function visibleTo(user: AuthUser): Prisma.NoticeWhereInput {
  const scope = scopedUnitId(user);
  return scope === null ? {} : { unitId: scope };
}

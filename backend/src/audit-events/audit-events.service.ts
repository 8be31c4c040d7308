import { Injectable } from '@nestjs/common';
import { notFound } from '../common/errors.ts';
import { Page, type ListQuery } from '../common/list-query.ts';
import { AuditEventsRepository } from './audit-events.repository.ts';
import type { AuditEventFilter } from './audit-events.dto.ts';
import { type AuditNames, idsToName, presentAuditEvent, type StoredAuditEvent } from './audit-view.ts';

/** Where an actor without a unit sits: the office's staff and the leading group's members. */
const UNIT_OF_ROLE: Record<string, string | null> = { ADMIN: '信用办', LEADER: '领导小组', UNIT: null };

@Injectable()
export class AuditEventsService {
  constructor(private readonly repo: AuditEventsRepository) {}

  async list(q: ListQuery<AuditEventFilter>) {
    const { items, total } = await this.repo.list(q);
    return new Page('audit-events', await this.present(items), total, q.skip);
  }

  async get(id: number) {
    const event = await this.repo.findById(id);
    if (!event) throw notFound('操作日志');
    const [shown] = await this.present([event]);
    return shown;
  }

  /** The events in words (see audit-view.ts), with the names their ids point at. */
  private async present(events: StoredAuditEvent[]) {
    const found = await this.repo.names(idsToName(events));
    const names: AuditNames = {
      users: new Map(found.users.map((u) => [u.id, { name: u.displayName || u.username, unitName: u.unit?.name ?? UNIT_OF_ROLE[u.role] ?? null }])),
      units: new Map(found.units.map((u) => [u.id, u.name])),
      streams: new Map(found.streams.map((s) => [s.id, s.name])),
    };
    return events.map((e) => presentAuditEvent(e, names));
  }
}

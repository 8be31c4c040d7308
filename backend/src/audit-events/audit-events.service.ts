import { Injectable } from '@nestjs/common';
import { notFound } from '../common/errors.ts';
import { Page, type ListQuery } from '../common/list-query.ts';
import { AuditEventsRepository } from './audit-events.repository.ts';
import type { AuditEventFilter } from './audit-events.dto.ts';

@Injectable()
export class AuditEventsService {
  constructor(private readonly repo: AuditEventsRepository) {}

  async list(q: ListQuery<AuditEventFilter>) {
    const { items, total } = await this.repo.list(q);
    return new Page('audit-events', items, total, q.skip);
  }

  async get(id: number) {
    return (await this.repo.findById(id)) ?? Promise.reject(notFound('操作日志'));
  }
}

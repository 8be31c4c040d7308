import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../identity/current-user.ts';
import { AuditTrail } from '../audit-events/audit-trail.service.ts';
import { RegistryEvents } from '../common/registry-events.ts';
import { conflict, notFound, ValidationFailed } from '../common/errors.ts';
import { Page, type ListQuery } from '../common/list-query.ts';
import { toDbDate } from '../database/db-dates.ts';
import { StreamsRepository } from './streams.repository.ts';
import { type CreateStreamDto, type StreamFilter, toStreamResponse, type UpdateStreamDto } from './streams.dto.ts';

const dbDate = (d: string | null | undefined) => (d === undefined ? undefined : d === null ? null : toDbDate(d));

@Injectable()
export class StreamsService {
  constructor(
    private readonly repo: StreamsRepository,
    private readonly audit: AuditTrail,
    private readonly events: RegistryEvents,
  ) {}

  async list(q: ListQuery<StreamFilter>) {
    const { items, total } = await this.repo.list(q);
    return new Page('streams', items.map(toStreamResponse), total, q.skip);
  }

  async get(id: number) {
    const stream = await this.repo.findById(id);
    if (!stream) throw notFound('报送事项');
    return toStreamResponse(stream);
  }

  async create(dto: CreateStreamDto, user: AuthUser) {
    const stream = await this.audit.create({
      user,
      resource: 'streams',
      work: async (tx) => {
        if (await this.repo.findByCode(dto.code, tx)) {
          throw new ValidationFailed({ code: '编码已被其他报送事项使用' });
        }
        return this.repo.create(tx, { ...dto, dueDate: dbDate(dto.dueDate), since: dbDate(dto.since) });
      },
    });
    await this.events.changed({ streamIds: [stream.id] });
    return toStreamResponse(stream);
  }

  async update(id: number, dto: UpdateStreamDto, user: AuthUser) {
    const stream = await this.audit.update({
      user,
      resource: 'streams',
      load: (tx) => this.repo.findById(id, tx),
      work: (tx) => this.repo.update(tx, id, { ...dto, dueDate: dbDate(dto.dueDate), since: dbDate(dto.since) }),
    });
    await this.events.changed({ streamIds: [stream.id] });
    return toStreamResponse(stream);
  }

  async delete(id: number, user: AuthUser) {
    const stream = await this.audit.delete({
      user,
      resource: 'streams',
      load: (tx) => this.repo.findById(id, tx),
      work: async (tx) => {
        if ((await this.repo.countObligations(tx, id)) > 0) {
          throw conflict('该报送事项已有应报记录，不能删除；如不再报送，请将其设为停用');
        }
        await this.repo.delete(tx, id);
      },
    });
    return toStreamResponse(stream);
  }
}

import { Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client.ts';
import { type Db, PrismaService, type Tx } from '../database/prisma.service.ts';
import { idWhere, orderBy, type ListQuery } from '../common/list-query.ts';
import type { AuditEventFilter } from './audit-events.dto.ts';

export interface NewAuditEvent {
  userId: number | null;
  username: string | null;
  action: string;
  resource: string;
  recordId: string;
  unitId: number | null;
  before: unknown;
  after: unknown;
  at: Date;
}

@Injectable()
export class AuditEventsRepository {
  constructor(private readonly prisma: PrismaService) {}

  async create(db: Tx, event: NewAuditEvent): Promise<void> {
    await db.auditEvent.create({
      data: { ...event, before: asJson(event.before), after: asJson(event.after) },
    });
  }

  async list(q: ListQuery<AuditEventFilter>) {
    const where = this.where(q.filter);
    const [items, total] = await Promise.all([
      this.prisma.auditEvent.findMany({ where, orderBy: orderBy(q.sort), skip: q.skip, take: q.take }),
      this.prisma.auditEvent.count({ where }),
    ]);
    return { items, total };
  }

  findById(id: number) {
    return this.prisma.auditEvent.findUnique({ where: { id } });
  }

  /** The names of the users (with their unit), units and streams a page of events points at. */
  async names(ids: { users: number[]; units: number[]; streams: number[] }) {
    const [users, units, streams] = await Promise.all([
      this.prisma.user.findMany({
        where: { id: { in: ids.users } },
        select: { id: true, username: true, displayName: true, role: true, unit: { select: { name: true } } },
      }),
      this.prisma.unit.findMany({ where: { id: { in: ids.units } }, select: { id: true, name: true } }),
      this.prisma.stream.findMany({ where: { id: { in: ids.streams } }, select: { id: true, name: true } }),
    ]);
    return { users, units, streams };
  }

  private where(f: AuditEventFilter): Prisma.AuditEventWhereInput {
    return {
      ...idWhere(f.id),
      ...(f.resource ? { resource: f.resource } : {}),
      ...(f.recordId ? { recordId: f.recordId } : {}),
      ...(f.userId ? { userId: f.userId } : {}),
      ...(f.unitId ? { unitId: f.unitId } : {}),
      ...(f.action ? { action: f.action } : {}),
      ...(f.q ? { OR: [{ username: { contains: f.q } }, { resource: { contains: f.q } }] } : {}),
    };
  }
}

function asJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === null || value === undefined) return undefined;
  return JSON.parse(JSON.stringify(value, (k, v) => (k === 'passwordHash' || k === 'content' ? undefined : v)));
}

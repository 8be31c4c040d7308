import { Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client.ts';
import { type Db, PrismaService, type Tx } from '../database/prisma.service.ts';
import { idWhere, orderBy, type ListQuery } from '../common/list-query.ts';
import type { StreamFilter } from './streams.dto.ts';

@Injectable()
export class StreamsRepository {
  constructor(private readonly prisma: PrismaService) {}

  async list(q: ListQuery<StreamFilter>) {
    const f = q.filter;
    const where: Prisma.StreamWhereInput = {
      AND: [
        idWhere(f.id),
        f.code ? { code: f.code } : {},
        f.cadence ? { cadence: f.cadence } : {},
        f.active !== undefined ? { active: f.active } : {},
        f.q ? { OR: [{ name: { contains: f.q } }, { code: { contains: f.q.toUpperCase() } }] } : {},
      ],
    };
    const [items, total] = await Promise.all([
      this.prisma.stream.findMany({ where, orderBy: orderBy(q.sort), skip: q.skip, take: q.take }),
      this.prisma.stream.count({ where }),
    ]);
    return { items, total };
  }

  findById(id: number, db: Db = this.prisma) {
    return db.stream.findUnique({ where: { id } });
  }

  findByCode(code: string, db: Db = this.prisma) {
    return db.stream.findUnique({ where: { code } });
  }

  create(db: Tx, data: Prisma.StreamUncheckedCreateInput) {
    return db.stream.create({ data });
  }

  update(db: Tx, id: number, data: Prisma.StreamUncheckedUpdateInput) {
    return db.stream.update({ where: { id }, data });
  }

  delete(db: Tx, id: number) {
    return db.stream.delete({ where: { id } });
  }

  countObligations(db: Db, streamId: number) {
    return db.obligation.count({ where: { streamId } });
  }
}

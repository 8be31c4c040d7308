import { Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client.ts';
import { type Db, PrismaService, type Tx } from '../database/prisma.service.ts';
import { idWhere, orderBy, type ListQuery } from '../common/list-query.ts';
import type { UnitFilter } from './units.dto.ts';

@Injectable()
export class UnitsRepository {
  constructor(private readonly prisma: PrismaService) {}

  async list(q: ListQuery<UnitFilter>, onlyUnitId: number | null) {
    const where: Prisma.UnitWhereInput = {
      AND: [
        idWhere(q.filter.id),
        onlyUnitId !== null ? { id: onlyUnitId } : {},
        q.filter.active !== undefined ? { active: q.filter.active } : {},
        q.filter.q ? { name: { contains: q.filter.q } } : {},
      ],
    };
    const [items, total] = await Promise.all([
      this.prisma.unit.findMany({ where, orderBy: orderBy(q.sort), skip: q.skip, take: q.take }),
      this.prisma.unit.count({ where }),
    ]);
    return { items, total };
  }

  findById(id: number, db: Db = this.prisma) {
    return db.unit.findUnique({ where: { id } });
  }

  findAll(db: Db = this.prisma) {
    return db.unit.findMany({ orderBy: { sortOrder: 'asc' } });
  }

  async nextSortOrder(db: Db): Promise<number> {
    const max = await db.unit.aggregate({ _max: { sortOrder: true } });
    return (max._max.sortOrder ?? 0) + 1;
  }

  create(db: Tx, data: Prisma.UnitUncheckedCreateInput) {
    return db.unit.create({ data });
  }

  update(db: Tx, id: number, data: Prisma.UnitUncheckedUpdateInput) {
    return db.unit.update({ where: { id }, data });
  }

  delete(db: Tx, id: number) {
    return db.unit.delete({ where: { id } });
  }

  /** Records that keep a unit's history; a unit that has any cannot be deleted. */
  async historyCount(db: Db, id: number): Promise<number> {
    const [obligations, users] = await Promise.all([
      db.obligation.count({ where: { unitId: id } }),
      db.user.count({ where: { unitId: id } }),
    ]);
    return obligations + users;
  }
}

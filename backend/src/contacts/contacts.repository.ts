import { Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client.ts';
import { type Db, PrismaService, type Tx } from '../database/prisma.service.ts';
import { idWhere, orderBy, type ListQuery } from '../common/list-query.ts';
import type { ContactFilter } from './contacts.dto.ts';

@Injectable()
export class ContactsRepository {
  constructor(private readonly prisma: PrismaService) {}

  async list(q: ListQuery<ContactFilter>, onlyUnitId: number | null) {
    const f = q.filter;
    const where: Prisma.ContactWhereInput = {
      AND: [
        idWhere(f.id),
        onlyUnitId !== null ? { unitId: onlyUnitId } : {},
        f.unitId !== undefined ? { unitId: f.unitId } : {},
        f.primary !== undefined ? { primary: f.primary } : {},
        f.leader !== undefined ? { leader: f.leader } : {},
        f.q
          ? { OR: [{ name: { contains: f.q } }, { post: { contains: f.q } }, { unit: { name: { contains: f.q } } }] }
          : {},
      ],
    };
    const [items, total] = await Promise.all([
      this.prisma.contact.findMany({ where, orderBy: orderBy(q.sort), skip: q.skip, take: q.take }),
      this.prisma.contact.count({ where }),
    ]);
    return { items, total };
  }

  findById(id: number, db: Db = this.prisma) {
    return db.contact.findUnique({ where: { id } });
  }

  /** Clears the flag on the unit's other contacts, so at most one is primary. */
  clearPrimary(db: Tx, unitId: number, exceptId?: number) {
    return db.contact.updateMany({ where: { unitId, primary: true, NOT: { id: exceptId ?? -1 } }, data: { primary: false } });
  }

  create(db: Tx, data: Prisma.ContactUncheckedCreateInput) {
    return db.contact.create({ data });
  }

  update(db: Tx, id: number, data: Prisma.ContactUncheckedUpdateInput) {
    return db.contact.update({ where: { id }, data });
  }

  delete(db: Tx, id: number) {
    return db.contact.delete({ where: { id } });
  }
}

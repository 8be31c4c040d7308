import { Injectable } from '@nestjs/common';
import { Prisma } from '../generated/prisma/client.ts';
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

  create(db: Tx, { preferences, ...data }: Omit<Prisma.ContactUncheckedCreateInput, 'preferences'> & { preferences?: Prisma.InputJsonValue | null }) {
    return db.contact.create({ data: { ...data, ...jsonColumn(preferences) } });
  }

  update(db: Tx, id: number, { preferences, ...data }: Omit<Prisma.ContactUncheckedUpdateInput, 'preferences'> & { preferences?: Prisma.InputJsonValue | null }) {
    return db.contact.update({ where: { id }, data: { ...data, ...jsonColumn(preferences) } });
  }

  delete(db: Tx, id: number) {
    return db.contact.delete({ where: { id } });
  }
}

/** A nullable JSON column: null stores SQL NULL, undefined leaves it. */
const jsonColumn = (value: Prisma.InputJsonValue | null | undefined) =>
  value === undefined ? {} : { preferences: value === null ? Prisma.DbNull : value };

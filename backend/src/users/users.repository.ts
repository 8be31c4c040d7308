import { Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client.ts';
import { type Db, PrismaService } from '../database/prisma.service.ts';
import { idWhere, orderBy, type ListQuery } from '../common/list-query.ts';
import type { UserFilter } from './users.dto.ts';

@Injectable()
export class UsersRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The default client, for callers that write outside a transaction. */
  get db(): Db {
    return this.prisma;
  }

  async list(q: ListQuery<UserFilter>) {
    const f = q.filter;
    const where: Prisma.UserWhereInput = {
      AND: [
        idWhere(f.id),
        f.role ? { role: f.role } : {},
        f.unitId !== undefined ? { unitId: f.unitId } : {},
        f.active !== undefined ? { active: f.active } : {},
        f.q ? { OR: [{ username: { contains: f.q } }, { displayName: { contains: f.q } }] } : {},
      ],
    };
    const [items, total] = await Promise.all([
      this.prisma.user.findMany({ where, orderBy: orderBy(q.sort), skip: q.skip, take: q.take }),
      this.prisma.user.count({ where }),
    ]);
    return { items, total };
  }

  findById(id: number, db: Db = this.prisma) {
    return db.user.findUnique({ where: { id } });
  }

  findByUsername(username: string, db: Db = this.prisma) {
    return db.user.findUnique({ where: { username } });
  }

  countActiveAdmins(db: Db = this.prisma) {
    return db.user.count({ where: { role: 'ADMIN', active: true } });
  }

  create(db: Db, data: Prisma.UserUncheckedCreateInput) {
    return db.user.create({ data });
  }

  update(db: Db, id: number, data: Prisma.UserUncheckedUpdateInput) {
    return db.user.update({ where: { id }, data });
  }

  delete(db: Db, id: number) {
    return db.user.delete({ where: { id } });
  }

  unitExists(db: Db, unitId: number) {
    return db.unit.count({ where: { id: unitId } }).then((n) => n > 0);
  }
}

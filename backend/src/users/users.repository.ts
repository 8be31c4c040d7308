import { Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client.ts';
import { type Db, PrismaService, type Tx } from '../database/prisma.service.ts';
import { idWhere, orderBy, type ListQuery } from '../common/list-query.ts';
import type { UserFilter } from './users.dto.ts';

/** Advisory lock of the set of administrators. */
const ADMINS_LOCK = 7_302;

@Injectable()
export class UsersRepository {
  constructor(private readonly prisma: PrismaService) {}

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

  /**
   * Counts the active administrators after taking the administrators' lock (until the transaction ends), so
   * two admins deactivating each other at once are serialised and the second sees the first's change.
   */
  async lockAndCountActiveAdmins(tx: Tx): Promise<number> {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADMINS_LOCK}::int)`;
    return tx.user.count({ where: { role: 'ADMIN', active: true } });
  }

  create(db: Tx, data: Prisma.UserUncheckedCreateInput) {
    return db.user.create({ data });
  }

  update(db: Tx, id: number, data: Prisma.UserUncheckedUpdateInput) {
    return db.user.update({ where: { id }, data });
  }

  delete(db: Tx, id: number) {
    return db.user.delete({ where: { id } });
  }

  unitExists(db: Db, unitId: number) {
    return db.unit.count({ where: { id: unitId } }).then((n) => n > 0);
  }
}

import { Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client.ts';
import { type Db, PrismaService, type Tx } from '../database/prisma.service.ts';
import { idWhere, orderBy, type ListQuery } from '../common/list-query.ts';
import type { BonusFilter } from './bonuses.dto.ts';

const INCLUDE = { unit: { select: { name: true } } } as const;

@Injectable()
export class BonusesRepository {
  constructor(private readonly prisma: PrismaService) {}

  async list(q: ListQuery<BonusFilter>, onlyUnitId: number | null) {
    const f = q.filter;
    const where: Prisma.BonusClaimWhereInput = {
      AND: [
        idWhere(f.id),
        onlyUnitId !== null ? { unitId: onlyUnitId } : {},
        f.unitId !== undefined ? { unitId: f.unitId } : {},
        f.year !== undefined ? { year: f.year } : {},
        f.status ? { status: f.status } : {},
      ],
    };
    const [items, total] = await Promise.all([
      this.prisma.bonusClaim.findMany({ where, include: INCLUDE, orderBy: orderBy(q.sort), skip: q.skip, take: q.take }),
      this.prisma.bonusClaim.count({ where }),
    ]);
    return { items, total };
  }

  findById(id: number, db: Db = this.prisma) {
    return db.bonusClaim.findUnique({ where: { id }, include: INCLUDE });
  }

  /** Locks the claim's row until the transaction ends (two decisions on one claim serialise). */
  async lock(db: Tx, id: number) {
    await db.$executeRaw`SELECT 1 FROM bonus_claims WHERE id = ${id} FOR UPDATE`;
    return this.findById(id, db);
  }

  create(db: Tx, data: Prisma.BonusClaimUncheckedCreateInput) {
    return db.bonusClaim.create({ data, include: INCLUDE });
  }

  update(db: Tx, id: number, data: Prisma.BonusClaimUncheckedUpdateInput) {
    return db.bonusClaim.update({ where: { id }, data, include: INCLUDE });
  }

  activeUnitExists(id: number, db: Db = this.prisma) {
    return db.unit.count({ where: { id, active: true } }).then((n) => n > 0);
  }
}

import { Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client.ts';
import { type Db, PrismaService, type Tx } from '../database/prisma.service.ts';
import { idWhere, orderBy, type ListQuery } from '../common/list-query.ts';
import type { AppealFilter } from './appeals.dto.ts';

const INCLUDE = { unit: { select: { name: true } } } as const;

@Injectable()
export class AppealsRepository {
  constructor(private readonly prisma: PrismaService) {}

  async list(q: ListQuery<AppealFilter>, onlyUnitId: number | null) {
    const f = q.filter;
    const where: Prisma.AppealWhereInput = {
      AND: [
        idWhere(f.id),
        onlyUnitId !== null ? { unitId: onlyUnitId } : {},
        f.unitId !== undefined ? { unitId: f.unitId } : {},
        f.year !== undefined ? { year: f.year } : {},
        f.status ? { status: f.status } : {},
      ],
    };
    const [items, total] = await Promise.all([
      this.prisma.appeal.findMany({ where, include: INCLUDE, orderBy: orderBy(q.sort), skip: q.skip, take: q.take }),
      this.prisma.appeal.count({ where }),
    ]);
    return { items, total };
  }

  findById(id: number, db: Db = this.prisma) {
    return db.appeal.findUnique({ where: { id }, include: INCLUDE });
  }

  yearState(year: number, db: Db) {
    return db.assessmentYear.findUnique({ where: { year } });
  }

  /** A row of the year's frozen preliminary result. */
  frozenRow(id: number, db: Db) {
    return db.assessmentDeduction.findUnique({ where: { id } });
  }

  bonusClaim(id: number, db: Db) {
    return db.bonusClaim.findUnique({ where: { id } });
  }

  /** An appeal of the same row or claim (one appeal each). */
  findSame(db: Db, year: number, unitId: number, target: { rowKey: string | null; bonusId: number | null }) {
    return db.appeal.findFirst({
      where: { year, unitId, ...(target.bonusId !== null ? { bonusId: target.bonusId } : { rowKey: target.rowKey }) },
    });
  }

  create(db: Tx, data: Prisma.AppealUncheckedCreateInput) {
    return db.appeal.create({ data, include: INCLUDE });
  }

  update(db: Tx, id: number, data: Prisma.AppealUncheckedUpdateInput) {
    return db.appeal.update({ where: { id }, data, include: INCLUDE });
  }

  /** An upheld appeal of a refused bonus confirms the claim. */
  confirmClaim(db: Tx, id: number, reason: string, by: number, at: Date) {
    return db.bonusClaim.update({ where: { id }, data: { status: 'CONFIRMED', decisionReason: reason, decidedById: by, decidedAt: at } });
  }
}

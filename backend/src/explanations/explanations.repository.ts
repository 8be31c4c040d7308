import { Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client.ts';
import { type Db, PrismaService, type Tx } from '../database/prisma.service.ts';
import { idWhere, obligationSearchWhere, orderBy, type ListQuery } from '../common/list-query.ts';
import { OBLIGATION_REF_INCLUDE } from '../obligations/obligation-ref.ts';
import type { ExplanationFilter } from './explanations.dto.ts';

const INCLUDE = OBLIGATION_REF_INCLUDE;

@Injectable()
export class ExplanationsRepository {
  constructor(private readonly prisma: PrismaService) {}

  async list(q: ListQuery<ExplanationFilter>, onlyUnitId: number | null) {
    const f = q.filter;
    const where: Prisma.ExplanationWhereInput = {
      AND: [
        idWhere(f.id),
        obligationSearchWhere(f.q, [{ text: true }]),
        onlyUnitId !== null ? { obligation: { unitId: onlyUnitId } } : {},
        f.unitId !== undefined ? { obligation: { unitId: f.unitId } } : {},
        f.obligationId !== undefined ? { obligationId: f.obligationId } : {},
        f.status ? { status: f.status } : {},
        f.category ? { category: f.category } : {},
      ],
    };
    const [items, total] = await Promise.all([
      this.prisma.explanation.findMany({ where, include: INCLUDE, orderBy: orderBy(q.sort), skip: q.skip, take: q.take }),
      this.prisma.explanation.count({ where }),
    ]);
    return { items, total };
  }

  findById(id: number, db: Db = this.prisma) {
    return db.explanation.findUnique({ where: { id }, include: INCLUDE });
  }

  /** An explanation of the obligation that is waiting or already accepted (a new one would be redundant). */
  findOpenOrAccepted(db: Db, obligationId: number) {
    return db.explanation.findFirst({ where: { obligationId, status: { in: ['PENDING', 'ACCEPTED'] } } });
  }

  create(db: Tx, data: Prisma.ExplanationUncheckedCreateInput) {
    return db.explanation.create({ data, include: INCLUDE });
  }

  update(db: Tx, id: number, data: Prisma.ExplanationUncheckedUpdateInput) {
    return db.explanation.update({ where: { id }, data, include: INCLUDE });
  }
}

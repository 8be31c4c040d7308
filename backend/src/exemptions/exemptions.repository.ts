import { Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client.ts';
import { type Db, PrismaService, type Tx } from '../database/prisma.service.ts';
import { idWhere, orderBy, type ListQuery } from '../common/list-query.ts';
import { OBLIGATION_REF_INCLUDE } from '../obligations/obligation-ref.ts';
import type { ExemptionFilter } from './exemptions.dto.ts';

const INCLUDE = OBLIGATION_REF_INCLUDE;

@Injectable()
export class ExemptionsRepository {
  constructor(private readonly prisma: PrismaService) {}

  async list(q: ListQuery<ExemptionFilter>, onlyUnitId: number | null) {
    const f = q.filter;
    const where: Prisma.ExemptionWhereInput = {
      AND: [
        idWhere(f.id),
        onlyUnitId !== null ? { obligation: { unitId: onlyUnitId } } : {},
        f.unitId !== undefined ? { obligation: { unitId: f.unitId } } : {},
        f.obligationId !== undefined ? { obligationId: f.obligationId } : {},
      ],
    };
    const [items, total] = await Promise.all([
      this.prisma.exemption.findMany({ where, include: INCLUDE, orderBy: orderBy(q.sort), skip: q.skip, take: q.take }),
      this.prisma.exemption.count({ where }),
    ]);
    return { items, total };
  }

  findById(id: number, db: Db = this.prisma) {
    return db.exemption.findUnique({ where: { id }, include: INCLUDE });
  }

  create(db: Tx, data: Prisma.ExemptionUncheckedCreateInput) {
    return db.exemption.create({ data, include: INCLUDE });
  }

  delete(db: Tx, id: number) {
    return db.exemption.delete({ where: { id } });
  }
}

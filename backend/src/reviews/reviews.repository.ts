import { Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client.ts';
import { type Db, PrismaService, type Tx } from '../database/prisma.service.ts';
import { idWhere, orderBy, type ListQuery } from '../common/list-query.ts';
import type { ReviewFilter } from './reviews.dto.ts';

const INCLUDE = { submission: { select: { obligationId: true, obligation: { select: { unitId: true } } } } } as const;

@Injectable()
export class ReviewsRepository {
  constructor(private readonly prisma: PrismaService) {}

  async list(q: ListQuery<ReviewFilter>, onlyUnitId: number | null) {
    const f = q.filter;
    const where: Prisma.ReviewWhereInput = {
      AND: [
        idWhere(f.id),
        onlyUnitId !== null ? { submission: { obligation: { unitId: onlyUnitId } } } : {},
        f.unitId !== undefined ? { submission: { obligation: { unitId: f.unitId } } } : {},
        f.submissionId !== undefined ? { submissionId: f.submissionId } : {},
        f.decision ? { decision: f.decision } : {},
      ],
    };
    const [items, total] = await Promise.all([
      this.prisma.review.findMany({ where, include: INCLUDE, orderBy: orderBy(q.sort), skip: q.skip, take: q.take }),
      this.prisma.review.count({ where }),
    ]);
    return { items, total };
  }

  findById(id: number) {
    return this.prisma.review.findUnique({ where: { id }, include: INCLUDE });
  }

  /** The review's own row (the caller knows its submission and obligation). */
  create(db: Tx, data: Prisma.ReviewUncheckedCreateInput) {
    return db.review.create({ data });
  }
}

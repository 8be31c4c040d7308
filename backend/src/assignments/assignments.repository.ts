import { Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client.ts';
import { type Db, PrismaService, type Tx } from '../database/prisma.service.ts';
import { toDbDate } from '../database/db-dates.ts';
import { idWhere, orderBy, type ListQuery } from '../common/list-query.ts';
import type { AssignmentFilter } from './assignments.dto.ts';

@Injectable()
export class AssignmentsRepository {
  constructor(private readonly prisma: PrismaService) {}

  async list(q: ListQuery<AssignmentFilter>, onlyUnitId: number | null) {
    const f = q.filter;
    const day = f.activeOn ? toDbDate(f.activeOn) : null;
    const where: Prisma.AssignmentWhereInput = {
      AND: [
        idWhere(f.id),
        onlyUnitId !== null ? { unitId: onlyUnitId } : {},
        f.unitId !== undefined ? { unitId: f.unitId } : {},
        f.streamId !== undefined ? { streamId: f.streamId } : {},
        day ? { validFrom: { lte: day }, OR: [{ validTo: null }, { validTo: { gte: day } }] } : {},
      ],
    };
    const [items, total] = await Promise.all([
      this.prisma.assignment.findMany({ where, orderBy: orderBy(q.sort), skip: q.skip, take: q.take }),
      this.prisma.assignment.count({ where }),
    ]);
    return { items, total };
  }

  findById(id: number, db: Db = this.prisma) {
    return db.assignment.findUnique({ where: { id } });
  }

  /** Another assignment of the same unit and stream whose validity overlaps [from, to]. */
  findOverlap(db: Db, a: { unitId: number; streamId: number; from: Date; to: Date | null; exceptId?: number }) {
    return db.assignment.findFirst({
      where: {
        unitId: a.unitId,
        streamId: a.streamId,
        NOT: { id: a.exceptId ?? -1 },
        ...(a.to ? { validFrom: { lte: a.to } } : {}),
        OR: [{ validTo: null }, { validTo: { gte: a.from } }],
      },
    });
  }

  create(db: Tx, data: Prisma.AssignmentUncheckedCreateInput) {
    return db.assignment.create({ data });
  }

  update(db: Tx, id: number, data: Prisma.AssignmentUncheckedUpdateInput) {
    return db.assignment.update({ where: { id }, data });
  }

  delete(db: Tx, id: number) {
    return db.assignment.delete({ where: { id } });
  }

  countObligations(db: Db, assignmentId: number) {
    return db.obligation.count({ where: { assignmentId } });
  }
}

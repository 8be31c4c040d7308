import { Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client.ts';
import { type Db, PrismaService, type Tx } from '../database/prisma.service.ts';
import { idWhere, obligationSearchWhere, orderBy, type ListQuery } from '../common/list-query.ts';
import type { SubmissionFilter } from './submissions.dto.ts';

export const SUBMISSION_INCLUDE = {
  review: true,
  attachments: { select: { id: true, fileName: true, mimeType: true, size: true } },
  recordImport: { select: { id: true } },
  obligation: {
    select: { unitId: true, period: true, dueAt: true, unit: { select: { name: true } }, stream: { select: { code: true, name: true } } },
  },
} as const;

@Injectable()
export class SubmissionsRepository {
  constructor(private readonly prisma: PrismaService) {}

  async list(q: ListQuery<SubmissionFilter>, onlyUnitId: number | null) {
    const f = q.filter;
    const reviewWhere: Prisma.SubmissionWhereInput =
      f.reviewState === 'PENDING'
        ? { review: { is: null }, withdrawnAt: null }
        : f.reviewState === 'WITHDRAWN'
          ? { withdrawnAt: { not: null } }
          : f.reviewState
            ? { review: { is: { decision: f.reviewState === 'ACCEPTED' ? 'ACCEPT' : 'RETURN' } } }
            : {};
    const where: Prisma.SubmissionWhereInput = {
      AND: [
        idWhere(f.id),
        obligationSearchWhere(f.q, [{ reason: true }]),
        onlyUnitId !== null ? { obligation: { unitId: onlyUnitId } } : {},
        f.unitId !== undefined ? { obligation: { unitId: f.unitId } } : {},
        f.streamId !== undefined ? { obligation: { streamId: f.streamId } } : {},
        f.period ? { obligation: { period: f.period } } : {},
        f.obligationId !== undefined ? { obligationId: f.obligationId } : {},
        f.kind ? { kind: f.kind } : {},
        reviewWhere,
      ],
    };
    const [items, total] = await Promise.all([
      this.prisma.submission.findMany({ where, include: SUBMISSION_INCLUDE, orderBy: orderBy(q.sort), skip: q.skip, take: q.take }),
      this.prisma.submission.count({ where }),
    ]);
    return { items, total };
  }

  findById(id: number, db: Db = this.prisma) {
    return db.submission.findUnique({ where: { id }, include: SUBMISSION_INCLUDE });
  }

  /**
   * Every version of an obligation, withdrawn ones included, with its review, oldest first (one query): `history`
   * is what still counts, `lastVersion` the highest number used (0: none).
   */
  async versions(db: Db, obligationId: number) {
    const all = await db.submission.findMany({ where: { obligationId }, include: { review: true }, orderBy: { version: 'asc' } });
    return { all, history: all.filter((s) => !s.withdrawnAt), lastVersion: all.at(-1)?.version ?? 0 };
  }

  /** The unit withdraws a version in review. */
  withdraw(db: Tx, id: number, at: Date) {
    return db.submission.update({ where: { id }, data: { withdrawnAt: at }, include: SUBMISSION_INCLUDE });
  }

  /** The office reopens an accepted version: its review goes (the audit event keeps it), the reason stays on the version. */
  async reopen(db: Tx, id: number, at: Date, reason: string) {
    await db.review.delete({ where: { submissionId: id } });
    return db.submission.update({ where: { id }, data: { reopenedAt: at, reopenReason: reason }, include: SUBMISSION_INCLUDE });
  }

  setCounts(db: Tx, id: number, counts: { legalPersonLicenses: number; legalPersonPenalties: number; naturalPersonLicenses: number; naturalPersonPenalties: number }) {
    return db.submission.update({ where: { id }, data: counts });
  }

  /** The new version's own row (its relations are the caller's: it just read them). */
  create(db: Tx, data: Prisma.SubmissionUncheckedCreateInput) {
    return db.submission.create({ data });
  }

  /** Links uploaded, not yet used attachments of the unit to a submission; returns how many were linked. */
  async linkAttachments(db: Tx, submissionId: number, unitId: number, ids: number[]): Promise<number> {
    if (ids.length === 0) return 0;
    const { count } = await db.attachment.updateMany({
      where: { id: { in: ids }, submissionId: null, unitId },
      data: { submissionId },
    });
    return count;
  }
}

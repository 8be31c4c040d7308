import { Injectable } from '@nestjs/common';
import { Prisma } from '../generated/prisma/client.ts';
import { type Db, PrismaService, type Tx } from '../database/prisma.service.ts';

const sql = Prisma.sql;
const META = { id: true, fileName: true, mimeType: true, size: true, sha256: true, unitId: true, submissionId: true, createdAt: true } as const;
/** Advisory lock class of a unit's uploads (the second key is the unit id): quota checks serialise per unit. */
const UPLOAD_LOCK = 7_301;

@Injectable()
export class AttachmentsRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(tx: Tx, data: Prisma.AttachmentUncheckedCreateInput) {
    return tx.attachment.create({ data, select: META });
  }

  async unitExists(tx: Tx, unitId: number): Promise<boolean> {
    return (await tx.unit.count({ where: { id: unitId } })) > 0;
  }

  /** Takes the unit's upload lock until the transaction ends, then sums what it has uploaded and not yet filed. */
  async lockUnattachedBytes(tx: Tx, unitId: number): Promise<number> {
    await tx.$executeRaw(sql`SELECT pg_advisory_xact_lock(${UPLOAD_LOCK}::int, ${unitId}::int)`);
    const rows = await tx.$queryRaw<{ bytes: bigint | null }[]>(
      sql`SELECT sum(size)::bigint AS bytes FROM attachments WHERE unit_id = ${unitId} AND submission_id IS NULL`,
    );
    return Number(rows[0]?.bytes ?? 0);
  }

  /**
   * Removes uploads never attached to a filing and older than `before`, but the evidence of a bonus claim or
   * an appeal (named by their attachment ids); returns how many went.
   */
  deleteUnattached(tx: Tx, before: Date): Promise<number> {
    return tx.$executeRaw(sql`
      DELETE FROM attachments a
      WHERE a.submission_id IS NULL AND a.created_at < ${before}
        AND NOT EXISTS (SELECT 1 FROM bonus_claims b WHERE a.id = ANY(b.attachment_ids))
        AND NOT EXISTS (SELECT 1 FROM appeals p WHERE a.id = ANY(p.attachment_ids))`);
  }

  /** How many of these uploads are the unit's own and attached to no filing (evidence a claim may name). */
  countLoose(db: Db, unitId: number, ids: readonly number[]): Promise<number> {
    return db.attachment.count({ where: { id: { in: [...ids] }, unitId, submissionId: null } });
  }

  findMeta(id: number) {
    return this.prisma.attachment.findUnique({ where: { id }, select: META });
  }

  findContent(id: number) {
    return this.prisma.attachment.findUnique({ where: { id }, select: { ...META, content: true } });
  }
}

// Evidence of a bonus claim or an appeal (DESIGN.md §2.7): uploads of the unit (POST /api/attachments) that the
// claim names by id. They are attached to no filing, so the hourly sweep keeps them only because a claim names them.
import { Injectable } from '@nestjs/common';
import { invalid } from '../common/errors.ts';
import type { Db } from '../database/prisma.service.ts';
import { AttachmentsRepository } from './attachments.repository.ts';

@Injectable()
export class Evidence {
  constructor(private readonly repo: AttachmentsRepository) {}

  /** A 400 on `field` unless every id names an upload of the unit that no filing holds. */
  async assertLoose(db: Db, unitId: number, ids: readonly number[] | undefined, field = 'attachmentIds'): Promise<number[]> {
    const unique = [...new Set(ids ?? [])];
    if (unique.length > 0 && (await this.repo.countLoose(db, unitId, unique)) !== unique.length) {
      throw invalid(field, '附件不存在，或不是本单位上传的材料');
    }
    return unique;
  }
}

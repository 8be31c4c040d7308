import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type AuthUser, canSeeUnit, scopedUnitId } from '../auth/auth-user.ts';
import { AuditTrail } from '../audit-events/audit-trail.service.ts';
import { invalid, notFound } from '../common/errors.ts';
import { checkAttachment } from './attachment-types.ts';
import { AttachmentsRepository } from './attachments.repository.ts';

export interface UploadedFile {
  originalname: string;
  buffer: Buffer;
}

/** Uploads are kept in the database, tied to a unit, and linked to a submission when it is filed. */
@Injectable()
export class AttachmentsService {
  constructor(
    private readonly repo: AttachmentsRepository,
    private readonly audit: AuditTrail,
  ) {}

  async upload(file: UploadedFile | undefined, unitIdField: number | undefined, user: AuthUser) {
    if (!file) throw invalid('file', '请选择要上传的附件');
    const fileName = decodeName(file.originalname).slice(0, 200);
    const checked = checkAttachment(fileName, file.buffer);
    if ('error' in checked) throw invalid('file', checked.error);
    const unitId = scopedUnitId(user) ?? unitIdField;
    if (unitId === undefined) throw invalid('unitId', '请指定附件所属单位');
    return this.audit.create(
      user,
      'attachments',
      () =>
        this.repo.create({
          fileName,
          mimeType: checked.mime,
          size: file.buffer.length,
          sha256: createHash('sha256').update(file.buffer).digest('hex'),
          content: new Uint8Array(file.buffer),
          unitId,
          uploadedById: user.id,
        }),
      'unitId',
    );
  }

  async download(id: number, user: AuthUser) {
    const a = await this.repo.findContent(id);
    if (!a || !canSeeUnit(user, a.unitId)) throw notFound('附件');
    return a;
  }
}

/** Browsers send multipart file names as UTF-8, which multer reads as latin1. */
function decodeName(name: string): string {
  const utf8 = Buffer.from(name, 'latin1').toString('utf8');
  return utf8.includes('\uFFFD') ? name : utf8;
}

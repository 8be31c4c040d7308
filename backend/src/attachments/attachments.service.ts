import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { type AuthUser, canSeeUnit, scopedUnitId } from '../identity/current-user.ts';
import { AuditTrail } from '../audit-events/audit-trail.service.ts';
import { Clock } from '../clock/clock.ts';
import { invalid, notFound, tooLarge } from '../common/errors.ts';
import { APP_CONFIG, type AppConfig } from '../config/app-config.ts';
import { checkAttachment, UNATTACHED_TTL_MS } from './attachment-types.ts';
import { AttachmentsRepository } from './attachments.repository.ts';
import { uploadedFileName } from '../common/file-upload.ts';
import { TransactionRunner } from '../database/transaction-runner.ts';

export interface UploadedFile {
  originalname: string;
  buffer: Buffer;
}

const quotaMessage = (bytes: number) =>
  `本单位已上传但尚未提交的附件将超过 ${Math.round(bytes / 1024 / 1024)} MB：请先提交报送；` +
  `未使用的附件 ${UNATTACHED_TTL_MS / 3_600_000} 小时后自动清理`;

/** Uploads are kept in the database, tied to a unit, and linked to a submission when it is filed. */
@Injectable()
export class AttachmentsService {
  private readonly logger = new Logger('Attachments');

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly repo: AttachmentsRepository,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async upload(file: UploadedFile | undefined, unitIdField: number | undefined, user: AuthUser) {
    if (!file) throw invalid('file', '请选择要上传的附件');
    const fileName = uploadedFileName(file.originalname);
    const checked = checkAttachment(fileName, file.buffer);
    if ('error' in checked) throw invalid('file', checked.error);
    const unitId = scopedUnitId(user) ?? unitIdField;
    if (unitId === undefined) throw invalid('unitId', '请指定附件所属单位');
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    // A view on multer's buffer, not a copy: the file is held whole once.
    const content = new Uint8Array(file.buffer.buffer, file.buffer.byteOffset, file.buffer.byteLength) as Uint8Array<ArrayBuffer>;
    return this.audit.create({
      user,
      resource: 'attachments',
      unitField: 'unitId',
      work: async (tx) => {
        if (!(await this.repo.unitExists(tx, unitId))) throw invalid('unitId', '单位不存在');
        const held = await this.repo.lockUnattachedBytes(tx, unitId);
        const quota = this.config.unattachedQuotaBytes;
        if (held + content.byteLength > quota) throw tooLarge(quotaMessage(quota));
        return this.repo.create(tx, {
          fileName,
          mimeType: checked.mime,
          size: content.byteLength,
          sha256,
          content,
          unitId,
          uploadedById: user.id,
          createdAt: this.clock.now(),
        });
      },
    });
  }

  async download(id: number, user: AuthUser) {
    const a = await this.repo.findContent(id);
    if (!a || !canSeeUnit(user, a.unitId)) throw notFound('附件');
    return a;
  }

  /** Hourly: uploads never attached to a filing go after a day, so they cannot pile up. */
  @Cron('0 17 * * * *', { timeZone: 'Asia/Shanghai', name: 'attachments-sweep' })
  async sweepUnattached(): Promise<number> {
    const before = new Date(this.clock.nowMs() - UNATTACHED_TTL_MS);
    const removed = await this.transactions.run(async (tx) => {
      const count = await this.repo.deleteUnattached(tx, before);
      if (count > 0) await this.audit.record(tx, {
        user: null,
        action: 'SWEEP',
        resource: 'attachments',
        recordId: 'unattached',
        after: { removed: count, before },
      });
      return count;
    });
    if (removed > 0) this.logger.log(`Swept ${removed} unattached uploads older than a day`);
    return removed;
  }
}

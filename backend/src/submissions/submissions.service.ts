import { Injectable } from '@nestjs/common';
import { type AuthUser, canSeeUnit, scopedUnitId } from '../identity/current-user.ts';
import { AuditTrail } from '../audit-events/audit-trail.service.ts';
import { conflict, invalid, notFound } from '../common/errors.ts';
import { Page, type ListQuery } from '../common/list-query.ts';
import { ObligationAccess } from '../obligations/obligation-access.service.ts';
import { type CreateSubmissionDto, type SubmissionFilter, toSubmissionResponse } from './submissions.dto.ts';
import { SubmissionsRepository } from './submissions.repository.ts';
import { Clock } from '../clock/clock.ts';
import { RecordFilingService } from '../records/record-filing.service.ts';
import { shanghaiDate } from '../domain/dates.ts';
import { tooEarlyToFile } from '../domain/filing-window.ts';

/** Filing: a unit files for its own obligations; the office may record a report received elsewhere. */
@Injectable()
export class SubmissionsService {
  constructor(
    private readonly clock: Clock,
    private readonly repo: SubmissionsRepository,
    private readonly obligations: ObligationAccess,
    private readonly audit: AuditTrail,
    private readonly records: RecordFilingService,
  ) {}

  async list(q: ListQuery<SubmissionFilter>, user: AuthUser) {
    const { items, total } = await this.repo.list(q, scopedUnitId(user));
    return new Page('submissions', items.map(toSubmissionResponse), total, q.skip);
  }

  async get(id: number, user: AuthUser) {
    const s = await this.repo.findById(id);
    if (!s || !canSeeUnit(user, s.obligation.unitId)) throw notFound('报送记录');
    return toSubmissionResponse(s);
  }

  async file(dto: CreateSubmissionDto, user: AuthUser) {
    if (dto.receivedAt && user.role !== 'ADMIN') throw invalid('receivedAt', '只有信用办可以补录线下收到的报送');
    const now = this.clock.now();
    const filedAt = dto.receivedAt ? new Date(dto.receivedAt) : now;
    if (filedAt > now) throw invalid('receivedAt', '收到时间不能晚于当前时间');

    return this.audit.create({
      user,
      resource: 'submissions',
      unitField: 'unitId',
      // Filing a data file moves its valid records into the library: up to 100,000 rows in the one transaction.
      timeoutMs: dto.importId === undefined ? undefined : 5 * 60_000,
      work: async (tx) => {
        const o = await this.obligations.lockVisible(tx, dto.obligationId, user);
        if (o.exemption) throw conflict('该事项已免报，无需报送');
        const early = tooEarlyToFile(o.stream.cadence, o.period, shanghaiDate(filedAt));
        if (early) throw invalid(dto.receivedAt ? 'receivedAt' : 'obligationId', early);
        const { history, lastVersion } = await this.repo.versions(tx, o.id);
        const latest = history.at(-1);
        if (latest && !latest.review) throw conflict('上一次报送尚在审核中，请等待审核结果');
        if (latest?.review?.decision === 'ACCEPT') throw conflict('该事项已审核通过，无需再次报送');
        if (latest && filedAt < latest.filedAt) throw invalid('receivedAt', '收到时间不能早于上一版本的报送时间');
        const byImport = dto.importId !== undefined;
        if (dto.kind === 'DATA' && o.stream.requiresCounts && !dto.counts && !byImport) throw invalid('counts', '请填写四项统计数');
        if (dto.kind === 'DATA' && !dto.counts && !byImport && dto.attachments.length === 0) {
          throw invalid('attachments', '请上传报送材料');
        }
        const created = await this.repo.create(tx, {
          obligationId: o.id,
          version: lastVersion + 1,
          kind: dto.kind,
          ...(dto.kind === 'DATA' ? (dto.counts ?? {}) : {}),
          reason: dto.reason ?? null,
          filedAt,
          recordedByOffice: Boolean(dto.receivedAt),
          filedById: user.id,
        });
        const linked = await this.repo.linkAttachments(tx, created.id, o.unitId, dto.attachments);
        if (linked !== dto.attachments.length) throw invalid('attachments', '附件不存在、不属于本单位或已被其他报送使用');
        if (byImport) {
          const filed = await this.records.file(tx, dto.importId!, o, created.id);
          if (filed.valid === 0) throw invalid('importId', '数据文件中没有合规的记录，请修改后重新上传');
          // 附件1–4 are what the records say, never a typed number (红黑榜 and 信用代码 feed none).
          if (o.stream.requiresCounts || Object.values(filed.counts).some((n) => n > 0)) await this.repo.setCounts(tx, created.id, filed.counts);
        }
        await this.obligations.refresh(tx, o.id);
        // A version without attachments or records is what was just written: no need to read it back.
        if (dto.attachments.length > 0 || byImport) return toSubmissionResponse((await this.repo.findById(created.id, tx))!);
        const { unitId, period, dueAt, unit, stream } = o;
        return toSubmissionResponse({ ...created, review: null, attachments: [], recordImport: null, obligation: { unitId, period, dueAt, unit, stream } });
      },
    });
  }
}

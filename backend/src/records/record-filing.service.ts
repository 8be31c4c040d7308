// Filing an import: its valid rows enter the district's library under the new submission, checked once more
// against what the library holds now (another filing may have brought the same record since the import);
// the counts of 附件1–4 are the valid records'. A returned version's records leave the library again.
import { Injectable } from '@nestjs/common';
import { Clock } from '../clock/clock.ts';
import { conflict, invalid } from '../common/errors.ts';
import type { Tx } from '../database/prisma.service.ts';
import { toDbDate } from '../database/db-dates.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { type AnnexCounts, annexCounts, duplicateIssue, type Issue, type RecordKind, type RecordValues } from './domain/index.ts';
import type { ImportSummary } from './records.dto.ts';
import { RecordsRepository } from './records.repository.ts';

export interface FiledRecords {
  counts: AnnexCounts;
  rows: number;
  valid: number;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

@Injectable()
export class RecordFilingService {
  constructor(
    private readonly repo: RecordsRepository,
    private readonly clock: Clock,
  ) {}

  /** In the filing's transaction: the import becomes the submission's content. */
  async file(tx: Tx, importId: number, o: { id: number; unitId: number; streamId: number }, submissionId: number): Promise<FiledRecords> {
    const draft = await this.repo.lockImport(tx, importId);
    if (!draft || draft.obligationId !== o.id) throw invalid('importId', '数据文件不存在，或不是为该应报事项上传的');
    if (draft.submissionId !== null) throw conflict('该数据文件已经提交过');
    const now = this.clock.now();
    if (draft.expiresAt < now) throw invalid('importId', '数据文件已过期，请重新上传');

    const kinds: { kind: RecordKind }[] = [];
    let late = 0;
    let slice: Prisma.CreditRecordCreateManyInput[] = [];
    const pending: { row: (typeof slice)[number]; errors: Issue[] }[] = [];
    const enter = async () => {
      const known = await this.repo.existingKeys(tx, o.unitId, pending.map((p) => p.row.duplicateKey));
      for (const p of pending) {
        if (known.has(p.row.duplicateKey)) {
          await this.repo.markDuplicate(tx, importId, p.row.sheet, p.row.row, [...p.errors, duplicateIssue(p.row.kind, null)] as never);
          continue;
        }
        slice.push(p.row);
        kinds.push({ kind: p.row.kind });
        if (!p.row.timely) late++;
      }
      if (slice.length > 0) await this.repo.insertRecords(tx, slice);
      slice = [];
      pending.length = 0;
    };
    for await (const r of this.repo.importRows(importId, true, tx)) {
      const record = r.record as RecordValues;
      pending.push({
        errors: r.errors as unknown as Issue[],
        row: {
          unitId: o.unitId,
          streamId: o.streamId,
          submissionId,
          importId,
          sheet: r.sheet,
          row: r.row,
          kind: r.kind,
          subjectName: text(record.subjectName) ?? '',
          creditCode: text(record.creditCode),
          idNumber: text(record.idNumber),
          // 信用代码 records have no document number: the code they assign stands for it.
          documentNumber: text(record.documentNumber) ?? text(record.creditCode) ?? '',
          duplicateKey: r.duplicateKey!,
          decisionDate: toDbDate(record.decisionDate as string),
          publishedOn: text(record.publicationDate) ? toDbDate(record.publicationDate as string) : null,
          timely: r.timely ?? false,
          data: record as Prisma.InputJsonValue,
          createdAt: now,
        },
      });
      if (pending.length >= 1_000) await enter();
    }
    await enter();
    const counts = annexCounts(kinds);
    const summary = { ...(draft.summary as unknown as ImportSummary), counts };
    await this.repo.updateImport(tx, importId, { submissionId, valid: kinds.length, late, summary: summary as object });
    return { counts, rows: draft.rows, valid: kinds.length };
  }

  /** In the review's transaction: a returned version's records leave the library. */
  leave(tx: Tx, submissionId: number): Promise<number> {
    return this.repo.removeForSubmission(tx, submissionId);
  }
}

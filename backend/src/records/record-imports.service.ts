// An import: one file checked against one obligation, row by row, as it streams in. Every row is kept with
// what the checks found (so the unit can download its file marked); nothing enters the library until the
// import is filed (RecordFilingService). A file that is no data file at all is a 400 and leaves nothing.
import { Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import type { AuthUser } from '../identity/current-user.ts';
import { AuditTrail } from '../audit-events/audit-trail.service.ts';
import { Clock } from '../clock/clock.ts';
import { invalid, notFound } from '../common/errors.ts';
import { uploadedFileName } from '../common/file-upload.ts';
import { PrismaService, type Tx } from '../database/prisma.service.ts';
import { shanghaiDate } from '../domain/dates.ts';
import { periodEnd, periodStart } from '../domain/periods.ts';
import { tooEarlyToFile } from '../domain/filing-window.ts';
import { ObligationAccess } from '../obligations/obligation-access.service.ts';
import { Settings } from '../settings/settings.service.ts';
import {
  annexCounts,
  cellText,
  type CheckContext,
  checkRecord,
  createDuplicateTracker,
  duplicateIssue,
  duplicateKey,
  isBlankRow,
  type Issue,
  type RecordKind,
  recogniseSheet,
  rowValues,
  type SheetRecognition,
  timelinessChecker,
} from './domain/index.ts';
import { readSheets, type SheetRow, UnreadableFile } from './record-file.ts';
import { type ImportSummary, ISSUES_SHOWN, type RowIssue, toImportResponse } from './records.dto.ts';
import { type ImportRowData, RecordsRepository } from './records.repository.ts';
import { TransactionRunner } from '../database/transaction-runner.ts';

export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;
/** A draft not filed within this many days is removed. */
const DRAFT_DAYS = 7;
/**
 * Rows checked and stored at a time; a repeat is looked for in the batches stored before (e2e/records). 500:
 * measured on a 100,000-row file, 1,000 grew the server by ~107 MB and 250 took ~17.5 s; 500 ~93 MB, ~15 s.
 */
export const IMPORT_BATCH_ROWS = 500;
const IMPORT_TIMEOUT_MS = 5 * 60_000;
/** A title line or two above the header is common in hand-made files: the header is looked for this far. */
const HEADER_SEARCH_ROWS = 5;
/** Our own template's sheets, never a data sheet. */
const TEMPLATE_SHEETS = new Set(['填写说明', '取值范围']);

export interface UploadedDataFile {
  originalname: string;
  buffer: Buffer;
}

/** Whether a record was published in time, each decision day's deadline counted once per file. */
type TimelyCheck = ReturnType<typeof timelinessChecker>;

/** A draft in the making: counts and the first issues, while the rows go to the database in batches. */
class Tally {
  rows = 0;
  valid = 0;
  late = 0;
  /** Valid rows by kind: counts, not rows, so that a file's size does not stay in memory. */
  readonly validByKind = new Map<RecordKind, number>();
  readonly errors: RowIssue[] = [];
  readonly warnings: RowIssue[] = [];
  errorCount = 0;
  warningCount = 0;
  readonly sheets: ImportSummary['sheets'] = [];

  issue(list: 'errors' | 'warnings', i: RowIssue): void {
    if (list === 'errors') this.errorCount++;
    else this.warningCount++;
    if (this[list].length < ISSUES_SHOWN) this[list].push(i);
  }

  summary(): ImportSummary {
    const { errors, warnings, errorCount, warningCount, sheets } = this;
    return { counts: annexCounts([...this.validByKind].map(([kind, count]) => ({ kind, count }))), errors, warnings, errorCount, warningCount, sheets };
  }
}

@Injectable()
export class RecordImportsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly repo: RecordsRepository,
    private readonly obligations: ObligationAccess,
    private readonly settings: Settings,
    private readonly audit: AuditTrail,
    private readonly prisma: PrismaService,
    private readonly clock: Clock,
  ) {}

  async import(file: UploadedDataFile | undefined, obligationId: number, user: AuthUser) {
    if (!file) throw invalid('file', '请选择要上传的数据文件');
    if (file.buffer.length > MAX_IMPORT_BYTES) throw invalid('file', `数据文件不能超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
    const fileName = uploadedFileName(file.originalname);
    const o = await this.obligations.findVisible(this.prisma, obligationId, user);
    const kinds = o.stream.recordKinds as RecordKind[];
    if (kinds.length === 0) throw invalid('obligationId', '该报送事项不接收明细数据文件，请直接填写报送内容');
    const now = this.clock.now();
    const early = tooEarlyToFile(o.stream.cadence, o.period, shanghaiDate(now));
    if (early) throw invalid('obligationId', early);
    const office = await this.settings.office();
    const context: CheckContext = {
      filingDay: shanghaiDate(now),
      period: o.stream.cadence === 'MONTHLY' ? { first: periodStart(o.period), last: periodEnd(o.period) } : null,
      areaCode: office.areaCode ?? null,
    };
    try {
      const created = await this.audit.create({
        user,
        resource: 'record-imports',
        unitField: 'unitId',
        // A draft is one transaction (a bad file leaves nothing); 100,000 rows take longer than a usual write.
        timeoutMs: IMPORT_TIMEOUT_MS,
        work: async (tx) => {
          const draft = await this.repo.createImport(tx, {
            obligationId: o.id,
            unitId: o.unitId,
            fileName,
            rows: 0,
            valid: 0,
            late: 0,
            summary: {},
            createdById: user.id,
            createdAt: now,
            expiresAt: new Date(now.getTime() + DRAFT_DAYS * 86_400_000),
          });
          const tally = await this.readFile(tx, draft.id, o.unitId, fileName, file.buffer, kinds, context);
          const summary = tally.summary();
          return this.repo.updateImport(tx, draft.id, {
            rows: tally.rows,
            valid: tally.valid,
            late: tally.late,
            summary: summary as object,
          });
        },
      });
      return toImportResponse(created);
    } catch (error) {
      if (error instanceof UnreadableFile) throw invalid('file', error.message);
      throw error;
    }
  }

  async get(id: number, user: AuthUser) {
    const i = await this.repo.findImport(id);
    if (!i || (user.role === 'UNIT' && user.unitId !== i.unitId)) throw notFound('数据文件');
    return toImportResponse(i);
  }

  private async readFile(
    tx: Tx,
    importId: number,
    unitId: number,
    fileName: string,
    content: Buffer,
    kinds: readonly RecordKind[],
    context: CheckContext,
  ): Promise<Tally> {
    const tally = new Tally();
    const timely = timelinessChecker();
    let recognised = 0;
    for await (const sheet of readSheets(fileName, content)) {
      const rows = sheet.rows[Symbol.asyncIterator]();
      const header = await findHeader(rows, kinds);
      if (!header) {
        if (!TEMPLATE_SHEETS.has(sheet.name)) tally.issue('warnings', { sheet: sheet.name, row: null, column: null, message: '未找到可识别的表头，该工作表已忽略' });
        await drain(rows);
        continue;
      }
      const { recognition } = header;
      if (recognition.errors.length > 0) {
        throw new UnreadableFile(`工作表「${sheet.name}」：${recognition.errors.map((e) => e.message).join('；')}`);
      }
      for (const w of recognition.warnings) tally.issue('warnings', { sheet: sheet.name, row: header.row, column: w.header, message: w.message });
      recognised++;
      const kind = recognition.kind!;
      let count = 0;
      let batch: ImportRowData[] = [];
      // One batch goes to the database while the next is read and checked (the database works on the other
      // core); never more than one in flight, in file order, so the tally's first issues are the file's first.
      let inFlight: Promise<void> = Promise.resolve();
      try {
        for (let next = await rows.next(); !next.done; next = await rows.next()) {
          const row = next.value;
          if (isBlankRow(row.cells)) continue;
          count++;
          batch.push(this.checkRow(kind, sheet.name, row, recognition, context, timely));
          if (batch.length >= IMPORT_BATCH_ROWS) {
            await inFlight;
            inFlight = observed(this.flush(tx, importId, unitId, batch, tally));
            batch = [];
          }
        }
      } catch (error) {
        await inFlight.catch(() => undefined); // the statement in flight ends before the transaction rolls back
        throw error;
      }
      await inFlight;
      await this.flush(tx, importId, unitId, batch, tally);
      tally.sheets.push({ name: sheet.name, kind, rows: count });
    }
    if (recognised === 0) {
      throw new UnreadableFile('文件中没有可识别的数据表：请使用下载的模板，并保留第一行的列名');
    }
    return tally;
  }

  private checkRow(
    kind: RecordKind,
    sheet: string,
    row: SheetRow,
    recognition: SheetRecognition,
    context: CheckContext,
    timely: TimelyCheck,
  ): ImportRowData {
    const raw = rowValues(recognition, row.cells);
    const checked = checkRecord(kind, raw, context);
    const errors: Issue[] = [...checked.errors];
    const valid = errors.length === 0 && checked.record !== null;
    const record = valid ? checked.record : null;
    const values: Record<string, string> = {};
    for (const field in raw) values[field] = cellText(raw[field]);
    return {
      sheet,
      row: row.number,
      kind,
      values,
      record: record as ImportRowData['record'],
      // Duplicates are looked for when the batch is stored (flush), against the rows stored before it.
      duplicateKey: record ? duplicateKey(kind, record) : null,
      timely: record ? timely({ decisionDate: record.decisionDate as string, publicationDate: (record.publicationDate as string | null) ?? null, filingDay: context.filingDay }) : null,
      errors: errors as unknown as ImportRowData['errors'],
      warnings: checked.warnings as unknown as ImportRowData['warnings'],
      valid,
    };
  }

  /**
   * Checks a batch for repeats in the file (重复记录: against the rows stored before it, then within it) and
   * against the unit's library (重复报送), stores it, and adds it to the tally. Only a record's first row in
   * the file keeps its key, also when the library refuses it, so a later repeat names that row.
   */
  private async flush(tx: Tx, importId: number, unitId: number, batch: ImportRowData[], tally: Tally) {
    if (batch.length === 0) return;
    const kind = batch[0]!.kind as RecordKind;
    const refuse = (r: ImportRowData, issue: Issue, keepKey: boolean) => {
      r.errors = [...(r.errors as unknown as Issue[]), issue] as unknown as ImportRowData['errors'];
      Object.assign(r, { valid: false, record: null, timely: null, duplicateKey: keepKey ? r.duplicateKey : null });
    };
    const keysOf = (rows: ImportRowData[]) => rows.flatMap((r) => (r.duplicateKey ? [r.duplicateKey] : []));
    const inFile = createDuplicateTracker(await this.repo.importKeys(tx, importId, keysOf(batch)));
    for (const r of batch) {
      const first = inFile.seeKey(r.duplicateKey, r.row);
      if (first !== null) refuse(r, duplicateIssue(kind, first), false);
    }
    const known = await this.repo.existingKeys(tx, unitId, keysOf(batch));
    for (const r of batch) {
      if (r.duplicateKey && known.has(r.duplicateKey)) refuse(r, duplicateIssue(kind, null), true);
      // The standard's name of the column (the file's own may carry * marks or other brackets).
      const header = (i: Issue) => i.column;
      for (const e of r.errors as unknown as Issue[]) tally.issue('errors', { sheet: r.sheet, row: r.row, column: header(e), message: e.message });
      for (const w of r.warnings as unknown as Issue[]) tally.issue('warnings', { sheet: r.sheet, row: r.row, column: header(w), message: w.message });
      tally.rows++;
      if (r.valid) {
        tally.valid++;
        tally.validByKind.set(kind, (tally.validByKind.get(kind) ?? 0) + 1);
        if (r.timely === false) tally.late++;
      }
    }
    await this.repo.insertImportRows(tx, importId, batch);
  }

  /** Daily: drafts never filed go after a week. */
  @Cron('0 35 0 * * *', { timeZone: 'Asia/Shanghai', name: 'record-imports-sweep' })
  async sweepDrafts(): Promise<number> {
    return this.transactions.run(async (tx) => {
      const removed = await this.repo.deleteExpiredImports(tx, this.clock.now());
      if (removed > 0) await this.audit.record(tx, { user: null, action: 'SWEEP', resource: 'record-imports', recordId: 'expired', after: { removed } });
      return removed;
    });
  }
}

/** The first row (of the first few) that reads as a known header; the rows before it are titles. */
async function findHeader(rows: AsyncIterator<SheetRow>, kinds: readonly RecordKind[]) {
  for (let seen = 0; seen < HEADER_SEARCH_ROWS; ) {
    const next = await rows.next();
    if (next.done) return null;
    if (isBlankRow(next.value.cells)) continue;
    seen++;
    const recognition = recogniseSheet(next.value.cells, kinds);
    if (recognition.kind) return { row: next.value.number, recognition };
  }
  return null;
}

/** A promise whose rejection is reported where it is awaited, not as unhandled meanwhile. */
function observed<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

async function drain(rows: AsyncIterator<SheetRow>): Promise<void> {
  for (let next = await rows.next(); !next.done; next = await rows.next());
}

import { Injectable } from '@nestjs/common';
import { Prisma } from '../generated/prisma/client.ts';
import { type Db, PrismaService, type Tx } from '../database/prisma.service.ts';
import { toDbDate } from '../database/db-dates.ts';
import { forgetPrismaDebugHistory } from '../database/prisma-debug-history.ts';
import { idWhere, orderBy, type ListQuery } from '../common/list-query.ts';
import type { RecordFilter } from './records.dto.ts';

const RECORD_INCLUDE = { unit: { select: { name: true } }, stream: { select: { code: true, name: true } } } as const;

export interface ImportRowData {
  sheet: string;
  row: number;
  kind: Prisma.RecordImportRowCreateManyInput['kind'];
  values: Prisma.InputJsonValue;
  record: Prisma.InputJsonValue | null;
  duplicateKey: string | null;
  timely: boolean | null;
  errors: Prisma.InputJsonValue;
  warnings: Prisma.InputJsonValue;
  valid: boolean;
}

@Injectable()
export class RecordsRepository {
  constructor(private readonly prisma: PrismaService) {}

  // --- the library -------------------------------------------------------------------------------------

  private where(f: RecordFilter, onlyUnitId: number | null): Prisma.CreditRecordWhereInput {
    const q = f.q?.trim();
    return {
      AND: [
        idWhere(f.id),
        onlyUnitId !== null ? { unitId: onlyUnitId } : {},
        f.unitId !== undefined ? { unitId: f.unitId } : {},
        f.submissionId !== undefined ? { submissionId: f.submissionId } : {},
        f.kind !== undefined ? { kind: f.kind as Prisma.CreditRecordWhereInput['kind'] } : {},
        f.creditCode ? { creditCode: f.creditCode } : {},
        f.from ? { decisionDate: { gte: toDbDate(f.from) } } : {},
        f.to ? { decisionDate: { lte: toDbDate(f.to) } } : {},
        q
          ? {
              OR: [
                { subjectName: { startsWith: q } },
                { creditCode: q.toUpperCase() },
                { documentNumber: { startsWith: q } },
                { idNumber: q.toUpperCase() },
              ],
            }
          : {},
      ],
    };
  }

  async list(q: ListQuery<RecordFilter>, onlyUnitId: number | null) {
    const where = this.where(q.filter, onlyUnitId);
    const [items, total] = await Promise.all([
      this.prisma.creditRecord.findMany({ where, include: RECORD_INCLUDE, orderBy: orderBy(q.sort), skip: q.skip, take: q.take }),
      this.prisma.creditRecord.count({ where }),
    ]);
    return { items, total };
  }

  /** Every record the filter finds, in slices (the export writes them as they come). */
  async *each(f: RecordFilter, onlyUnitId: number | null, slice = 2_000) {
    const where = this.where(f, onlyUnitId);
    for (let after = 0; ; ) {
      const rows = await this.prisma.creditRecord.findMany({
        where: { AND: [where, { id: { gt: after } }] },
        include: RECORD_INCLUDE,
        orderBy: { id: 'asc' },
        take: slice,
      });
      if (rows.length === 0) return;
      yield* rows;
      after = rows.at(-1)!.id;
    }
  }

  findById(id: number) {
    return this.prisma.creditRecord.findUnique({ where: { id }, include: RECORD_INCLUDE });
  }

  /** Which of `keys` the unit's library already holds (one array parameter, the (unit_id, duplicate_key) index). */
  async existingKeys(db: Db, unitId: number, keys: string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const rows = await db.$queryRaw<{ duplicate_key: string }[]>`
      SELECT DISTINCT duplicate_key FROM records WHERE unit_id = ${unitId} AND duplicate_key = ANY(${keys}::text[])`;
    return new Set(rows.map((r) => r.duplicate_key));
  }

  /**
   * The rows of an import already stored that hold one of `keys` (a record's first row in the file), by key:
   * one probe of the partial (import_id, duplicate_key) index per key. (With `duplicate_key = ANY(…)` the
   * planner, trusting the statistics of a table this very transaction is filling, scanned every row of the
   * import at each batch.)
   */
  async importKeys(tx: Tx, importId: number, keys: string[]): Promise<Map<string, number>> {
    if (keys.length === 0) return new Map();
    const rows = await tx.$queryRaw<{ duplicate_key: string; row: number }[]>`
      SELECT k.key AS duplicate_key, r."row" FROM unnest(${keys}::text[]) AS k(key)
      CROSS JOIN LATERAL (SELECT "row" FROM record_import_rows WHERE import_id = ${importId} AND duplicate_key = k.key LIMIT 1) r`;
    return new Map(rows.map((r) => [r.duplicate_key, r.row]));
  }

  /** A returned version's records leave the library. */
  async removeForSubmission(tx: Tx, submissionId: number): Promise<number> {
    const { count } = await tx.creditRecord.deleteMany({ where: { submissionId } });
    return count;
  }

  insertRecords(tx: Tx, rows: Prisma.CreditRecordCreateManyInput[]) {
    return tx.creditRecord.createMany({ data: rows });
  }

  // --- imports -----------------------------------------------------------------------------------------

  createImport(tx: Tx, data: Prisma.RecordImportUncheckedCreateInput) {
    return tx.recordImport.create({ data });
  }

  /**
   * A batch of an import's rows in one statement with one JSON parameter (a data file has 100,000 rows:
   * createMany's per-value query building cost more than the database's work).
   */
  async insertImportRows(tx: Tx, importId: number, rows: ImportRowData[]): Promise<void> {
    await tx.$executeRaw`
      INSERT INTO record_import_rows (import_id, sheet, "row", kind, "values", record, duplicate_key, timely, errors, warnings, valid)
      SELECT ${importId}, x.sheet, x."row", x.kind::"RecordKind", x."values", x.record, x."duplicateKey", x.timely, x.errors, x.warnings, x.valid
      FROM json_to_recordset(${JSON.stringify(rows)}::json) AS x(
        sheet text, "row" int, kind text, "values" jsonb, record jsonb, "duplicateKey" text, timely boolean, errors jsonb, warnings jsonb, valid boolean)`;
    forgetPrismaDebugHistory();
  }

  updateImport(tx: Tx, id: number, data: Prisma.RecordImportUncheckedUpdateInput) {
    return tx.recordImport.update({ where: { id }, data });
  }

  findImport(id: number, db: Db = this.prisma) {
    return db.recordImport.findUnique({ where: { id } });
  }

  /** The import, row-locked for the filing transaction (two filings of one import serialise). */
  async lockImport(tx: Tx, id: number) {
    await tx.$queryRaw`SELECT id FROM record_imports WHERE id = ${id} FOR UPDATE`;
    return tx.recordImport.findUnique({ where: { id } });
  }

  /** An import's rows in spreadsheet order, in slices. */
  async *importRows(importId: number, onlyValid = false, db: Db = this.prisma, slice = 2_000) {
    for (let skip = 0; ; skip += slice) {
      const rows = await db.recordImportRow.findMany({
        where: { importId, ...(onlyValid ? { valid: true } : {}) },
        orderBy: [{ sheet: 'asc' }, { row: 'asc' }],
        skip,
        take: slice,
      });
      if (rows.length === 0) return;
      yield* rows;
      if (rows.length < slice) return;
    }
  }

  /** Rows found to be duplicates of the library at filing time stop being valid, with the error appended. */
  async markDuplicate(tx: Tx, importId: number, sheet: string, row: number, errors: Prisma.InputJsonValue) {
    await tx.recordImportRow.update({
      where: { importId_sheet_row: { importId, sheet, row } },
      data: { valid: false, record: Prisma.DbNull, errors },
    });
  }

  /** Drafts never filed, past their expiry. */
  async deleteExpiredImports(tx: Tx, now: Date): Promise<number> {
    const { count } = await tx.recordImport.deleteMany({ where: { submissionId: null, expiresAt: { lt: now } } });
    return count;
  }
}

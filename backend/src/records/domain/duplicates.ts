// Duplicates (RECORDS.md §2): the same 决定书文号 / 文书号 / 认定文号 for the same 相对人, twice in a file or
// already among the unit's accepted records (重复报送). The key is stable, so the caller can store it
// with each accepted record and look new ones up by it.

import { kindSpec, type RecordKind, type RecordValues } from './kinds.ts';
import type { Issue } from './checks.ts';

/** Compares document numbers and names the way people type them: NFKC, no white space, one kind of bracket. */
function keyPart(value: unknown): string {
  return typeof value === 'string'
    ? value.normalize('NFKC').replace(/\s+/gu, '').replace(/[〔【[（]/gu, '(').replace(/[〕】\]）]/gu, ')').toUpperCase()
    : '';
}

/**
 * The duplicate key of a (normalised) record, or null when it lacks the parts (a record with errors).
 * 双公示 and 红黑榜: kind, document number and the 相对人's name (the name is required in every kind,
 * while its code may be corrected in a later version). 信用代码 (no document number — a choice of ours):
 * the code, the 赋码类型 and the 赋码日期.
 */
export function duplicateKey(kind: RecordKind, record: RecordValues): string | null {
  const parts =
    kind === 'XYDM'
      ? [record.creditCode, record.assignmentType, record.decisionDate]
      : [record.documentNumber, record.subjectName];
  const keyed = parts.map(keyPart);
  return keyed.some((p) => p === '') ? null : [kind, ...keyed].join('|');
}

/** The column a duplicate is reported on. */
function duplicateField(kind: RecordKind): string {
  return kind === 'XYDM' ? 'creditCode' : 'documentNumber';
}

function what(kind: RecordKind): string {
  const spec = kindSpec(kind);
  const header = (field: string) => spec.columns.find((c) => c.field === field)!.header;
  return kind === 'XYDM'
    ? `${header('creditCode')}、${header('assignmentType')}及${header('decisionDate')}`
    : `${header('subjectName')}及${header('documentNumber')}`;
}

/**
 * The error of a duplicate: `firstRow` is the spreadsheet row of the earlier occurrence in the same file,
 * or null for a record already among the unit's accepted records.
 */
export function duplicateIssue(kind: RecordKind, firstRow: number | null): Issue {
  const field = duplicateField(kind);
  const column = kindSpec(kind).columns.find((c) => c.field === field)!.header;
  const message =
    firstRow === null
      ? `重复报送：${what(kind)}相同的记录已在本单位已接收的记录中`
      : `重复记录：${what(kind)}与本文件第 ${firstRow} 行相同`;
  return { field, column, message };
}

export interface DuplicateTracker {
  /**
   * Records a row's (valid) record; returns the row of the first occurrence when it is a duplicate (which
   * is not recorded), else null. A record without a key is never a duplicate.
   */
  see(kind: RecordKind, record: RecordValues, row: number): number | null;
  /** The same for a key the caller has computed already (duplicateKey of the record). */
  seeKey(key: string | null, row: number): number | null;
}

/**
 * Tracks records as they go by. `earlier`: the first rows of keys seen before (an import's batches already
 * stored), so a stream of any length needs in memory only the keys of one batch.
 */
export function createDuplicateTracker(earlier: ReadonlyMap<string, number> = new Map()): DuplicateTracker {
  const firstRows = new Map<string, number>(earlier);
  const seeKey = (key: string | null, row: number): number | null => {
    if (key === null) return null;
    const first = firstRows.get(key);
    if (first !== undefined) return first;
    firstRows.set(key, row);
    return null;
  };
  return { see: (kind, record, row) => seeKey(duplicateKey(kind, record), row), seeKey };
}

/**
 * Duplicates within a batch: for each record, the index of its first occurrence when it repeats an earlier
 * one, else null (also for null records, i.e. records with errors).
 */
export function findDuplicates(kind: RecordKind, records: readonly (RecordValues | null)[]): (number | null)[] {
  const tracker = createDuplicateTracker();
  return records.map((record, index) => (record === null ? null : tracker.see(kind, record, index)));
}

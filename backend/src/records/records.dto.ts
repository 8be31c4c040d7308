// What the records API takes and answers: the library's list filters, the import's response (DESIGN.md §3),
// and a record as each role may see it (ID numbers masked for anyone but the office and the unit itself).
import { z } from 'zod';
import { idFilter, type ListSpec, searchFilter } from '../common/list-query.ts';
import { id, idQuery, localDate } from '../common/validation.ts';
import type { CreditRecord, RecordImport } from '../generated/prisma/client.ts';
import { fromDbDate } from '../database/db-dates.ts';
import type { ImportSummary } from '@credit/contract/api';
import { KIND_SPECS, RECORD_KINDS, type RecordKind } from './domain/index.ts';

const recordFilter = z.object({
  id: idFilter,
  q: searchFilter,
  creditCode: z.string().trim().toUpperCase().max(18).optional(),
  kind: z.enum(RECORD_KINDS).optional(),
  unitId: idQuery().optional(),
  submissionId: idQuery().optional(),
  from: localDate.optional(),
  to: localDate.optional(),
});
export type RecordFilter = z.infer<typeof recordFilter>;

export const RECORD_LIST: ListSpec<typeof recordFilter> = {
  sortable: ['id', 'decisionDate', 'subjectName', 'kind'],
  defaultSort: ['decisionDate', 'DESC'],
  filter: recordFilter,
};

export const templateQuerySchema = z.object({
  stream: z.string().trim().min(1, '请指定报送事项').max(40),
  kind: z.enum(RECORD_KINDS).optional(),
});

export const importFieldsSchema = z.object({ obligationId: idQuery() });

export type { ImportSummary, RowIssue } from '@credit/contract/api';

/** The first issues an import answers with; all of them are in the marked file. */
export const ISSUES_SHOWN = 500;

export function toImportResponse(i: RecordImport) {
  const s = i.summary as unknown as ImportSummary;
  return {
    id: i.id,
    obligationId: i.obligationId,
    unitId: i.unitId,
    fileName: i.fileName,
    rows: i.rows,
    valid: i.valid,
    invalid: i.rows - i.valid,
    late: i.late,
    counts: s.counts,
    errors: s.errors,
    warnings: s.warnings,
    errorCount: s.errorCount,
    warningCount: s.warningCount,
    sheets: s.sheets,
    createdAt: i.createdAt,
    expiresAt: i.expiresAt,
    submissionId: i.submissionId,
  };
}

/** 4101 0219 9001 0112 34 → 410102********1234: enough to tell people apart, not enough to misuse. */
export const maskIdNumber = (value: string | null): string | null =>
  value === null ? null : value.length <= 8 ? '*'.repeat(value.length) : `${value.slice(0, 6)}${'*'.repeat(value.length - 10)}${value.slice(-4)}`;

/** The identity-number columns of each kind: masked for anyone but the office and the unit. */
const ID_FIELDS = Object.fromEntries(
  RECORD_KINDS.map((k) => [k, new Set(KIND_SPECS[k].columns.filter((c) => c.type === 'idNumber').map((c) => c.field))]),
) as Record<RecordKind, Set<string>>;

type RecordRow = CreditRecord & { unit: { name: string }; stream: { code: string; name: string } };

export function toRecordResponse(r: RecordRow, showIdNumber: boolean) {
  const data = r.data as Record<string, unknown>;
  const shown = showIdNumber
    ? data
    : Object.fromEntries(
        Object.entries(data).map(([field, v]) => [field, ID_FIELDS[r.kind].has(field) && typeof v === 'string' ? maskIdNumber(v) : v]),
      );
  return {
    id: r.id,
    unitId: r.unitId,
    unitName: r.unit.name,
    streamCode: r.stream.code,
    streamName: r.stream.name,
    submissionId: r.submissionId,
    importId: r.importId,
    sheet: r.sheet,
    row: r.row,
    kind: r.kind,
    subjectName: r.subjectName,
    creditCode: r.creditCode,
    idNumber: showIdNumber ? r.idNumber : maskIdNumber(r.idNumber),
    documentNumber: r.documentNumber,
    decisionDate: fromDbDate(r.decisionDate),
    publishedOn: r.publishedOn ? fromDbDate(r.publishedOn) : null,
    timely: r.timely,
    data: shown,
  };
}

/** The kinds with their sheet and column headers: how the dashboard labels a record's fields (GET /api/records/kinds). */
export const RECORD_KIND_LIST = RECORD_KINDS.map((kind) => ({
  kind,
  sheetName: KIND_SPECS[kind].sheetName,
  columns: KIND_SPECS[kind].columns.map((c) => ({ field: c.field, header: c.header, requirement: c.requirement })),
}));

export const fileImportSchema = z.object({ importId: id() });

// What the records API answers (DESIGN.md §3): a checked data file (an import) and the kinds' column headers.
import { useApi } from '../common/api';

/** Where a problem is: the sheet, the spreadsheet's own row number (header = 1), the file's header. */
export interface RowIssue {
  sheet: string;
  row: number | null;
  column: string | null;
  message: string;
}

export type AnnexCounts = Record<'legalPersonPenalties' | 'legalPersonLicenses' | 'naturalPersonPenalties' | 'naturalPersonLicenses', number>;

/** POST /api/records/imports, GET /api/records/imports/:id: the first 500 issues, the rest in the marked file. */
export interface RecordImport {
  id: number;
  obligationId: number;
  fileName: string;
  rows: number;
  valid: number;
  invalid: number;
  late: number;
  counts: AnnexCounts;
  errors: RowIssue[];
  warnings: RowIssue[];
  errorCount: number;
  warningCount: number;
  sheets: { name: string; kind: string | null; rows: number }[];
  expiresAt: string;
  submissionId: number | null;
}

/** GET /api/records/kinds: each kind's sheet and columns as the national template writes them. */
export interface RecordKindSpec {
  kind: string;
  sheetName: string;
  columns: { field: string; header: string; requirement: 'R' | 'C' | 'O' }[];
}

/** The kinds are fixed data: fetched once per session. */
export const useRecordKinds = () => useApi<RecordKindSpec[]>('/records/kinds');

/** The annex count a 双公示 kind feeds (附件1–4); 红黑榜 and 信用代码 feed none. */
export const COUNT_FIELD_OF: Readonly<Record<string, keyof AnnexCounts>> = {
  CF_LEGAL: 'legalPersonPenalties',
  XK_LEGAL: 'legalPersonLicenses',
  CF_NATURAL: 'naturalPersonPenalties',
  XK_NATURAL: 'naturalPersonLicenses',
};

export const RECORD_KINDS = ['CF_LEGAL', 'XK_LEGAL', 'CF_NATURAL', 'XK_NATURAL', 'HHB', 'XYDM'] as const;

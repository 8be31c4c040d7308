// Header rows (RECORDS.md §1): headers are matched by name after normalisation, column order does not
// matter, a sheet's kind is the one its header row names best; unknown columns are a warning (once), a
// missing required column or a column given twice is a file-level error.

import { KIND_SPECS, RECORD_KINDS, type ColumnSpec, type RecordKind } from './kinds.ts';
import { cellText } from './values.ts';

/**
 * The form headers are compared in: NFKC (full-width brackets, underscores, letters and digits become
 * half-width), no white space at all (WPS and Excel headers often carry line breaks; a CSV's BOM and
 * zero-width characters go too), no leading or trailing `*` (the mark of a required column), and the
 * 〔〕【】[] brackets read as ().
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/[\s\u200B-\u200D\u2060]+/gu, '')
    .replace(/^\*+|\*+$/gu, '')
    .replace(/[〔【[]/gu, '(')
    .replace(/[〕】\]]/gu, ')');
}

export interface RecognisedColumn {
  /** 0-based index in the header row. */
  readonly index: number;
  readonly field: string;
  /** The header as the file writes it (trimmed). */
  readonly header: string;
  readonly column: ColumnSpec;
}

export interface HeaderProblem {
  readonly index: number | null;
  /** The header as the file writes it, or the standard's header of a missing column. */
  readonly header: string;
  readonly message: string;
}

export interface SheetRecognition {
  /** null: the row is no known header row (a file-level error for a sheet that holds data). */
  readonly kind: RecordKind | null;
  readonly columns: readonly RecognisedColumn[];
  /** Column index → field. */
  readonly fieldByIndex: ReadonlyMap<number, string>;
  /** Field → the header as the file writes it (for error messages naming the file's own column). */
  readonly headerByField: ReadonlyMap<string, string>;
  /** Columns with a header that is not one of the kind's (warning; reported once per sheet). */
  readonly warnings: readonly HeaderProblem[];
  /** Missing required columns and columns given twice: file-level errors. */
  readonly errors: readonly HeaderProblem[];
}

const NORMALISED: ReadonlyMap<RecordKind, ReadonlyMap<string, ColumnSpec>> = new Map(
  RECORD_KINDS.map((kind) => [kind, new Map(KIND_SPECS[kind].columns.map((c) => [normaliseHeader(c.header), c]))]),
);

/**
 * Headers only one kind group has: a header row is recognised as a kind only if it holds one of that
 * kind's signature columns, so a sheet of notes or a stray table is not read as records.
 */
const SIGNATURES: Readonly<Record<RecordKind, readonly string[]>> = {
  CF_LEGAL: ['行政处罚决定书文号', '处罚决定日期'],
  XK_LEGAL: ['行政许可决定文书号', '许可决定日期'],
  CF_NATURAL: ['行政处罚决定书文号', '处罚决定日期'],
  XK_NATURAL: ['行政许可决定文书号', '许可决定日期'],
  HHB: ['认定文号', '名单类型'],
  XYDM: ['赋码类型', '赋码日期'],
};

function score(kind: RecordKind, headers: readonly string[]): { matched: number; missingRequired: number } {
  const columns = NORMALISED.get(kind)!;
  const present = new Set(headers.filter((h) => columns.has(h)));
  if (!SIGNATURES[kind].some((s) => present.has(normaliseHeader(s)))) return { matched: 0, missingRequired: 0 };
  const missingRequired = KIND_SPECS[kind].columns.filter(
    (c) => c.requirement === 'R' && !present.has(normaliseHeader(c.header)),
  ).length;
  return { matched: present.size, missingRequired };
}

/** The kind a header row names best: most known headers, then fewest missing required columns, then kind order. */
function bestKind(headers: readonly string[], allowed: readonly RecordKind[]): RecordKind | null {
  let best: { kind: RecordKind; matched: number; missingRequired: number } | null = null;
  for (const kind of allowed) {
    const s = score(kind, headers);
    if (s.matched === 0) continue;
    if (!best || s.matched > best.matched || (s.matched === best.matched && s.missingRequired < best.missingRequired)) {
      best = { kind, ...s };
    }
  }
  return best?.kind ?? null;
}

/**
 * Recognises a sheet by its header row. `allowedKinds` limits the candidates (the kinds of the
 * obligation's stream); by default every kind.
 */
export function recogniseSheet(
  headerCells: readonly unknown[],
  allowedKinds: readonly RecordKind[] = RECORD_KINDS,
): SheetRecognition {
  const texts = Array.from(headerCells, (cell) => cellText(cell));
  const normalised = texts.map((t) => normaliseHeader(t));
  const kind = bestKind(normalised, allowedKinds);
  if (kind === null) {
    return { kind, columns: [], fieldByIndex: new Map(), headerByField: new Map(), warnings: [], errors: [] };
  }
  const specs = NORMALISED.get(kind)!;
  const columns: RecognisedColumn[] = [];
  const warnings: HeaderProblem[] = [];
  const errors: HeaderProblem[] = [];
  const seen = new Map<string, RecognisedColumn>();
  normalised.forEach((name, index) => {
    const header = texts[index]!;
    if (name === '') return; // an empty header cell: a formatted but unused column
    const column = specs.get(name);
    if (!column) {
      warnings.push({ index, header, message: `未识别的列「${header}」，已忽略` });
      return;
    }
    const first = seen.get(column.field);
    if (first) {
      errors.push({ index, header, message: `列「${column.header}」重复（第 ${first.index + 1} 列与第 ${index + 1} 列）` });
      return;
    }
    const recognised = { index, field: column.field, header, column };
    seen.set(column.field, recognised);
    columns.push(recognised);
  });
  for (const column of KIND_SPECS[kind].columns) {
    if (column.requirement === 'R' && !seen.has(column.field)) {
      errors.push({ index: null, header: column.header, message: `缺少必填列「${column.header}」` });
    }
  }
  return {
    kind,
    columns,
    fieldByIndex: new Map(columns.map((c) => [c.index, c.field])),
    headerByField: new Map(columns.map((c) => [c.field, c.header])),
    warnings,
    errors,
  };
}

/** A data row of a recognised sheet as { field: cell }, for checkRecord. Cells of unknown columns are left out. */
export function rowValues(recognition: SheetRecognition, cells: readonly unknown[]): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const { index, field } of recognition.columns) row[field] = cells[index];
  return row;
}

/** Whether every cell of a row is empty (such rows are skipped, not counted). */
export function isBlankRow(cells: readonly unknown[]): boolean {
  for (let i = 0; i < cells.length; i++) if (cellText(cells[i]) !== '') return false;
  return true;
}

// The office's tables as .xlsx (exceljs): a title row, a subtitle, a header row, the data rows and a totals
// row whose sums are formulas (with their values cached, so a reader without recalculation sees them too).
// One layout for every table the system exports: statistics tables, the roster, the assessment.
// Written with exceljs' streaming writer, committing each row as it goes: a province's assessment has
// hundreds of thousands of deduction rows, which an in-memory workbook would hold as objects all at once.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';

/** A workbook being written, and the bytes it has produced. */
export interface StreamedWorkbook {
  wb: ExcelJS.stream.xlsx.WorkbookWriter;
  chunks: Buffer[];
}

export type CellValue = string | number | null;

export interface SheetColumn<T> {
  header: string;
  /** Width in characters. */
  width: number;
  value: (row: T, index: number) => CellValue;
  /** Number format, e.g. '0.00' or '0.0%'. */
  numFmt?: string;
  /** The totals row sums this column (a SUM formula over the data rows). */
  sum?: boolean;
}

export interface TableSheet<T> {
  name: string;
  title: string;
  subtitle?: string;
  columns: SheetColumn<T>[];
  rows: readonly T[];
  /** The totals row: its label (first column) and any fixed values per column header. */
  totals?: { label: string; values?: Record<string, CellValue> };
  /** A last line under the table (a note, the source of the data). */
  note?: string;
}

/** Where the header row is; data rows follow it. Exported for readers of the files (tests). */
export const HEADER_ROW = 3;

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const FONT = '宋体';

function styleRow(row: ExcelJS.Row, columns: number, font: Partial<ExcelJS.Font>, fill?: string): void {
  for (let c = 1; c <= columns; c++) {
    const cell = row.getCell(c);
    cell.border = THIN;
    cell.font = { name: FONT, size: 11, ...font };
    cell.alignment = { vertical: 'middle', horizontal: c === 1 ? 'center' : undefined, wrapText: true };
    if (fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
  }
}

function mergedLine(sheet: ExcelJS.Worksheet, rowNumber: number, columns: number, text: string, font: Partial<ExcelJS.Font>, horizontal: 'center' | 'left') {
  sheet.mergeCells(rowNumber, 1, rowNumber, columns);
  const cell = sheet.getRow(rowNumber).getCell(1);
  cell.value = text;
  cell.font = { name: FONT, ...font };
  cell.alignment = { horizontal, vertical: 'middle', wrapText: true };
}

export function addTableSheet<T>({ wb }: StreamedWorkbook, spec: TableSheet<T>): void {
  const n = spec.columns.length;
  const sheet = wb.addWorksheet(spec.name, {
    pageSetup: { paperSize: 9, orientation: n > 8 ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
  });
  spec.columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
  });
  mergedLine(sheet, 1, n, spec.title, { size: 16, bold: true }, 'center');
  sheet.getRow(1).height = 30;
  mergedLine(sheet, 2, n, spec.subtitle ?? '', { size: 11 }, 'left');

  sheet.getRow(1).commit();
  sheet.getRow(2).commit();

  const header = sheet.getRow(HEADER_ROW);
  header.values = spec.columns.map((c) => c.header);
  styleRow(header, n, { bold: true }, 'FFD9D9D9');
  for (let c = 1; c <= n; c++) header.getCell(c).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  header.commit();

  spec.rows.forEach((row, i) => {
    const r = sheet.getRow(HEADER_ROW + 1 + i);
    r.values = spec.columns.map((c) => c.value(row, i));
    styleRow(r, n, {});
    spec.columns.forEach((c, ci) => {
      if (c.numFmt) r.getCell(ci + 1).numFmt = c.numFmt;
    });
    r.commit();
  });

  let next = HEADER_ROW + spec.rows.length + 1;
  if (spec.totals) addTotals(sheet, spec, next++);
  if (spec.note) {
    mergedLine(sheet, next, n, spec.note, { size: 10, color: { argb: 'FF595959' } }, 'left');
    sheet.getRow(next).commit();
  }
  sheet.commit();
}

function addTotals<T>(sheet: ExcelJS.Worksheet, spec: TableSheet<T>, rowNumber: number): void {
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + spec.rows.length;
  const r = sheet.getRow(rowNumber);
  spec.columns.forEach((c, i) => {
    const cell = r.getCell(i + 1);
    const fixed = spec.totals!.values?.[c.header];
    if (i === 0) cell.value = spec.totals!.label;
    else if (fixed !== undefined) cell.value = fixed;
    else if (c.sum) {
      const letter = sheet.getColumn(i + 1).letter;
      const result = spec.rows.reduce((total, row, ri) => total + Number(c.value(row, ri) ?? 0), 0);
      cell.value = spec.rows.length > 0 ? { formula: `SUM(${letter}${first}:${letter}${last})`, result } : 0;
    }
    if (c.numFmt) cell.numFmt = c.numFmt;
  });
  styleRow(r, spec.columns.length, { bold: true }, 'FFF2F2F2');
  r.commit();
}

export async function workbookBuffer({ wb, chunks }: StreamedWorkbook): Promise<Buffer> {
  await wb.commit();
  return Buffer.concat(chunks);
}

export function newWorkbook(creator: string, created: Date): StreamedWorkbook {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  wb.creator = creator;
  wb.created = created;
  return { wb, chunks };
}

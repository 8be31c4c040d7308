// The office's tables as .xlsx (exceljs): a title row, a subtitle, a 制表单位 / 制表日期 row, a header row, the
// data rows and a totals row whose sums are formulas (with their values cached, so a reader without
// recalculation sees them too). Ready to print: A4 (landscape when wide) fitted to the width, the header row
// repeated on every page, "第 N 页 共 M 页" in the footer, the 附件 label at the top left of the first page,
// rows as high as their wrapped text. One layout for every table the system exports.
// Written with exceljs' streaming writer, committing each row as it goes: a province's assessment has
// hundreds of thousands of deduction rows, which an in-memory workbook would hold as objects all at once.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { shanghaiDate } from '../domain/dates.ts';
import { chineseDate } from '../domain/labels.ts';

/** A workbook being written, and the bytes it has produced. */
export interface StreamedWorkbook {
  wb: ExcelJS.stream.xlsx.WorkbookWriter;
  chunks: Buffer[];
  /** 制表单位 and 制表日期 of its sheets. */
  maker: { unit: string; date: string };
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
  /** The totals row averages this column (an AVERAGE formula over the data rows). */
  average?: boolean;
}

export interface TableSheet<T> {
  name: string;
  /** '附件5': printed at the top left of the first page. */
  attachment?: string;
  title: string;
  subtitle?: string;
  /** Print the sheet on one page (a table of a few dozen rows whose totals row must not stand alone on page 2). */
  onePage?: boolean;
  /** A warning printed in red on the subtitle row (e.g. a period that starts before tracking began). */
  warning?: string;
  columns: SheetColumn<T>[];
  rows: readonly T[];
  /** The totals row: its label (first column) and any fixed values per column header. */
  totals?: { label: string; values?: Record<string, CellValue> };
  /** Lines under the table (notes, the rules, the source of the data), one merged row each: never over it. */
  note?: string | readonly string[];
}

/** Where the header row is; data rows follow it. Exported for readers of the files (tests). */
export const HEADER_ROW = 4;

/** The page footer of every sheet. */
export const PAGE_FOOTER = '&C第 &P 页 共 &N 页';

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const FONT = '宋体';
const LINE_HEIGHT = 15;
/** Column widths (characters) that an A4 portrait page holds at 100 %; wider tables print landscape. */
const PORTRAIT_WIDTH = 95;

/** Display width in Excel's character units: CJK counts two. */
const displayWidth = (text: string) => [...text].reduce((n, c) => n + (c.charCodeAt(0) < 0x80 ? 1 : 2), 0);

/** A height for a row whose cells wrap: lines needed by the fullest cell (widths in characters). */
function fitHeight(row: ExcelJS.Row, values: readonly CellValue[], widths: readonly number[]): void {
  const lines = Math.max(1, ...values.map((v, i) => (v === null ? 1 : Math.ceil(displayWidth(String(v)) / Math.max(1, widths[i]! - 1)))));
  if (lines > 1) row.height = lines * LINE_HEIGHT;
}

function styleRow(row: ExcelJS.Row, columns: number, font: Partial<ExcelJS.Font>, fill?: string): void {
  for (let c = 1; c <= columns; c++) {
    const cell = row.getCell(c);
    cell.border = THIN;
    cell.font = { name: FONT, size: 11, ...font };
    cell.alignment = { vertical: 'middle', horizontal: c === 1 ? 'center' : undefined, wrapText: true };
    if (fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
  }
}

/**
 * The data cells' style (as styleRow's, with the column's number format), one object per column and kind of
 * value shared by every row: exceljs then finds a cell's style id by the object (a WeakMap) instead of
 * rendering and looking up its XML for each of hundreds of thousands of cells. Never changed once shared.
 */
function dataStyles(columns: readonly SheetColumn<never>[]): { number: Partial<ExcelJS.Style>; other: Partial<ExcelJS.Style> }[] {
  return columns.map((c, ci) => {
    const style = (): Partial<ExcelJS.Style> => ({
      border: THIN,
      font: { name: FONT, size: 11 },
      alignment: { vertical: 'middle', horizontal: ci === 0 ? 'center' : undefined, wrapText: true },
      ...(c.numFmt ? { numFmt: c.numFmt } : {}),
    });
    // Apart by kind: a number without a format gets the General format, a text none (exceljs keys the id by the object).
    return { number: style(), other: style() };
  });
}

function mergedLine(sheet: ExcelJS.Worksheet, rowNumber: number, columns: number, text: string, font: Partial<ExcelJS.Font>, horizontal: 'center' | 'left') {
  sheet.mergeCells(rowNumber, 1, rowNumber, columns);
  const cell = sheet.getRow(rowNumber).getCell(1);
  cell.value = text;
  cell.font = { name: FONT, ...font };
  cell.alignment = { horizontal, vertical: 'middle', wrapText: true };
}

export function addTableSheet<T>({ wb, maker }: StreamedWorkbook, spec: TableSheet<T>): void {
  const n = spec.columns.length;
  const widths = spec.columns.map((c) => c.width);
  const total = widths.reduce((a, b) => a + b, 0);
  const sheet = wb.addWorksheet(spec.name, {
    pageSetup: {
      paperSize: 9,
      orientation: total > PORTRAIT_WIDTH ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: spec.onePage ? 1 : 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      horizontalCentered: true,
    },
    headerFooter: {
      differentFirst: !!spec.attachment,
      ...(spec.attachment ? { firstHeader: `&L&"黑体,常规"&14${spec.attachment}`, firstFooter: PAGE_FOOTER } : {}),
      oddFooter: PAGE_FOOTER,
    },
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
  });
  spec.columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
  });
  mergedLine(sheet, 1, n, spec.title, { size: 16, bold: true }, 'center');
  sheet.getRow(1).height = 30;
  const subtitle = [spec.warning, spec.subtitle].filter(Boolean).join('');
  mergedLine(sheet, 2, n, subtitle, spec.warning ? { size: 11, bold: true, color: { argb: 'FFC00000' } } : { size: 11 }, 'left');
  fitHeight(sheet.getRow(2), [subtitle], [total]);
  makerLine(sheet, n, maker);

  for (const r of [1, 2, 3]) sheet.getRow(r).commit();

  const header = sheet.getRow(HEADER_ROW);
  header.values = spec.columns.map((c) => c.header);
  styleRow(header, n, { bold: true }, 'FFD9D9D9');
  for (let c = 1; c <= n; c++) header.getCell(c).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  header.commit();

  const styles = dataStyles(spec.columns);
  spec.rows.forEach((row, i) => {
    const r = sheet.getRow(HEADER_ROW + 1 + i);
    const values = spec.columns.map((c) => c.value(row, i));
    r.values = values;
    values.forEach((v, ci) => {
      r.getCell(ci + 1).style = typeof v === 'number' ? styles[ci]!.number : styles[ci]!.other;
    });
    fitHeight(r, values, widths);
    r.commit();
  });

  let next = HEADER_ROW + spec.rows.length + 1;
  if (spec.totals) addTotals(sheet, spec, next++);
  for (const line of typeof spec.note === 'string' ? [spec.note] : (spec.note ?? [])) {
    mergedLine(sheet, next, n, line, { size: 10, color: { argb: 'FF595959' } }, 'left');
    fitHeight(sheet.getRow(next), [line], [total]);
    sheet.getRow(next++).commit();
  }
  sheet.commit();
}

/** 制表单位 on the left half of the row under the subtitle, 制表日期 on the right. */
function makerLine(sheet: ExcelJS.Worksheet, n: number, maker: StreamedWorkbook['maker']): void {
  const split = Math.max(1, Math.floor(n / 2));
  sheet.mergeCells(3, 1, 3, split);
  if (split < n) sheet.mergeCells(3, split + 1, 3, n);
  const row = sheet.getRow(3);
  row.getCell(1).value = `制表单位：${maker.unit}`;
  row.getCell(1).alignment = { horizontal: 'left', vertical: 'middle' };
  const date = row.getCell(split < n ? split + 1 : 1);
  date.value = split < n ? `制表日期：${maker.date}` : `制表单位：${maker.unit}　制表日期：${maker.date}`;
  date.alignment = { horizontal: split < n ? 'right' : 'left', vertical: 'middle' };
  for (const c of [1, split + 1]) row.getCell(c).font = { name: FONT, size: 11 };
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
    else if (c.sum || c.average) {
      const letter = sheet.getColumn(i + 1).letter;
      const sum = spec.rows.reduce((total, row, ri) => total + Number(c.value(row, ri) ?? 0), 0);
      const [fn, result] = c.average ? ['AVERAGE', Math.round((sum / Math.max(1, spec.rows.length)) * 100) / 100] : ['SUM', sum];
      cell.value = spec.rows.length > 0 ? { formula: `${fn}(${letter}${first}:${letter}${last})`, result } : c.average ? null : 0;
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
  return { wb, chunks, maker: { unit: creator, date: chineseDate(shanghaiDate(created)) } };
}

// The office's tables as .xlsx (exceljs): a title row, a subtitle, a header row, the data rows and a totals
// row whose sums are formulas (with their values cached, so a reader without recalculation sees them too).
// One layout for every table the system exports: statistics tables, the roster, the assessment.
import ExcelJS from 'exceljs';

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

export function addTableSheet<T>(wb: ExcelJS.Workbook, spec: TableSheet<T>): ExcelJS.Worksheet {
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

  const header = sheet.getRow(HEADER_ROW);
  header.values = spec.columns.map((c) => c.header);
  styleRow(header, n, { bold: true }, 'FFD9D9D9');
  for (let c = 1; c <= n; c++) header.getCell(c).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };

  spec.rows.forEach((row, i) => {
    const r = sheet.getRow(HEADER_ROW + 1 + i);
    r.values = spec.columns.map((c) => c.value(row, i));
    styleRow(r, n, {});
    spec.columns.forEach((c, ci) => {
      if (c.numFmt) r.getCell(ci + 1).numFmt = c.numFmt;
    });
  });

  if (spec.totals) addTotals(sheet, spec);
  if (spec.note) {
    const at = sheet.rowCount + 1;
    mergedLine(sheet, at, n, spec.note, { size: 10, color: { argb: 'FF595959' } }, 'left');
  }
  return sheet;
}

function addTotals<T>(sheet: ExcelJS.Worksheet, spec: TableSheet<T>): void {
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + spec.rows.length;
  const r = sheet.getRow(last + 1);
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
}

export async function workbookBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function newWorkbook(creator: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = creator;
  wb.created = new Date();
  return wb;
}

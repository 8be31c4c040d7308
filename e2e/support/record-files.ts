// Data files as units make them: the downloaded template filled in with exceljs, a CSV, a WPS-style header.
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { KIND_SPECS, type RecordKind } from '../../backend/src/records/domain/index.ts';

export type Row = Record<string, unknown>;

/** Fills the template's sheets (by kind) with rows given by field; returns the .xlsx bytes. */
export async function fillTemplate(template: Buffer, rows: Partial<Record<RecordKind, Row[]>>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  for (const [kind, list] of Object.entries(rows) as [RecordKind, Row[]][]) {
    const spec = KIND_SPECS[kind];
    const ws = wb.getWorksheet(spec.sheetName)!;
    list.forEach((row, i) => spec.columns.forEach((c, j) => {
      const v = row[c.field];
      if (v !== undefined && v !== null) ws.getCell(i + 2, j + 1).value = v as ExcelJS.CellValue;
    }));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** One kind as a CSV in the encoding given; `header` may restyle the headers (WPS: `*` marks, full-width brackets). */
export function csvFile(kind: RecordKind, rows: Row[], encoding: 'utf8' | 'gb18030', header = (h: string) => h): Buffer {
  const columns = KIND_SPECS[kind].columns;
  const field = (v: unknown) => {
    const s = v instanceof Date ? v.toISOString().slice(0, 10) : v === undefined || v === null ? '' : String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [columns.map((c) => field(header(c.header))).join(','), ...rows.map((r) => columns.map((c) => field(r[c.field])).join(','))];
  return iconv.encode(`${lines.join('\r\n')}\r\n`, encoding);
}

/** A workbook with one sheet of the kind, headers styled as WPS users save them: `*` marks, half-width brackets. */
export async function wpsWorkbook(kind: RecordKind, rows: Row[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  const columns = KIND_SPECS[kind].columns;
  ws.addRow(columns.map((c) => `${c.requirement === 'R' ? '*' : ''}${c.header.replace(/（/g, '(').replace(/）/g, ')')}`));
  for (const r of rows) ws.addRow(columns.map((c) => (r[c.field] ?? null) as ExcelJS.CellValue));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

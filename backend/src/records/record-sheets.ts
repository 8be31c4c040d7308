// Records back out as spreadsheets, in the national template's columns (so they re-import as they are): the
// library's export for the city platform, and a unit's import marked — bad cells filled red, warnings
// yellow, and a 错误说明 column — so the unit can correct its own file and file again (补报).
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { type ColumnSpec, KIND_SPECS, type RecordKind, type RecordValue } from './domain/index.ts';
import { templateHeader } from './record-template.ts';

export interface SheetLine {
  /** Cell text by field. */
  cells: Readonly<Record<string, string>>;
  /** Fields with an error, and with a warning; the explanation of both. */
  errorFields?: ReadonlySet<string>;
  warningFields?: ReadonlySet<string>;
  note?: string;
}

const RED = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } } as const;
const YELLOW = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } } as const;

export interface RecordWorkbook {
  wb: ExcelJS.stream.xlsx.WorkbookWriter;
  done: Promise<Buffer>;
}

export function recordWorkbook(creator: string, created: Date): RecordWorkbook {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  wb.creator = creator;
  wb.created = created;
  return { wb, done };
}

/** One kind's sheet, written and committed row by row; `withNotes` adds the 错误说明 column. */
export async function writeKindSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, kind: RecordKind, lines: AsyncIterable<SheetLine>, withNotes = false) {
  const columns = KIND_SPECS[kind].columns;
  const ws = wb.addWorksheet(KIND_SPECS[kind].sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    ...columns.map((c) => ({ header: templateHeader(c), key: c.field, width: Math.max(12, c.header.length * 2 + 2) })),
    ...(withNotes ? [{ header: '错误说明', key: '__note', width: 60 }] : []),
  ];
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).commit();
  let n = 0;
  for await (const line of lines) {
    const row = ws.addRow([...columns.map((c) => line.cells[c.field] ?? ''), ...(withNotes ? [line.note ?? ''] : [])]);
    columns.forEach((c, i) => {
      if (line.errorFields?.has(c.field)) row.getCell(i + 1).fill = RED;
      else if (line.warningFields?.has(c.field)) row.getCell(i + 1).fill = YELLOW;
    });
    row.commit();
    n++;
  }
  ws.commit();
  return n;
}

/** A normalised value as the template writes it: lists joined by "；", an open end date as 长期. */
export function cellOf(column: ColumnSpec, value: RecordValue | undefined): string {
  if (value === null || value === undefined) return column.endDate && column.requirement === 'R' ? '长期' : '';
  return Array.isArray(value) ? value.join('；') : String(value);
}

export function recordCells(kind: RecordKind, record: Readonly<Record<string, RecordValue>>): Record<string, string> {
  return Object.fromEntries(KIND_SPECS[kind].columns.map((c) => [c.field, cellOf(c, record[c.field])]));
}

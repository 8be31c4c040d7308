// Reads a unit's data file as sheets of rows, streaming: an .xlsx through exceljs' streaming reader (sheet by
// sheet, row by row, never the whole workbook), a .csv in UTF-8 or GB18030 through fast-csv. Rows carry the
// spreadsheet's own row number, so errors can name the row a clerk sees.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'fast-csv';
import iconv from 'iconv-lite';
import JSZip from 'jszip';

export type Cell = string | number | boolean | Date | null;

export interface SheetRow {
  /** The spreadsheet's row number (header = 1 in a file whose header is on the first line). */
  number: number;
  cells: Cell[];
}

export interface SheetStream {
  name: string;
  rows: AsyncIterable<SheetRow>;
}

/** A file that cannot be read as a data file at all: a 400 with this message. */
export class UnreadableFile extends Error {}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

export function fileType(name: string, head: Buffer): 'xlsx' | 'csv' {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  const startsWith = (sig: number[]) => sig.every((b, i) => head[i] === b);
  if (startsWith(OLE)) throw new UnreadableFile('这是旧版 Excel（.xls）文件，请在 Excel 或 WPS 中“另存为”.xlsx 后再上传');
  if (ext === 'xlsx' || ext === 'xlsm') {
    if (!startsWith(ZIP)) throw new UnreadableFile('文件内容不是 Excel 工作簿（.xlsx），请确认文件未损坏');
    return 'xlsx';
  }
  if (ext === 'csv' || ext === 'txt') {
    if (head.subarray(0, 4096).includes(0)) throw new UnreadableFile('文件内容不是 CSV 文本');
    return 'csv';
  }
  throw new UnreadableFile('仅支持 .xlsx 或 .csv 文件（请使用下载的模板填写）');
}

/** The sheets of a file, in file order. `content` is read once; sheets are produced as they are parsed. */
export async function* readSheets(name: string, content: Buffer): AsyncGenerator<SheetStream> {
  if (fileType(name, content) === 'csv') {
    yield { name: name.replace(/\.[^.]+$/, ''), rows: csvRows(content) };
    return;
  }
  yield* xlsxSheets(content);
}

async function* xlsxSheets(content: Buffer): AsyncGenerator<SheetStream> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([await streamingOrder(content)]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache', // date cells come back as dates
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  try {
    for await (const sheet of reader) {
      yield { name: sheetName(reader, sheet as unknown as { id: number; name: string }), rows: xlsxRows(sheet) };
    }
  } catch (error) {
    if (error instanceof UnreadableFile) throw error;
    throw new UnreadableFile('无法读取该 Excel 文件，请用 Excel 或 WPS 打开后重新保存为 .xlsx');
  }
}

/** Where a part must come for the streaming reader to take the workbook in one pass. */
function partRank(name: string): number {
  if (name === '[Content_Types].xml') return 0;
  if (name.startsWith('_rels/')) return 1;
  if (name === 'xl/workbook.xml') return 2;
  if (name.startsWith('xl/_rels/')) return 3;
  if (name === 'xl/styles.xml') return 4;
  if (name === 'xl/sharedStrings.xml') return 5;
  return /^xl\/worksheets\/sheet\d+\.xml$/.test(name) ? 7 : 6;
}

/**
 * The same workbook with its parts in reading order. Streaming writers (ours among them) put the sheets before
 * workbook.xml; exceljs' streaming reader then parks them in temporary files, and that path fails now and then
 * with FILE_ENDED when the reader is slow. Reordering reuses each part's compressed bytes (no recompression).
 */
async function streamingOrder(content: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(content).catch(() => {
    throw new UnreadableFile('无法读取该 Excel 文件，请用 Excel 或 WPS 打开后重新保存为 .xlsx');
  });
  const names = Object.keys(zip.files).sort((a, b) => partRank(a) - partRank(b));
  for (const name of names) {
    const part = zip.files[name]!;
    delete zip.files[name];
    zip.files[name] = part;
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

interface ReaderModel {
  model?: { sheets?: { name: string; id: number; rId: string }[] };
  workbookRels?: { Id: string; Target: string }[];
}

/** The sheet's own name from workbook.xml (the streaming reader calls every sheet "SheetN"). */
function sheetName(reader: unknown, sheet: { id: number | string; name: string }): string {
  const r = reader as ReaderModel;
  const rel = r.workbookRels?.find((x) => x.Target.replace(/^\/?xl\//, '') === `worksheets/sheet${sheet.id}.xml`);
  return r.model?.sheets?.find((s) => s.rId === rel?.Id)?.name ?? sheet.name;
}

async function* xlsxRows(sheet: AsyncIterable<unknown>): AsyncGenerator<SheetRow> {
  for await (const item of sheet) {
    const row = item as ExcelJS.Row;
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    yield { number: row.number, cells: values.map(cellValue) };
  }
}

/** A cell's plain value: rich text and hyperlinks as their text, formulas as their result. */
function cellValue(v: ExcelJS.CellValue | undefined): Cell {
  if (v === undefined || v === null) return null;
  if (v instanceof Date || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('result' in v) return cellValue(v.result as ExcelJS.CellValue);
    if ('error' in v) return null;
  }
  return String(v);
}

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8, else GB18030 (what Excel and WPS save in China). */
export function decodeText(content: Buffer): string {
  const utf8 = new TextDecoder('utf-8', { fatal: false }).decode(content);
  const text = utf8.includes('\uFFFD') ? iconv.decode(content, 'gb18030') : utf8;
  return text.replace(/^\uFEFF/, '');
}

async function* csvRows(content: Buffer): AsyncGenerator<SheetRow> {
  const parser = Readable.from([decodeText(content)]).pipe(parseCsv({ ignoreEmpty: false, trim: false }));
  let number = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      number += 1;
      yield { number, cells: cells.map((c) => (c === '' ? null : c)) };
    }
  } catch {
    throw new UnreadableFile(`CSV 文件第 ${number + 1} 行格式错误（引号不配对？）`);
  }
}

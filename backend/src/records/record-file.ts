// Reads a unit's data file as sheets of rows, streaming: an .xlsx sheet by sheet, row by row (xlsx-reader.ts:
// never the whole workbook as objects), a .csv in UTF-8 or GB18030 through fast-csv. Rows carry the
// spreadsheet's own row number, so errors can name the row a clerk sees.
import { Readable } from 'node:stream';
import { parse as parseCsv } from 'fast-csv';
import iconv from 'iconv-lite';
import { openXlsx } from './xlsx-reader.ts';

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
  let sheets;
  try {
    sheets = await openXlsx(content);
  } catch {
    throw new UnreadableFile('无法读取该 Excel 文件，请用 Excel 或 WPS 打开后重新保存为 .xlsx');
  }
  for (const sheet of sheets) yield { name: sheet.name, rows: readable(sheet.rows) };
}

/** A sheet's rows; a part that cannot be inflated or parsed reads as an unreadable file. */
async function* readable(rows: AsyncIterable<SheetRow>): AsyncGenerator<SheetRow> {
  try {
    yield* rows;
  } catch {
    throw new UnreadableFile('无法读取该 Excel 文件中的工作表，请用 Excel 或 WPS 打开后重新保存为 .xlsx');
  }
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

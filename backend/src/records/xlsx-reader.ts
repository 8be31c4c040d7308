// A small streaming reader of .xlsx sheets: the archive is opened by its central directory (JSZip, random
// access, whatever order the parts were written in), each sheet's XML is inflated and parsed as a stream
// (saxes), row by row. exceljs' streaming reader was dropped here: fed a workbook whose sheets precede
// workbook.xml (as streaming writers write them) it parks sheets in temporary files and, with a slow
// consumer, now and then loses them or fails with FILE_ENDED.
import { Readable } from 'node:stream';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';

export type XlsxCell = string | number | boolean | Date | null;

export interface XlsxRow {
  number: number;
  cells: XlsxCell[];
}

export interface XlsxSheet {
  name: string;
  rows: AsyncIterable<XlsxRow>;
}

/** Built-in number formats that are dates or times (ECMA-376 §18.8.30). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

const attr = (node: { attributes: Record<string, unknown> }, name: string): string | undefined => {
  const v = node.attributes[name];
  return typeof v === 'string' ? v : undefined;
};

/** Parses a whole (small) part: workbook, rels, styles, shared strings. */
async function parsePart(zip: JSZip, path: string, onOpen: (name: string, node: { attributes: Record<string, unknown> }) => void, onText?: (t: string) => void, onClose?: (name: string) => void) {
  const file = zip.file(path);
  if (!file) return false;
  const parser = new SaxesParser();
  parser.on('opentag', (node) => onOpen(node.name, node as unknown as { attributes: Record<string, unknown> }));
  if (onText) parser.on('text', onText);
  if (onClose) parser.on('closetag', (node) => onClose(node.name));
  parser.write(await file.async('string')).close();
  return true;
}

/** The sheets in workbook order. Throws when the archive is no workbook. */
export async function openXlsx(content: Buffer): Promise<XlsxSheet[]> {
  const zip = await JSZip.loadAsync(content);
  const sheets: { name: string; rid: string }[] = [];
  if (!(await parsePart(zip, 'xl/workbook.xml', (n, node) => n === 'sheet' && sheets.push({ name: attr(node, 'name') ?? '', rid: attr(node, 'r:id') ?? '' })))) {
    throw new Error('no xl/workbook.xml');
  }
  const targets = new Map<string, string>();
  await parsePart(zip, 'xl/_rels/workbook.xml.rels', (n, node) => n === 'Relationship' && targets.set(attr(node, 'Id') ?? '', attr(node, 'Target') ?? ''));
  const strings = await sharedStrings(zip);
  const dateStyles = await dateStyleIndexes(zip);
  return sheets.map(({ name, rid }) => {
    const target = (targets.get(rid) ?? '').replace(/^\//, '');
    const path = target.startsWith('xl/') ? target : `xl/${target}`;
    return { name, rows: sheetRows(zip, path, strings, dateStyles) };
  });
}

async function sharedStrings(zip: JSZip): Promise<string[]> {
  const out: string[] = [];
  let current: string | null = null;
  let inText = false;
  let inPhonetic = false;
  await parsePart(
    zip,
    'xl/sharedStrings.xml',
    (n) => {
      if (n === 'si') current = '';
      else if (n === 't') inText = true;
      else if (n === 'rPh') inPhonetic = true;
    },
    (t) => {
      if (inText && !inPhonetic && current !== null) current += t;
    },
    (n) => {
      if (n === 't') inText = false;
      else if (n === 'rPh') inPhonetic = false;
      else if (n === 'si') {
        out.push(current ?? '');
        current = null;
      }
    },
  );
  return out;
}

/** The cell style indexes (`s`) whose number format is a date or time. */
async function dateStyleIndexes(zip: JSZip): Promise<Set<number>> {
  const custom = new Map<number, string>();
  const xfs: number[] = [];
  let inCellXfs = false;
  await parsePart(
    zip,
    'xl/styles.xml',
    (n, node) => {
      if (n === 'numFmt') custom.set(Number(attr(node, 'numFmtId')), attr(node, 'formatCode') ?? '');
      else if (n === 'cellXfs') inCellXfs = true;
      else if (n === 'xf' && inCellXfs) xfs.push(Number(attr(node, 'numFmtId') ?? 0));
    },
    undefined,
    (n) => {
      if (n === 'cellXfs') inCellXfs = false;
    },
  );
  const isDate = (id: number) => {
    if (DATE_FORMAT_IDS.has(id)) return true;
    const code = custom.get(id);
    // Quoted text, [colours] and escapes are not format letters; a date format has y, d or m/h/s letters.
    return code !== undefined && /[ydhs]|m(?!\w*")/i.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '')) && !/^@$|^General$/i.test(code);
  };
  return new Set(xfs.flatMap((id, i) => (isDate(id) ? [i] : [])));
}

/** Column index (0-based) of a cell reference like "AB12". */
function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

async function* sheetRows(zip: JSZip, path: string, strings: readonly string[], dateStyles: ReadonlySet<number>): AsyncGenerator<XlsxRow> {
  const file = zip.file(path);
  if (!file) return;
  const parser = new SaxesParser();
  const ready: XlsxRow[] = [];
  let row: XlsxRow | null = null;
  let cell: { index: number; type: string; style: number; text: string; inValue: boolean } | null = null;
  let nextRow = 1;
  parser.on('opentag', (node) => {
    const n = node.name;
    const a = node as unknown as { attributes: Record<string, unknown> };
    if (n === 'row') {
      const r = Number(attr(a, 'r'));
      row = { number: Number.isInteger(r) && r > 0 ? r : nextRow, cells: [] };
    } else if (n === 'c' && row) {
      const ref = attr(a, 'r');
      cell = { index: ref ? columnIndex(ref) : row.cells.length, type: attr(a, 't') ?? 'n', style: Number(attr(a, 's') ?? -1), text: '', inValue: false };
    } else if ((n === 'v' || n === 't') && cell) cell.inValue = true;
  });
  parser.on('text', (t) => {
    if (cell?.inValue) cell.text += t;
  });
  parser.on('closetag', (node) => {
    const n = node.name;
    if ((n === 'v' || n === 't') && cell) cell.inValue = false;
    else if (n === 'c' && cell && row) {
      row.cells[cell.index] = value(cell, strings, dateStyles);
      cell = null;
    } else if (n === 'row' && row) {
      for (let i = 0; i < row.cells.length; i++) if (row.cells[i] === undefined) row.cells[i] = null;
      ready.push(row);
      nextRow = row.number + 1;
      row = null;
    }
  });
  const decoder = new TextDecoder('utf-8');
  // JSZip's stream is an old-style one: wrapped, it reads as a modern (async-iterable) stream.
  for await (const chunk of new Readable().wrap(file.nodeStream('nodebuffer')) as AsyncIterable<Buffer>) {
    parser.write(decoder.decode(chunk, { stream: true }));
    yield* ready.splice(0);
  }
  parser.write(decoder.decode()).close();
  yield* ready.splice(0);
}

function value(c: { type: string; style: number; text: string }, strings: readonly string[], dateStyles: ReadonlySet<number>): XlsxCell {
  switch (c.type) {
    case 's':
      return strings[Number(c.text)] ?? null;
    case 'str':
    case 'inlineStr':
      return c.text;
    case 'b':
      return c.text === '1';
    case 'e':
      return null;
    default: {
      if (c.text === '') return null;
      const n = Number(c.text);
      if (!Number.isFinite(n)) return c.text;
      // A date cell: its serial as the instant at UTC midnight (plus the time), as exceljs gives it.
      return dateStyles.has(c.style) ? new Date(EXCEL_EPOCH + Math.round(n * 86_400_000)) : n;
    }
  }
}

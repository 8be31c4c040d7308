// Opens what the API generates: .docx (a zip of WordprocessingML parts, read as XML text) and .xlsx (exceljs).
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { bearer, binaryParser, type TestApp } from './test-app.ts';

/** GETs a download as raw bytes; fails loudly unless it is 200. */
export async function download(t: TestApp, token: string, url: string, query: Record<string, string> = {}) {
  const res = await t.http().get(url).query(query).set(bearer(token)).buffer(true).parse(binaryParser);
  if (res.status !== 200) throw new Error(`${url} ${res.status} ${res.body.toString()}`);
  return { body: res.body as Buffer, type: String(res.headers['content-type']), disposition: String(res.headers['content-disposition']) };
}

export interface DocxParts {
  document: string;
  styles: string;
  settings: string;
  footers: string[];
}

export async function readDocx(buffer: Buffer): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(buffer);
  const part = (name: string) => zip.file(name)!.async('string');
  const footerNames = Object.keys(zip.files).filter((n) => /^word\/footer\d+\.xml$/.test(n)).sort();
  return {
    document: await part('word/document.xml'),
    styles: await part('word/styles.xml'),
    settings: await part('word/settings.xml'),
    footers: await Promise.all(footerNames.map(part)),
  };
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** The text of an XML fragment: its <w:t> runs joined. */
export const textOf = (xml: string): string => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1]!)).join('');

/** Each <w:p> of the part, with its XML and text. */
export const paragraphs = (xml: string) =>
  [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/g)].map((m) => ({ xml: m[0], text: textOf(m[0]) }));

/** The paragraph whose text contains `needle` (throws when there is none). */
export function paragraphWith(xml: string, needle: string) {
  const p = paragraphs(xml).find((x) => x.text.includes(needle));
  if (!p) throw new Error(`no paragraph contains ${needle}`);
  return p;
}

/** Rows of the first table, as cell texts. */
export function tableRows(xml: string): string[][] {
  const table = /<w:tbl>.*?<\/w:tbl>/s.exec(xml)?.[0];
  if (!table) return [];
  return [...table.matchAll(/<w:tr>.*?<\/w:tr>|<w:tr [^>]*>.*?<\/w:tr>/gs)].map((tr) =>
    [...tr[0].matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((tc) => textOf(tc[0])),
  );
}

/** Attributes of the first element `tag` (e.g. 'w:pgMar') as numbers or strings. */
export function attrs(xml: string, tag: string): Record<string, string> {
  const el = new RegExp(`<${tag}( [^>]*)/?>`).exec(xml)?.[1] ?? '';
  return Object.fromEntries([...el.matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
}

export const twipsToMm = (twips: string | number) => (Number(twips) * 25.4) / 1440;

export async function readXlsx(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

/** A cell's value, the result for a formula cell. */
export function cellValue(sheet: ExcelJS.Worksheet, row: number, col: number): unknown {
  const v = sheet.getRow(row).getCell(col).value;
  if (v && typeof v === 'object' && 'formula' in v) return (v as { result?: unknown }).result;
  return v;
}

/** The sheet's rows from `firstRow` on, as arrays of cell values (formula cells give their result). */
export function sheetRows(sheet: ExcelJS.Worksheet, firstRow: number): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = firstRow; r <= sheet.rowCount; r++) {
    rows.push(Array.from({ length: sheet.columnCount }, (_, c) => cellValue(sheet, r, c + 1)));
  }
  return rows;
}

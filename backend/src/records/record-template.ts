// The national templates as the office hands them to units: one sheet per kind with the exact column names
// (required ones marked *), frozen bold header, a drop-down on every column with a domain, date-formatted
// date columns, and a 填写说明 sheet that states each column's rule. The same columns as CSV, one kind a file.
import ExcelJS from 'exceljs';
import { type ColumnSpec, KIND_SPECS, type KindSpec, type RecordKind } from './domain/index.ts';

/** Rows prepared with formats and drop-downs under the header. */
const TEMPLATE_ROWS = 2_000;
const DOMAINS_SHEET = '取值范围';

/** The header a template writes: the standard's text, `*` before a required column (the importer strips it). */
export const templateHeader = (c: ColumnSpec): string => (c.requirement === 'R' ? `*${c.header}` : c.header);

function ruleText(c: ColumnSpec): string {
  const need = { R: '必填', C: '条件必填', O: '选填' }[c.requirement];
  const type: Record<ColumnSpec['type'], string> = {
    text: '文本',
    date: c.endDate ? '日期（YYYY-MM-DD；长期有效填“长期”）' : '日期（YYYY-MM-DD）',
    amount: '金额，单位万元，≥ 0，最多 6 位小数',
    code: '18 位统一社会信用代码（GB 32100-2015）',
    idNumber: '证件号码；身份证按 GB 11643-1999 校验',
    enum: `取值：${(c.domain ?? []).join(' / ')}${c.multiple ? '（可多选，用“；”分隔）' : ''}`,
  };
  return [need, type[c.type], c.rule].filter(Boolean).join('；');
}

function columnLetter(n: number): string {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

/** The workbook of a stream's kinds: one data sheet each, the 填写说明, the (hidden) domains behind the drop-downs. */
export async function templateWorkbook(kinds: readonly RecordKind[], creator: string, created: Date): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = creator;
  wb.created = created;
  const specs = kinds.map((k) => KIND_SPECS[k]);
  const domains = domainRanges(specs);
  for (const spec of specs) addDataSheet(wb, spec, domains.ranges);
  addGuide(wb, specs);
  const sheet = wb.addWorksheet(DOMAINS_SHEET, { state: 'veryHidden' });
  domains.columns.forEach((values, i) => values.forEach((v, j) => (sheet.getCell(j + 1, i + 1).value = v)));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Each distinct domain once, as a column of the hidden sheet; drop-downs refer to it (no 255-character limit). */
function domainRanges(specs: readonly KindSpec[]) {
  const columns: string[][] = [];
  const ranges = new Map<string, string>();
  for (const c of specs.flatMap((s) => s.columns)) {
    if (c.type !== 'enum' || !c.domain) continue;
    const key = c.domain.join('|');
    if (ranges.has(key)) continue;
    columns.push([...c.domain]);
    const col = columnLetter(columns.length);
    ranges.set(key, `'${DOMAINS_SHEET}'!$${col}$1:$${col}$${c.domain.length}`);
  }
  return { columns, ranges };
}

function addDataSheet(wb: ExcelJS.Workbook, spec: KindSpec, ranges: Map<string, string>): void {
  const ws = wb.addWorksheet(spec.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = spec.columns.map((c) => ({ header: templateHeader(c), key: c.field, width: Math.max(12, c.header.length * 2 + 2) }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  spec.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    if (c.requirement === 'R') cell.font = { bold: true, color: { argb: 'FFC00000' } };
    cell.note = ruleText(c);
    const letter = columnLetter(i + 1);
    const range = `${letter}2:${letter}${TEMPLATE_ROWS + 1}`;
    if (c.type === 'date') {
      ws.getColumn(i + 1).numFmt = 'yyyy-mm-dd';
    } else if (c.type === 'enum' && c.domain) {
      validations(ws).add(range, {
        type: 'list',
        allowBlank: c.requirement !== 'R',
        formulae: [ranges.get(c.domain.join('|'))!],
        // Several 处罚类别 are typed joined by "；": the list proposes, it does not refuse.
        showErrorMessage: !c.multiple,
        errorTitle: '取值不在范围内',
        error: `请从下拉列表中选择：${c.domain.join(' / ')}`,
      });
    } else if (c.type === 'code' || c.type === 'idNumber') {
      ws.getColumn(i + 1).numFmt = '@'; // text, so a long number is not turned into 9.1E+17
    }
  });
}

/** exceljs keeps range validations (`A2:A2001`) but its types only know per-cell ones. */
const validations = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;

function addGuide(wb: ExcelJS.Workbook, specs: readonly KindSpec[]): void {
  const ws = wb.addWorksheet('填写说明');
  ws.columns = [
    { header: '工作表', width: 22 },
    { header: '列名', width: 36 },
    { header: '填写规则', width: 90 },
  ];
  ws.getRow(1).font = { bold: true };
  ws.addRow(['', '', '一个工作表一类信息；第一行为表头，请勿修改列名；带 * 的列必须填写；日期按 YYYY-MM-DD 填写；可另存为 CSV（UTF-8 或 GB18030）按类分别上传。']);
  for (const spec of specs) for (const c of spec.columns) ws.addRow([spec.sheetName, templateHeader(c), ruleText(c)]);
}

/** One kind as CSV (UTF-8 with BOM, so Excel and WPS open it in Chinese): the header line only. */
export function templateCsv(kind: RecordKind): Buffer {
  const line = KIND_SPECS[kind].columns.map((c) => csvField(templateHeader(c))).join(',');
  return Buffer.from(`\uFEFF${line}\r\n`, 'utf8');
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { decodeText, fileType, readSheets, type SheetRow, UnreadableFile } from './record-file.ts';

async function rowsOf(name: string, content: Buffer) {
  const out: { sheet: string; rows: SheetRow[] }[] = [];
  for await (const sheet of readSheets(name, content)) {
    const rows: SheetRow[] = [];
    for await (const r of sheet.rows) rows.push(r);
    out.push({ sheet: sheet.name, rows });
  }
  return out;
}

describe('reading a data file', () => {
  it('an .xlsx: every sheet under its own name, row numbers as the spreadsheet shows them, dates as dates', async () => {
    const wb = new ExcelJS.Workbook();
    const a = wb.addWorksheet('附件1 法人行政处罚');
    a.addRow(['行政相对人名称', '处罚决定日期']);
    a.addRow(['某某公司', new Date(Date.UTC(2026, 8, 28))]);
    a.getCell('B2').numFmt = 'yyyy-mm-dd';
    a.getRow(4).values = ['空一行之后', { richText: [{ text: '富' }, { text: '文本' }] }];
    wb.addWorksheet('填写说明').addRow(['说明']);
    const content = Buffer.from(await wb.xlsx.writeBuffer());
    const sheets = await rowsOf('数据.xlsx', content);
    expect(sheets.map((s) => s.sheet)).toEqual(['附件1 法人行政处罚', '填写说明']);
    expect(sheets[0]!.rows.map((r) => r.number)).toEqual([1, 2, 4]);
    expect(sheets[0]!.rows[1]!.cells[1]).toEqual(new Date(Date.UTC(2026, 8, 28)));
    expect(sheets[0]!.rows[2]!.cells).toEqual(['空一行之后', '富文本']);
  });

  it.each([
    ['UTF-8', Buffer.from('名称,日期\n某某公司,2026-09-28\n', 'utf8')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('名称,日期\n某某公司,2026-09-28\n', 'utf8')])],
    ['GB18030', iconv.encode('名称,日期\n某某公司,2026-09-28\n', 'gb18030')],
  ])('a .csv in %s reads the same', async (_enc, content) => {
    const [sheet] = await rowsOf('附件1.csv', content);
    expect(sheet!.sheet).toBe('附件1');
    expect(sheet!.rows).toEqual([
      { number: 1, cells: ['名称', '日期'] },
      { number: 2, cells: ['某某公司', '2026-09-28'] },
    ]);
  });

  it('GB18030 is told from UTF-8 by the bytes', () => {
    expect(decodeText(iconv.encode('行政处罚', 'gb18030'))).toBe('行政处罚');
    expect(decodeText(Buffer.from('行政处罚'))).toBe('行政处罚');
  });

  it.each([
    ['a .docx renamed .xlsx is read and refused', 'a.xlsx', Buffer.from('PK\u0003\u0004garbage'), /无法读取该 Excel 文件/],
    ['a text file named .xlsx', 'a.xlsx', Buffer.from('hello'), /不是 Excel 工作簿/],
    ['an old .xls', 'a.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), /另存为/],
    ['a .pdf', 'a.pdf', Buffer.from('%PDF-1.4'), /仅支持 .xlsx 或 .csv/],
  ])('%s', async (_what, name, content, message) => {
    await expect(rowsOf(name, content)).rejects.toThrow(message);
    await expect(rowsOf(name, content)).rejects.toBeInstanceOf(UnreadableFile);
  });

  it('the type is decided by the name and confirmed by the content', () => {
    expect(fileType('x.XLSX', Buffer.from([0x50, 0x4b, 0x03, 0x04]))).toBe('xlsx');
    expect(fileType('x.csv', Buffer.from('a,b'))).toBe('csv');
    expect(() => fileType('x.csv', Buffer.from([0x61, 0, 0x62]))).toThrow(UnreadableFile);
  });
});

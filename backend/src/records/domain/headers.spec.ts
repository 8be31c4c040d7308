import { describe, expect, it } from '@jest/globals';
import { isBlankRow, normaliseHeader, recogniseSheet, rowValues } from './headers.ts';
import { KIND_SPECS, RECORD_KINDS, type RecordKind } from './kinds.ts';

const headersOf = (kind: RecordKind) => KIND_SPECS[kind].columns.map((c) => c.header);
/** How WPS and hand-edited templates write headers: * marks on required columns, half-width brackets, line breaks. */
const wpsStyle = (kind: RecordKind) =>
  KIND_SPECS[kind].columns.map((c) => {
    const h = c.header.replace(/（/g, '(').replace(/）/g, ')');
    return c.requirement === 'R' ? `*${h}` : ` ${h.replace('_', '＿')} `;
  });

describe('normaliseHeader', () => {
  it.each([
    ['行政相对人代码_1（统一社会信用代码）', '行政相对人代码_1(统一社会信用代码)'],
    ['*行政相对人代码_1(统一社会信用代码)', '行政相对人代码_1(统一社会信用代码)'],
    ['行政相对人代码＿1（统一社会信用代码）*', '行政相对人代码_1(统一社会信用代码)'],
    ['＊罚款金额（万元）', '罚款金额(万元)'],
    ['**处罚决定日期**', '处罚决定日期'],
    ['  处罚\n决定日期 ', '处罚决定日期'],
    ['罚款金额【万元】', '罚款金额(万元)'],
    ['罚款金额[万元]', '罚款金额(万元)'],
    ['\uFEFF行政相对人名称', '行政相对人名称'], // a UTF-8 CSV's byte order mark
    ['许可\u200B类别', '许可类别'],
    ['', ''],
  ])('%j → %j', (raw, normalised) => {
    expect(normaliseHeader(raw)).toBe(normalised);
  });

  it('keeps an inner * (not a required mark)', () => {
    expect(normaliseHeader('a*b')).toBe('a*b');
  });
});

describe('recogniseSheet', () => {
  it.each(RECORD_KINDS)('recognises %s by its own header row, with no problem', (kind) => {
    const r = recogniseSheet(headersOf(kind));
    expect(r.kind).toBe(kind);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.columns.map((c) => c.field)).toEqual(KIND_SPECS[kind].columns.map((c) => c.field));
  });

  it.each(RECORD_KINDS)('recognises %s from a WPS-style header row (* marks, half-width brackets, spaces)', (kind) => {
    const headers = wpsStyle(kind);
    const r = recogniseSheet(headers);
    expect(r.kind).toBe(kind);
    expect(r.errors).toEqual([]);
    expect(r.headerByField.get('decisionDate')).toBe(headers[KIND_SPECS[kind].columns.findIndex((c) => c.field === 'decisionDate')]!.trim());
  });

  it('does not depend on column order and maps indexes to fields', () => {
    const headers = [...headersOf('XK_NATURAL')].reverse();
    const r = recogniseSheet(headers);
    expect(r.kind).toBe('XK_NATURAL');
    expect(r.fieldByIndex.get(0)).toBe('publicationDate');
    expect(r.fieldByIndex.get(headers.indexOf('证件号码'))).toBe('idNumber');
  });

  it('reads exceljs cells (rich text, sparse rows with an empty first cell)', () => {
    const cells: unknown[] = [undefined, ...headersOf('XYDM')];
    cells[1] = { richText: [{ text: '主体' }, { text: '名称' }] };
    const r = recogniseSheet(cells);
    expect(r.kind).toBe('XYDM');
    expect(r.fieldByIndex.get(1)).toBe('subjectName');
    expect(r.warnings).toEqual([]);
  });

  it('reports unknown columns once each as warnings and ignores empty header cells', () => {
    const r = recogniseSheet([...headersOf('HHB'), '序号', '', null, '联系电话']);
    expect(r.kind).toBe('HHB');
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([
      { index: 19, header: '序号', message: '未识别的列「序号」，已忽略' },
      { index: 22, header: '联系电话', message: '未识别的列「联系电话」，已忽略' },
    ]);
    expect([...r.fieldByIndex.keys()]).not.toContain(19);
  });

  it('a missing required column is a file-level error; a missing optional one is not', () => {
    const headers = headersOf('CF_LEGAL').filter((h) => h !== '处罚决定日期' && h !== '备注' && h !== '数据来源单位');
    const r = recogniseSheet(headers);
    expect(r.kind).toBe('CF_LEGAL');
    expect(r.errors).toEqual([
      { index: null, header: '处罚决定日期', message: '缺少必填列「处罚决定日期」' },
      { index: null, header: '数据来源单位', message: '缺少必填列「数据来源单位」' },
    ]);
  });

  it('a column given twice is a file-level error', () => {
    const r = recogniseSheet([...headersOf('XYDM'), '*赋码日期']);
    expect(r.errors).toEqual([{ index: 8, header: '*赋码日期', message: '列「赋码日期」重复（第 6 列与第 9 列）' }]);
  });

  it('tells 法人 from 自然人 sheets by their subject columns', () => {
    const common = headersOf('CF_LEGAL').filter((h) => !h.startsWith('行政相对人代码') && !h.startsWith('法定代表人') && h !== '行政相对人类别');
    expect(recogniseSheet([...common, '证件类型', '证件号码']).kind).toBe('CF_NATURAL');
    expect(recogniseSheet([...common, '行政相对人类别', '行政相对人代码_1（统一社会信用代码）']).kind).toBe('CF_LEGAL');
    // Neither subject block: the first kind, with the missing required column named.
    const bare = recogniseSheet(common);
    expect(bare.kind).toBe('CF_LEGAL');
    expect(bare.errors.map((e) => e.header)).toEqual(['行政相对人类别']);
  });

  it('limits the candidates to the stream’s kinds', () => {
    expect(recogniseSheet(headersOf('HHB'), ['CF_LEGAL', 'XK_LEGAL', 'CF_NATURAL', 'XK_NATURAL']).kind).toBeNull();
    expect(recogniseSheet(headersOf('HHB'), ['HHB']).kind).toBe('HHB');
  });

  it.each([
    [[]],
    [['序号', '姓名', '电话']],
    [['行政相对人名称', '备注']], // no signature column of any kind
    [['填写说明'], ],
  ])('no known header row: %j', (headers) => {
    const r = recogniseSheet(headers);
    expect(r.kind).toBeNull();
    expect(r.columns).toEqual([]);
  });
});

describe('rowValues and isBlankRow', () => {
  it('picks the recognised columns of a data row', () => {
    const r = recogniseSheet(['序号', '主体名称', '主体类型', '统一社会信用代码', '赋码类型', '赋码日期', '登记管理机关']);
    expect(rowValues(r, [1, '某某局', '机关', 'X', '新赋码', '2026-09-01', '区编办'])).toEqual({
      subjectName: '某某局',
      entityType: '机关',
      creditCode: 'X',
      assignmentType: '新赋码',
      decisionDate: '2026-09-01',
      registrationAuthority: '区编办',
    });
  });

  it.each([
    [[], true],
    [[undefined, null, '', '  '], true],
    [[undefined, { richText: [] }], true],
    [['', 0], false],
    [['', 'x'], false],
  ])('%j blank → %s', (cells, blank) => {
    expect(isBlankRow(cells)).toBe(blank);
  });
});

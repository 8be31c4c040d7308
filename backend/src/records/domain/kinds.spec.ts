import { describe, expect, it } from '@jest/globals';
import {
  annexCounts,
  columnOf,
  hasAny,
  isRecordKind,
  isSgsKind,
  KIND_SPECS,
  RECORD_KINDS,
  type RecordKind,
} from './kinds.ts';
import { readFileSync } from 'node:fs';
import { PLAN_FILE } from '../../seed/plan.ts';

/** RECORDS.md §1, column by column: header and R/C/O, in the standard's order (公示日期 our extension). */
const LEGAL_SUBJECT = [
  '行政相对人名称 R', '行政相对人类别 R', '行政相对人代码_1（统一社会信用代码） C', '行政相对人代码_2（工商注册号） O',
  '行政相对人代码_3（组织机构代码） O', '行政相对人代码_4（税务登记号） O', '行政相对人代码_5（事业单位证书号） O',
  '行政相对人代码_6（社会组织登记证号） O', '法定代表人 C', '法定代表人身份证号 O',
];
const NATURAL_SUBJECT = ['行政相对人名称 R', '证件类型 R', '证件号码 R'];
const PENALTY = [
  '行政处罚决定书文号 R', '违法行为类型 R', '违法事实 R', '处罚依据 R', '处罚类别 R', '处罚内容 R', '罚款金额（万元） C',
  '没收违法所得、没收非法财物的金额（万元） C', '暂扣或吊销证照名称及编号 C', '处罚决定日期 R', '处罚有效期 R', '公示截止期 O',
  '处罚机关 R', '处罚机关统一社会信用代码 R', '数据来源单位 R', '数据来源单位统一社会信用代码 R', '备注 O', '公示日期 O',
];
const LICENCE = [
  '行政许可决定文书名称 R', '行政许可决定文书号 R', '许可类别 R', '许可证书名称 O', '许可编号 O', '许可内容 R', '许可决定日期 R',
  '有效期自 R', '有效期至 R', '许可机关 R', '许可机关统一社会信用代码 R', '当前状态 R', '数据来源单位 R',
  '数据来源单位统一社会信用代码 R', '备注 O', '公示日期 O',
];
const EXPECTED: Record<RecordKind, string[]> = {
  CF_LEGAL: [...LEGAL_SUBJECT, ...PENALTY],
  XK_LEGAL: [...LEGAL_SUBJECT, ...LICENCE],
  CF_NATURAL: [...NATURAL_SUBJECT, ...PENALTY],
  XK_NATURAL: [...NATURAL_SUBJECT, ...LICENCE],
  HHB: [
    '名单类型 R', '主体类别 R', '主体名称 R', '统一社会信用代码 C', '证件类型 C', '证件号码 C', '法定代表人 O', '列入事由 R',
    '认定依据 R', '认定文号 R', '认定单位 R', '认定单位统一社会信用代码 R', '认定日期 R', '有效期至 O', '状态 R', '移出日期 C',
    '移出原因 C', '数据来源单位 R', '备注 O',
  ],
  XYDM: ['主体名称 R', '主体类型 R', '统一社会信用代码 R', '原代码 C', '赋码类型 R', '赋码日期 R', '登记管理机关 R', '备注 O'],
};

describe('KIND_SPECS (RECORDS.md §1)', () => {
  it.each(RECORD_KINDS)('%s has the standard columns with their requirement', (kind) => {
    expect(KIND_SPECS[kind].columns.map((c) => `${c.header} ${c.requirement}`)).toEqual(EXPECTED[kind]);
  });

  it.each(RECORD_KINDS)('%s: field keys are unique English identifiers, C columns carry their rule', (kind) => {
    const columns = KIND_SPECS[kind].columns;
    expect(new Set(columns.map((c) => c.field)).size).toBe(columns.length);
    for (const c of columns) {
      expect(c.field).toMatch(/^[a-z][A-Za-z]*$/);
      if (c.requirement === 'C') {
        expect(c.rule).toBeTruthy();
        expect(typeof c.requiredWhen).toBe('function');
      }
      if (c.type === 'enum') expect(c.domain!.length).toBeGreaterThan(1);
    }
    expect(columnOf(kind, 'decisionDate')?.type).toBe('date');
  });

  it('names the sheets and the counts of 附件1–4', () => {
    expect(RECORD_KINDS.map((k) => [KIND_SPECS[k].sheetName, KIND_SPECS[k].annex, KIND_SPECS[k].countField])).toEqual([
      ['附件1 法人行政处罚', 1, 'legalPersonPenalties'],
      ['附件2 法人行政许可', 2, 'legalPersonLicenses'],
      ['附件3 自然人行政处罚', 3, 'naturalPersonPenalties'],
      ['附件4 自然人行政许可', 4, 'naturalPersonLicenses'],
      ['红黑榜', null, null],
      ['信用代码', null, null],
    ]);
    expect(RECORD_KINDS.filter(isSgsKind)).toEqual(['CF_LEGAL', 'XK_LEGAL', 'CF_NATURAL', 'XK_NATURAL']);
  });

  it('holds the value domains', () => {
    expect(columnOf('CF_LEGAL', 'penaltyCategories')).toMatchObject({ multiple: true });
    expect(columnOf('CF_LEGAL', 'penaltyCategories')!.domain).toHaveLength(14);
    expect(columnOf('XK_LEGAL', 'licenceCategory')!.domain).toEqual(['普通', '特许', '认可', '核准', '登记', '其他']);
    expect(columnOf('XK_NATURAL', 'licenceState')).toMatchObject({ domain: ['有效', '无效'], codes: { 1: '有效', 2: '无效' } });
    expect(columnOf('CF_NATURAL', 'idType')!.codes).toEqual({
      '01': '身份证', '02': '护照', '03': '港澳居民来往内地通行证', '04': '台湾居民来往大陆通行证', '05': '外国人永久居留身份证',
    });
    expect(columnOf('XYDM', 'entityType')!.domain).toHaveLength(10);
    expect(['validUntil', 'penaltyValidUntil', 'publicityUntil'].map((f) => columnOf(f.startsWith('p') ? 'CF_LEGAL' : 'XK_LEGAL', f)?.endDate)).toEqual([true, true, true]);
  });
});

describe('conditional rules', () => {
  const required = (kind: RecordKind, field: string, values: Record<string, unknown>) =>
    columnOf(kind, field)!.requiredWhen!(values as never);
  it.each([
    ['CF_LEGAL', 'fineAmount', { penaltyCategories: ['警告', '罚款'] }, true],
    ['CF_LEGAL', 'fineAmount', { penaltyCategories: ['警告'] }, false],
    ['CF_LEGAL', 'fineAmount', { penaltyCategories: null }, false],
    ['CF_NATURAL', 'confiscationAmount', { penaltyCategories: ['没收非法财物'] }, true],
    ['CF_NATURAL', 'confiscationAmount', { penaltyCategories: ['没收违法所得'] }, true],
    ['CF_LEGAL', 'licenceSuspended', { penaltyCategories: ['吊销许可证件'] }, true],
    ['CF_LEGAL', 'licenceSuspended', { penaltyCategories: ['暂扣许可证件'] }, true],
    ['CF_LEGAL', 'licenceSuspended', { penaltyCategories: ['罚款'] }, false],
    ['XK_LEGAL', 'legalRepresentative', { subjectCategory: '法人及非法人组织' }, true],
    ['XK_LEGAL', 'legalRepresentative', { subjectCategory: '个体工商户' }, false],
    ['HHB', 'creditCode', { subjectCategory: '个体工商户' }, true],
    ['HHB', 'creditCode', { subjectCategory: '自然人' }, false],
    ['HHB', 'idNumber', { subjectCategory: '自然人' }, true],
    ['HHB', 'idType', { subjectCategory: '法人及非法人组织' }, false],
    ['HHB', 'removalDate', { listState: '已撤销' }, true],
    ['HHB', 'removalReason', { listState: '已移出' }, true],
    ['HHB', 'removalReason', { listState: '有效' }, false],
    ['XYDM', 'formerCode', { assignmentType: '旧码转换' }, true],
    ['XYDM', 'formerCode', { assignmentType: '新赋码' }, false],
  ] as const)('%s.%s given %j → %s', (kind, field, values, expected) => {
    expect(required(kind, field, values)).toBe(expected);
  });

  it('requires 代码_1 when 代码_2…6 are all empty', () => {
    const empty = Object.fromEntries(KIND_SPECS.CF_LEGAL.columns.map((c) => [c.field, null]));
    expect(required('CF_LEGAL', 'creditCode', empty)).toBe(true);
    expect(required('CF_LEGAL', 'creditCode', { ...empty, taxRegistrationNumber: '410000123' })).toBe(false);
  });

  it('hasAny reads single and multiple values', () => {
    expect(hasAny('罚款', ['罚款'])).toBe(true);
    expect(hasAny(['警告'], ['罚款'])).toBe(false);
    expect(hasAny(null, ['罚款'])).toBe(false);
  });
});

describe('streams', () => {
  // The kinds a stream takes are its `recordKinds` (seeded from the plan, editable by the office).
  const plan = JSON.parse(readFileSync(PLAN_FILE, 'utf8')) as { streams: { code: string; recordKinds: string[] }[] };
  it.each([
    ['SGS_MONTHLY', ['CF_LEGAL', 'XK_LEGAL', 'CF_NATURAL', 'XK_NATURAL']],
    ['SGS_STOCK', ['CF_LEGAL', 'XK_LEGAL', 'CF_NATURAL', 'XK_NATURAL']],
    ['HHB', ['HHB']],
    ['HHB_STOCK', ['HHB']],
    ['XYDM', ['XYDM']],
  ])('the plan seeds %s taking %j', (stream, kinds) => {
    const seeded = plan.streams.find((s) => s.code === stream)!.recordKinds;
    expect(seeded).toEqual(kinds);
    expect(seeded.every(isRecordKind)).toBe(true);
  });

  it('counts 附件1–4 from records; 红黑榜 and 信用代码 count in none', () => {
    const kinds: RecordKind[] = ['CF_LEGAL', 'CF_LEGAL', 'XK_LEGAL', 'XK_NATURAL', 'HHB', 'XYDM'];
    expect(annexCounts(kinds.map((kind) => ({ kind })))).toEqual({
      legalPersonPenalties: 2,
      legalPersonLicenses: 1,
      naturalPersonPenalties: 0,
      naturalPersonLicenses: 1,
    });
  });

  it('counts records given as a kind and a count the same as one by one', () => {
    expect(annexCounts([{ kind: 'CF_LEGAL', count: 3 }, { kind: 'XK_NATURAL', count: 0 }, { kind: 'CF_NATURAL' }, { kind: 'HHB', count: 9 }])).toEqual({
      legalPersonPenalties: 3,
      legalPersonLicenses: 0,
      naturalPersonPenalties: 1,
      naturalPersonLicenses: 0,
    });
  });

  it('isRecordKind', () => {
    expect(RECORD_KINDS.every(isRecordKind)).toBe(true);
    expect(isRecordKind('cf_legal')).toBe(false);
    expect(isRecordKind(1)).toBe(false);
  });
});

import { describe, expect, it } from '@jest/globals';
import { columnOf } from './kinds.ts';
import {
  cellText,
  dateFromExcelSerial,
  isImplausibleAmount,
  parseAmount,
  parseDate,
  parseEndDate,
  parseEnum,
  parseEnumList,
  parseIdentifier,
} from './values.ts';

const value = <T>(p: { ok: true; value: T } | { ok: false; message: string }) => (p.ok ? p.value : `✗ ${p.message}`);

describe('cellText', () => {
  it.each([
    [null, ''],
    [undefined, ''],
    ['  a b  ', 'a b'],
    [12, '12'],
    [true, 'true'],
    [{ richText: [{ text: '召陵' }, { text: '区 ' }] }, '召陵区'],
    [{ text: '链接', hyperlink: 'http://x' }, '链接'],
    [{ formula: 'A1&B1', result: ' 结果 ' }, '结果'],
    [{ formula: 'A1', result: undefined }, ''],
    [new Date(Number.NaN), ''],
    [new Date(Date.UTC(2026, 8, 28)), '2026-09-28'],
    [new Date(Date.UTC(2026, 8, 28, 8, 30)), '2026-09-28 08:30:00'],
    [{}, ''],
  ])('%j → %j', (cell, text) => {
    expect(cellText(cell)).toBe(text);
  });
});

describe('parseDate', () => {
  it.each([
    ['2026-09-28', '2026-09-28'],
    ['2026/09/28', '2026-09-28'],
    ['2026/9/8', '2026-09-08'],
    ['2026-9-8', '2026-09-08'],
    ['2026年9月28日', '2026-09-28'],
    ['2026年09月08日', '2026-09-08'],
    [' 2026 年 9 月 28 日 ', '2026-09-28'],
    ['2026-09-28 23:59:59', '2026-09-28'], // a Shanghai wall-clock time: the date is the date written
    ['2026-09-28 00:00:00', '2026-09-28'],
    ['2026/09/28 8:30', '2026-09-28'],
    ['2026-09-28T10:00:00', '2026-09-28'],
    ['２０２６－０９－２８', '2026-09-28'], // full-width digits and dash
    ['2024-02-29', '2024-02-29'],
    [46293, '2026-09-28'], // an Excel serial day
    [46293.99, '2026-09-28'], // with a time of day
    [{ formula: 'TODAY()', result: 46293 }, '2026-09-28'],
    // exceljs builds a date cell's Date from its wall-clock value as UTC: the UTC date is the cell's date.
    [new Date(Date.UTC(2026, 8, 28)), '2026-09-28'],
    [new Date(Date.UTC(2026, 8, 28, 23, 59, 59)), '2026-09-28'],
  ])('%j → %s', (cell, date) => {
    expect(value(parseDate(cell))).toBe(date);
  });

  it.each([
    ['2026-02-29'], ['2026-13-01'], ['2026-00-10'], ['2026-09-31'], ['2026/09-28'], ['2026.09.28'], ['20260928'],
    ['26-09-28'], ['2026-09-28 24:00:00'], ['2026-09-28 12:60'], ['2026年9月28'], ['长期'], ['明天'], ['1899-12-31'],
    ['2100-01-01'], [0], [60], [-5], [Number.NaN], [3_000_000], [true], [new Date(Number.NaN)],
  ])('%j is not a date', (cell) => {
    const parsed = parseDate(cell);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(/^不是有效日期：“.*”（应为 YYYY-MM-DD、YYYY\/MM\/DD 或 YYYY年M月D日）$/);
  });

  it('maps Excel serials on the 1900 system (day 61 = 1900-03-01, 25569 = 1970-01-01)', () => {
    expect(dateFromExcelSerial(61)).toBe('1900-03-01');
    expect(dateFromExcelSerial(25_569)).toBe('1970-01-01');
    expect(dateFromExcelSerial(45_658)).toBe('2025-01-01');
    expect(dateFromExcelSerial(73_050.5)).toBe('2099-12-31');
    expect(dateFromExcelSerial(73_051)).toBeNull();
    expect(dateFromExcelSerial(60.5)).toBeNull();
  });

  it('takes 长期 only in end-date columns', () => {
    expect(value(parseEndDate('长期'))).toBeNull();
    expect(value(parseEndDate(' 长期 '))).toBeNull();
    expect(value(parseEndDate('2099-12-31'))).toBe('2099-12-31');
    expect(value(parseEndDate('永久'))).toBe('✗ 不是有效日期：“永久”（应为 YYYY-MM-DD、YYYY/MM/DD 或 YYYY年M月D日，或填“长期”）');
  });
});

describe('parseAmount (万元)', () => {
  it.each([
    ['0', '0'],
    ['0.5', '0.5'],
    ['1.50', '1.5'],
    ['007.000100', '7.0001'],
    ['12.123456', '12.123456'],
    ['10000', '10000'],
    [' 3 ', '3'],
    ['１２.５', '12.5'],
    [0.3, '0.3'],
    [5000, '5000'],
    [0.000001, '0.000001'],
    ['123456789012345678.5', '123456789012345678.5'], // exact, no floating point
  ])('%j → %s', (cell, amount) => {
    expect(value(parseAmount(cell))).toBe(amount);
  });

  it.each([
    ['-1', '金额不能为负数：“-1”'],
    [-0.5, '金额不能为负数：“-0.5”'],
    ['1.1234567', '金额最多保留 6 位小数：“1.1234567”'],
    [0.0000001, '金额最多保留 6 位小数：“0.0000001”'],
    [0.1 + 0.2, '金额最多保留 6 位小数：“0.30000000000000004”'],
    ['5万元', '金额应为以万元为单位的数字：“5万元”'],
    ['1,000', '金额应为以万元为单位的数字：“1,000”'],
    ['.5', '金额应为以万元为单位的数字：“.5”'],
    ['1.', '金额应为以万元为单位的数字：“1.”'],
    ['一万', '金额应为以万元为单位的数字：“一万”'],
    [Number.POSITIVE_INFINITY, '金额应为以万元为单位的数字：“Infinity”'],
  ])('%j → %s', (cell, message) => {
    expect(value(parseAmount(cell))).toBe(`✗ ${message}`);
  });

  it('flags amounts above 10,000 万元', () => {
    expect(isImplausibleAmount('10000')).toBe(false);
    expect(isImplausibleAmount('10000.000001')).toBe(true);
    expect(isImplausibleAmount('500000')).toBe(true);
  });
});

describe('enum domains', () => {
  const subjectCategory = columnOf('CF_LEGAL', 'subjectCategory')!;
  const idType = columnOf('CF_NATURAL', 'idType')!;
  const licenceState = columnOf('XK_LEGAL', 'licenceState')!;
  const licenceCategory = columnOf('XK_NATURAL', 'licenceCategory')!;
  const penalty = columnOf('CF_LEGAL', 'penaltyCategories')!;
  const listType = columnOf('HHB', 'listType')!;
  const entityType = columnOf('XYDM', 'entityType')!;

  it.each([
    [subjectCategory, '法人及非法人组织', '法人及非法人组织'],
    [subjectCategory, ' 个体工商户 ', '个体工商户'],
    [idType, '身份证', '身份证'],
    [idType, '01', '身份证'],
    [idType, 1, '身份证'], // a numeric cell lost its leading zero
    [idType, '02', '护照'],
    [idType, '03', '港澳居民来往内地通行证'],
    [idType, '04', '台湾居民来往大陆通行证'],
    [idType, '05', '外国人永久居留身份证'],
    [idType, '外国人永久居留身份证', '外国人永久居留身份证'],
    [licenceState, '有效', '有效'],
    [licenceState, '1', '有效'],
    [licenceState, 2, '无效'],
    [licenceCategory, '特许', '特许'],
    [listType, '重点关注名单', '重点关注名单'],
    [entityType, '农民专业合作社', '农民专业合作社'],
  ])('%#: %j → %s', (column, cell, expected) => {
    expect(value(parseEnum(column, cell))).toBe(expected);
  });

  it.each([
    [subjectCategory, '法人', '✗ “法人”不在取值范围内（法人及非法人组织 / 个体工商户）'],
    [idType, '06', '✗ “06”不在取值范围内（01 身份证 / 02 护照 / 03 港澳居民来往内地通行证 / 04 台湾居民来往大陆通行证 / 05 外国人永久居留身份证）'],
    [idType, '军官证', expect.stringContaining('“军官证”不在取值范围内')],
    [licenceState, '3', '✗ “3”不在取值范围内（1 有效 / 2 无效）'],
    [licenceState, '注销', expect.stringContaining('“注销”不在取值范围内')],
    [licenceCategory, '一般', '✗ “一般”不在取值范围内（普通 / 特许 / 认可 / 核准 / 登记 / 其他）'],
    [subjectCategory, 1, expect.stringContaining('不在取值范围内')], // no codes in this column
  ])('%#: %j is outside the domain', (column, cell, expected) => {
    expect(value(parseEnum(column, cell))).toEqual(expected);
  });

  it.each([
    ['罚款', ['罚款']],
    ['警告;罚款', ['警告', '罚款']],
    ['警告；罚款', ['警告', '罚款']],
    ['警告、没收违法所得、罚款', ['警告', '没收违法所得', '罚款']],
    ['警告; 罚款；', ['警告', '罚款']],
    ['罚款;罚款', ['罚款']],
    ['限制开展生产经营活动、责令停产停业、责令关闭、限制从业、行政拘留', ['限制开展生产经营活动', '责令停产停业', '责令关闭', '限制从业', '行政拘留']],
    ['通报批评;没收非法财物;暂扣许可证件;降低资质等级;吊销许可证件;其他', ['通报批评', '没收非法财物', '暂扣许可证件', '降低资质等级', '吊销许可证件', '其他']],
  ])('处罚类别 %j → %j', (cell, expected) => {
    expect(value(parseEnumList(penalty, cell))).toEqual(expected);
  });

  it.each([
    ['警告,罚款', '“警告,罚款”'],
    ['罚金；警告；拘留', '“罚金”、“拘留”'],
    ['；', null],
  ])('处罚类别 %j is refused', (cell, bad) => {
    const parsed = parseEnumList(penalty, cell);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toBe(bad === null ? '为空' : `${bad}不在取值范围内（${penalty.domain!.join(' / ')}）`);
  });
});

describe('parseIdentifier', () => {
  it.each([
    [' 91411104ma40abcd1x ', '91411104MA40ABCD1X'],
    ['９１４１１１０４ＭＡ４０', '91411104MA40'],
    ['9141 1104 MA40', '91411104MA40'],
    ['11010519491231002x', '11010519491231002X'],
    [410_000_123_456_789, '410000123456789'],
  ])('%j → %s', (cell, id) => {
    expect(value(parseIdentifier(cell))).toBe(id);
  });

  it('refuses a numeric cell that has lost digits', () => {
    expect(value(parseIdentifier(110105194912310020))).toBe('✗ 数字位数过多已失真，请将该列设置为文本格式后重新填写');
  });
});

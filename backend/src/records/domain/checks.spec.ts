import { describe, expect, it } from '@jest/globals';
import { CREDIT_CODE_CHECK_MESSAGE as CHECK, CREDIT_CODE_FORMAT_MESSAGE as FORMAT, checkRecord, type CheckContext } from './checks.ts';
import type { RecordKind } from './kinds.ts';
import { AUTHORITY, INDIVIDUAL, INSTITUTION, ORG, OUT_OF_AREA, uscc, VALID, wrongCheck } from './samples.ts';

const CONTEXT: CheckContext = {
  filingDay: '2026-10-10',
  period: { first: '2026-09-01', last: '2026-09-30' },
  areaCode: '411104',
};

describe('checkRecord: valid records', () => {
  it.each(Object.keys(VALID) as RecordKind[])('%s: the valid row passes with no warning', (kind) => {
    const result = checkRecord(kind, VALID[kind], CONTEXT);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.record).not.toBeNull();
  });

  it('normalises the values (dates, amounts, enums, identifiers) and fills every column', () => {
    const cf = checkRecord('CF_NATURAL', { ...VALID.CF_NATURAL, stray: 'x' }, CONTEXT).record!;
    expect(cf).toMatchObject({
      idType: '身份证', idNumber: '11010519491231002X', penaltyCategories: ['警告', '罚款'], fineAmount: '0.5',
      confiscationAmount: null, decisionDate: '2026-09-10', publicityUntil: null,
    });
    expect(cf).not.toHaveProperty('stray');
    const xk = checkRecord('XK_LEGAL', VALID.XK_LEGAL, CONTEXT).record!;
    expect(xk).toMatchObject({ decisionDate: '2026-09-15', validFrom: '2026-09-15', licenceState: '有效', publicationDate: '2026-09-18' });
    expect(checkRecord('HHB', VALID.HHB, CONTEXT).record!.validUntil).toBeNull(); // 长期
  });
});

/** [field, message]; a message may be an asymmetric matcher. */
type Expected = readonly (readonly [field: string, message: unknown])[];
const CASES: readonly (readonly [kind: RecordKind, what: string, patch: Record<string, unknown>, errors: Expected, warnings?: Expected])[] = [
  // Required and conditionally required values
  ['CF_LEGAL', 'required value empty', { documentNumber: ' ' }, [['documentNumber', '必填项「行政处罚决定书文号」为空']]],
  ['XK_NATURAL', 'required value empty', { validFrom: null, licenceState: undefined }, [
    ['validFrom', '必填项「有效期自」为空'], ['licenceState', '必填项「当前状态」为空']]],
  ['CF_LEGAL', '代码_1…6 all empty', { creditCode: '' }, [
    ['creditCode', '「行政相对人代码_1（统一社会信用代码）」为空（行政相对人代码_1…6 至少填写一项）']]],
  ['XK_LEGAL', 'another code instead of 代码_1', { creditCode: '', organizationCode: 'MA40ABCD-1' }, []],
  ['CF_LEGAL', '法定代表人 of a 法人', { legalRepresentative: '' }, [['legalRepresentative', '「法定代表人」为空（行政相对人类别为法人及非法人组织时必填）']]],
  ['CF_LEGAL', '个体工商户 without 法定代表人', { subjectCategory: '个体工商户', creditCode: INDIVIDUAL, legalRepresentative: '' }, []],
  ['CF_LEGAL', '罚款 without amount', { fineAmount: '' }, [['fineAmount', '「罚款金额（万元）」为空（处罚类别含“罚款”时必填）']]],
  ['CF_NATURAL', '没收 without amount', { penaltyCategories: '没收违法所得', fineAmount: '' }, [
    ['confiscationAmount', '「没收违法所得、没收非法财物的金额（万元）」为空（处罚类别含“没收违法所得”或“没收非法财物”时必填）']]],
  ['CF_NATURAL', '没收非法财物 with amount', { penaltyCategories: '没收非法财物', fineAmount: '', confiscationAmount: 1.2 }, []],
  ['CF_LEGAL', '吊销 without licence', { penaltyCategories: '罚款、吊销许可证件' }, [
    ['licenceSuspended', '「暂扣或吊销证照名称及编号」为空（处罚类别含“暂扣许可证件”或“吊销许可证件”时必填）']]],
  ['CF_LEGAL', '暂扣 with licence', { penaltyCategories: '暂扣许可证件', fineAmount: '', licenceSuspended: '食品经营许可证 JY1411104' }, []],
  ['CF_NATURAL', '证件号码 empty', { idNumber: '' }, [['idNumber', '必填项「证件号码」为空']]],
  ['HHB', '自然人 without 证件', { subjectCategory: '自然人', subjectName: '李明', creditCode: '' }, [
    ['idType', '「证件类型」为空（主体类别为自然人时必填）'], ['idNumber', '「证件号码」为空（主体类别为自然人时必填）']]],
  ['HHB', '自然人 with 证件', { subjectCategory: '自然人', creditCode: '', idType: '身份证', idNumber: '11010519491231002X' }, []],
  ['HHB', '个体工商户 without code', { subjectCategory: '个体工商户', creditCode: '' }, [
    ['creditCode', '「统一社会信用代码」为空（主体类别为法人及非法人组织或个体工商户时必填）']]],
  ['HHB', '已移出 without date and reason', { listState: '已移出' }, [
    ['removalDate', '「移出日期」为空（状态为已移出或已撤销时必填）'], ['removalReason', '「移出原因」为空（状态为已移出或已撤销时必填）']]],
  ['HHB', '已撤销 with date and reason', { listState: '已撤销', removalDate: '2026-10-08', removalReason: '认定依据被撤销' }, []],
  ['XYDM', '旧码转换 without 原代码', { assignmentType: '旧码转换' }, [['formerCode', '「原代码」为空（赋码类型为旧码转换时必填（工商注册号或组织机构代码））']]],
  ['XYDM', '旧码转换 with 原代码', { assignmentType: '旧码转换', formerCode: '41110400-1' }, []],
  // Domains
  ['CF_LEGAL', '行政相对人类别', { subjectCategory: '企业' }, [
    ['subjectCategory', '「行政相对人类别」“企业”不在取值范围内（法人及非法人组织 / 个体工商户）']]],
  ['CF_NATURAL', '处罚类别', { penaltyCategories: '警告；罚金' }, [
    ['penaltyCategories', expect.stringMatching(/^「处罚类别」“罚金”不在取值范围内（警告 \/ 通报批评 \/ 罚款 .* \/ 其他）$/)]]],
  ['XK_LEGAL', '许可类别', { licenceCategory: '一般' }, [['licenceCategory', '「许可类别」“一般”不在取值范围内（普通 / 特许 / 认可 / 核准 / 登记 / 其他）']]],
  ['XK_NATURAL', '当前状态', { licenceState: '3' }, [['licenceState', '「当前状态」“3”不在取值范围内（1 有效 / 2 无效）']]],
  ['XK_NATURAL', '当前状态 code 2', { licenceState: '2' }, []],
  ['CF_NATURAL', '证件类型', { idType: '06' }, [['idType', expect.stringContaining('「证件类型」“06”不在取值范围内（01 身份证 / 02 护照')]]],
  ['HHB', '名单类型', { listType: '灰名单' }, [['listType', '「名单类型」“灰名单”不在取值范围内（红名单 / 黑名单 / 重点关注名单）']]],
  ['HHB', '主体类别', { subjectCategory: '企业' }, [['subjectCategory', '「主体类别」“企业”不在取值范围内（法人及非法人组织 / 自然人 / 个体工商户）']]],
  ['HHB', '状态', { listState: '失效' }, [['listState', '「状态」“失效”不在取值范围内（有效 / 已移出 / 已撤销）']]],
  ['XYDM', '主体类型', { entityType: '公司' }, [['entityType', expect.stringContaining('「主体类型」“公司”不在取值范围内（机关 / 事业单位')]]],
  ['XYDM', '赋码类型', { assignmentType: '补码' }, [['assignmentType', '「赋码类型」“补码”不在取值范围内（新赋码 / 旧码转换 / 纠错）']]],
  // Dates that are not dates
  ['CF_LEGAL', 'decision date', { decisionDate: '2026-02-30' }, [
    ['decisionDate', '「处罚决定日期」不是有效日期：“2026-02-30”（应为 YYYY-MM-DD、YYYY/MM/DD 或 YYYY年M月D日）']]],
  ['XK_LEGAL', 'end date', { validUntil: '永久' }, [
    ['validUntil', '「有效期至」不是有效日期：“永久”（应为 YYYY-MM-DD、YYYY/MM/DD 或 YYYY年M月D日，或填“长期”）']]],
  ['XK_LEGAL', '有效期至 长期', { validUntil: '长期' }, []],
  ['CF_NATURAL', '处罚有效期 长期, Excel serial decision date', { penaltyValidUntil: '长期', decisionDate: 46275 }, []],
  // 统一社会信用代码 (GB 32100-2015)
  ['CF_LEGAL', '17 characters', { creditCode: ORG.slice(0, 17) }, [['creditCode', FORMAT]]],
  ['CF_NATURAL', 'a letter outside the alphabet', { authorityCreditCode: `${AUTHORITY.slice(0, 10)}I${AUTHORITY.slice(11)}` }, [['authorityCreditCode', FORMAT]]],
  ['XK_LEGAL', 'data source code', { sourceUnitCreditCode: '11411104-005123456' }, [['sourceUnitCreditCode', FORMAT]]],
  ['HHB', 'authority code', { authorityCreditCode: 'abc' }, [['authorityCreditCode', FORMAT]]],
  ['CF_LEGAL', 'lower case is normalised', { creditCode: ` ${ORG.toLowerCase()} ` }, []],
  ['CF_LEGAL', 'check character wrong: a warning', { creditCode: wrongCheck(ORG) }, [], [['creditCode', CHECK]]],
  ['XK_NATURAL', 'authority check character wrong: a warning', { authorityCreditCode: wrongCheck(AUTHORITY) }, [], [['authorityCreditCode', CHECK]]],
  ['HHB', 'check character wrong: a warning', { creditCode: wrongCheck(ORG) }, [], [['creditCode', CHECK]]],
  ['XYDM', 'check character wrong: an error', { creditCode: wrongCheck(INSTITUTION) }, [['creditCode', CHECK]]],
  ['XYDM', '主体类型 mismatch', { entityType: '企业' }, [
    ['creditCode', '统一社会信用代码前两位（登记管理部门码和机构类别码）为 12，与主体类型「企业」不符（应为 91）']]],
  ['XYDM', '机关 / 11', { entityType: '机关', creditCode: AUTHORITY }, []],
  ['XYDM', '其他: any prefix', { entityType: '其他' }, []],
  ['CF_LEGAL', '个体工商户 whose code is not 92', { subjectCategory: '个体工商户' }, [], [
    ['creditCode', '行政相对人类别为个体工商户，但统一社会信用代码不以 92 开头']]],
  ['XK_LEGAL', '法人 whose code is 92', { creditCode: INDIVIDUAL }, [], [
    ['creditCode', '行政相对人类别为法人及非法人组织，但统一社会信用代码以 92（个体工商户）开头']]],
  ['HHB', '个体工商户 (主体类别) whose code is not 92', { subjectCategory: '个体工商户' }, [], [
    ['creditCode', '主体类别为个体工商户，但统一社会信用代码不以 92 开头']]],
  ['CF_LEGAL', 'out-of-area subject', { creditCode: OUT_OF_AREA }, [], [
    ['creditCode', '统一社会信用代码第 3–8 位（行政区划码）为 410000，不是本区（411104），为区外主体']]],
  ['XYDM', 'out-of-area subject', { creditCode: uscc('12410000415000123') }, [], [
    ['creditCode', '统一社会信用代码第 3–8 位（行政区划码）为 410000，不是本区（411104），为区外主体']]],
  // 居民身份证号 (GB 11643-1999)
  ['CF_LEGAL', '法定代表人身份证号 check digit', { legalRepresentativeIdNumber: '411104199003070013' }, [
    ['legalRepresentativeIdNumber', '居民身份证号校验位错误（GB 11643-1999）']]],
  ['CF_NATURAL', '证件号码 check digit', { idNumber: '110105194912310021' }, [['idNumber', '居民身份证号校验位错误（GB 11643-1999）']]],
  ['XK_NATURAL', 'no such birth date', { idNumber: '110105190002290017' }, [['idNumber', '居民身份证号出生日期无效（GB 11643-1999）']]],
  ['CF_NATURAL', 'born after the filing day', { idNumber: '411104203011200023' }, [['idNumber', '居民身份证号出生日期晚于报送日（GB 11643-1999）']]],
  ['CF_NATURAL', '15 digits', { idNumber: '110105491231002' }, [
    ['idNumber', '居民身份证号格式错误（GB 11643-1999：18 位，前 17 位为数字，末位为数字或 X）']]],
  ['CF_NATURAL', '护照: no GB 11643 check', { idType: '02', idNumber: 'E12345678' }, []],
  ['HHB', '自然人 身份证 check digit', { subjectCategory: '自然人', creditCode: '', idType: '01', idNumber: '110105194912310021' }, [
    ['idNumber', '居民身份证号校验位错误（GB 11643-1999）']]],
  // Decision, validity and publication dates
  ['CF_LEGAL', 'decision after the filing day', { decisionDate: '2026-10-11', publicationDate: '' }, [
    ['decisionDate', '处罚决定日期晚于报送日'], ['decisionDate', '处罚决定日期晚于本期最后一天（2026-09-30）']]],
  ['XK_NATURAL', 'decision after the period', { decisionDate: '2026-10-01', validFrom: '2026-10-01', publicationDate: '2026-10-09' }, [
    ['decisionDate', '许可决定日期晚于本期最后一天（2026-09-30）']]],
  ['CF_NATURAL', 'decision before the period: 补报', { decisionDate: '2026-08-31' }, [], [
    ['decisionDate', '处罚决定日期早于本期（2026-09-01 至 2026-09-30），计为补报']]],
  ['HHB', '认定日期 after the filing day', { decisionDate: '2026-10-12' }, [
    ['decisionDate', '认定日期晚于报送日'], ['decisionDate', '认定日期晚于本期最后一天（2026-09-30）']]],
  ['XYDM', '赋码日期 after the filing day', { decisionDate: '2026年10月11日' }, [
    ['decisionDate', '赋码日期晚于报送日'], ['decisionDate', '赋码日期晚于本期最后一天（2026-09-30）']]],
  ['XK_LEGAL', '有效期自 after 有效期至', { validFrom: '2031-09-15' }, [['validFrom', '有效期自晚于有效期至']]],
  ['XK_LEGAL', '有效期自 = 有效期至', { validFrom: '2031-09-14' }, []],
  ['CF_LEGAL', '处罚有效期 before the decision', { penaltyValidUntil: '2026-09-09' }, [['penaltyValidUntil', '处罚有效期早于处罚决定日期']]],
  ['CF_NATURAL', '公示截止期 before the decision', { publicityUntil: '2026/9/1' }, [['publicityUntil', '公示截止期早于处罚决定日期']]],
  ['CF_LEGAL', '公示截止期 长期', { publicityUntil: '长期' }, []],
  ['XK_LEGAL', '公示日期 before the decision', { publicationDate: '2026-09-14' }, [['publicationDate', '公示日期早于许可决定日期']]],
  ['CF_LEGAL', '公示日期 after the filing day', { publicationDate: '2026-10-11 09:00:00' }, [['publicationDate', '公示日期晚于报送日']]],
  ['XK_NATURAL', '公示日期 on the filing day', { publicationDate: '2026-10-10' }, []],
  // Amounts (万元)
  ['CF_LEGAL', 'negative amount', { fineAmount: '-1' }, [['fineAmount', '「罚款金额（万元）」金额不能为负数：“-1”']]],
  ['CF_NATURAL', '7 decimals', { fineAmount: '0.1234567' }, [['fineAmount', '「罚款金额（万元）」金额最多保留 6 位小数：“0.1234567”']]],
  ['CF_LEGAL', 'amount in 元', { fineAmount: 20000 }, [], [
    ['fineAmount', '「罚款金额（万元）」为 20000 万元，超过 10000 万元，请确认是否误按元填写']]],
  ['CF_NATURAL', 'confiscation in 元', { penaltyCategories: '没收违法所得;罚款', confiscationAmount: '15000.5' }, [], [
    ['confiscationAmount', '「没收违法所得、没收非法财物的金额（万元）」为 15000.5 万元，超过 10000 万元，请确认是否误按元填写']]],
];

describe('checkRecord: every check of RECORDS.md §2', () => {
  it.each(CASES)('%s: %s', (kind, _what, patch, errors, warnings = []) => {
    const result = checkRecord(kind, { ...VALID[kind], ...patch }, CONTEXT);
    expect(result.errors.map((e) => [e.field, e.message])).toEqual(errors);
    expect(result.warnings.map((w) => [w.field, w.message])).toEqual(warnings);
    expect(result.record === null).toBe(errors.length > 0);
  });

  it('names the column by the standard’s header', () => {
    const { errors } = checkRecord('CF_LEGAL', { ...VALID.CF_LEGAL, creditCode: 'X' }, CONTEXT);
    expect(errors).toEqual([{ field: 'creditCode', column: '行政相对人代码_1（统一社会信用代码）', message: FORMAT }]);
  });

  it('an empty row has every required column empty', () => {
    const { errors, record } = checkRecord('XYDM', {}, CONTEXT);
    expect(record).toBeNull();
    expect(errors.map((e) => e.column)).toEqual(['主体名称', '主体类型', '统一社会信用代码', '赋码类型', '赋码日期', '登记管理机关']);
  });
});

describe('checkRecord: the context', () => {
  it('without a period (stock filing) an old decision is no 补报 and a later one no error', () => {
    const stock = { ...CONTEXT, period: null };
    expect(checkRecord('CF_LEGAL', { ...VALID.CF_LEGAL, decisionDate: '2014-03-05', penaltyValidUntil: '2015-03-04', publicationDate: '' }, stock))
      .toMatchObject({ errors: [], warnings: [] });
    expect(checkRecord('XYDM', { ...VALID.XYDM, decisionDate: '2026-10-09' }, stock).errors).toEqual([]);
  });

  it('without an area code there is no out-of-area warning', () => {
    const result = checkRecord('CF_LEGAL', { ...VALID.CF_LEGAL, creditCode: OUT_OF_AREA }, { ...CONTEXT, areaCode: null });
    expect(result.warnings).toEqual([]);
  });

  it('takes another district’s code', () => {
    const result = checkRecord('HHB', VALID.HHB, { ...CONTEXT, areaCode: '411102' });
    expect(result.warnings.map((w) => w.message)).toEqual(['统一社会信用代码第 3–8 位（行政区划码）为 411104，不是本区（411102），为区外主体']);
  });

  it.each([{ filingDay: '2026-9-1' }, { period: { first: '2026-09-01', last: '2026-09-31' } }])('refuses a bad context %j', (patch) => {
    expect(() => checkRecord('HHB', VALID.HHB, { ...CONTEXT, ...patch })).toThrow(RangeError);
  });
});

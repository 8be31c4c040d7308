// The six record kinds of RECORDS.md §1: their sheets, their columns (the national templates' header text,
// a stable English field key, R/C/O, the value type and domain, the conditional rule) and which streams
// take them. Data only, plus the rules that say when a C column is required.

/** 附件1–4 (双公示), 红黑榜, 信用代码. */
import { COUNT_FIELD_OF, type CountField, RECORD_KINDS, type RecordKind } from '@credit/contract/labels';

export { COUNT_FIELD_OF, type CountField, RECORD_KINDS, type RecordKind };


/** R = required, C = conditionally required (see `rule` and `requiredWhen`), O = optional. */
export type Requirement = 'R' | 'C' | 'O';

/**
 * text: free text; date: a calendar date (`endDate` columns also take 长期 = no end); amount: 万元, ≥ 0,
 * ≤ 6 decimals; code: a 统一社会信用代码 (GB 32100-2015); idNumber: an identity document number, checked as a
 * 居民身份证号 (GB 11643-1999) when it is one; enum: one value of `domain` (or several with `multiple`).
 */
export type ValueType = 'text' | 'date' | 'amount' | 'code' | 'idNumber' | 'enum';

/** A normalised value: text, a LocalDate, an amount as a canonical decimal string, enum values; null = empty (or 长期). */
export type RecordValue = string | readonly string[] | null;
export type RecordValues = Readonly<Record<string, RecordValue>>;

export interface ColumnSpec {
  readonly field: string;
  /** The header as the national template writes it (full-width brackets). */
  readonly header: string;
  readonly requirement: Requirement;
  readonly type: ValueType;
  /** Allowed values of an enum column, in the template's order. */
  readonly domain?: readonly string[];
  /** Codes accepted for an enum column and the value each stands for (当前状态 1/2, 证件类型 01–05). */
  readonly codes?: Readonly<Record<string, string>>;
  /** Several domain values joined by ; ； or 、 (处罚类别). */
  readonly multiple?: boolean;
  /** A date column in which 长期 means no end. */
  readonly endDate?: boolean;
  /** For an idNumber column: the field holding its 证件类型 (absent: always a 居民身份证号). */
  readonly idTypeField?: string;
  /** The rule in Chinese, for C columns and the template's 填写说明. */
  readonly rule?: string;
  /** For C columns: whether the value is required, given the row's parsed values. */
  readonly requiredWhen?: (values: RecordValues) => boolean;
}

export interface KindSpec {
  readonly kind: RecordKind;
  readonly sheetName: string;
  /** 双公示 annex number (1–4); null for 红黑榜 and 信用代码. */
  readonly annex: 1 | 2 | 3 | 4 | null;
  readonly countField: CountField | null;
  /** The field of the decision date (处罚决定日期 / 许可决定日期 / 认定日期 / 赋码日期). */
  readonly decisionField: 'decisionDate';
  readonly columns: readonly ColumnSpec[];
}

export const SUBJECT_CATEGORIES = ['法人及非法人组织', '个体工商户'] as const;
export const LICENCE_CATEGORIES = ['普通', '特许', '认可', '核准', '登记', '其他'] as const;
/** 行政处罚法（2021）第九条. */
export const PENALTY_CATEGORIES = [
  '警告', '通报批评', '罚款', '没收违法所得', '没收非法财物', '暂扣许可证件', '降低资质等级', '吊销许可证件',
  '限制开展生产经营活动', '责令停产停业', '责令关闭', '限制从业', '行政拘留', '其他',
] as const;
export const ID_TYPES = ['身份证', '护照', '港澳居民来往内地通行证', '台湾居民来往大陆通行证', '外国人永久居留身份证'] as const;
export const ID_TYPE_CODES: Readonly<Record<string, string>> = Object.fromEntries(
  ID_TYPES.map((name, i) => [`0${i + 1}`, name]),
);
export const LICENCE_STATES = ['有效', '无效'] as const;
export const LIST_TYPES = ['红名单', '黑名单', '重点关注名单'] as const;
export const HHB_SUBJECT_CATEGORIES = ['法人及非法人组织', '自然人', '个体工商户'] as const;
export const HHB_STATES = ['有效', '已移出', '已撤销'] as const;
export const ASSIGNMENT_TYPES = ['新赋码', '旧码转换', '纠错'] as const;
/** 主体类型 of 信用代码 and the first two characters (登记管理部门码 + 机构类别码) its code must start with. */
export const ENTITY_TYPE_PREFIXES: Readonly<Record<string, string | null>> = {
  机关: '11', 事业单位: '12', 群团组织: '13', 社会团体: '51', 民办非企业单位: '52', 基金会: '53',
  企业: '91', 个体工商户: '92', 农民专业合作社: '93', 其他: null,
};

/** Whether an enum value (or any of a multi-enum's values) is one of `wanted`. */
export function hasAny(value: RecordValue, wanted: readonly string[]): boolean {
  if (value === null) return false;
  return (typeof value === 'string' ? [value] : value).some((v) => wanted.includes(v));
}

const col = (
  field: string,
  header: string,
  requirement: Requirement,
  type: ValueType = 'text',
  extra: Partial<ColumnSpec> = {},
): ColumnSpec => ({ field, header, requirement, type, ...extra });
const enumCol = (field: string, header: string, domain: readonly string[], extra: Partial<ColumnSpec> = {}) =>
  col(field, header, 'R', 'enum', { domain, ...extra });

/** 行政相对人代码_2…6: with 代码_1 at least one is required. */
const OTHER_SUBJECT_CODES = [
  col('registrationNumber', '行政相对人代码_2（工商注册号）', 'O'),
  col('organizationCode', '行政相对人代码_3（组织机构代码）', 'O'),
  col('taxRegistrationNumber', '行政相对人代码_4（税务登记号）', 'O'),
  col('institutionCertificateNumber', '行政相对人代码_5（事业单位证书号）', 'O'),
  col('socialOrganizationNumber', '行政相对人代码_6（社会组织登记证号）', 'O'),
];

const LEGAL_SUBJECT: readonly ColumnSpec[] = [
  col('subjectName', '行政相对人名称', 'R'),
  enumCol('subjectCategory', '行政相对人类别', SUBJECT_CATEGORIES),
  col('creditCode', '行政相对人代码_1（统一社会信用代码）', 'C', 'code', {
    rule: '行政相对人代码_1…6 至少填写一项',
    requiredWhen: (v) => OTHER_SUBJECT_CODES.every((c) => v[c.field] === null),
  }),
  ...OTHER_SUBJECT_CODES,
  col('legalRepresentative', '法定代表人', 'C', 'text', {
    rule: '行政相对人类别为法人及非法人组织时必填',
    requiredWhen: (v) => v.subjectCategory === '法人及非法人组织',
  }),
  col('legalRepresentativeIdNumber', '法定代表人身份证号', 'O', 'idNumber'),
];

const NATURAL_SUBJECT: readonly ColumnSpec[] = [
  col('subjectName', '行政相对人名称', 'R'),
  enumCol('idType', '证件类型', ID_TYPES, { codes: ID_TYPE_CODES }),
  col('idNumber', '证件号码', 'R', 'idNumber', { idTypeField: 'idType' }),
];

const conditionalOnPenalty = (categories: readonly string[]): Partial<ColumnSpec> => ({
  rule: `处罚类别含${categories.map((c) => `“${c}”`).join('或')}时必填`,
  requiredWhen: (v) => hasAny(v.penaltyCategories ?? null, categories),
});

/** Our extension of every 双公示 kind: the day the unit published the record (RECORDS.md §1, §3). */
const PUBLICATION_DATE = col('publicationDate', '公示日期', 'O', 'date', {
  rule: '本单位网站或区政府网站公示之日，用于计算公示及时性',
});

const PENALTY: readonly ColumnSpec[] = [
  col('documentNumber', '行政处罚决定书文号', 'R'),
  col('violationType', '违法行为类型', 'R'),
  col('violationFacts', '违法事实', 'R'),
  col('penaltyBasis', '处罚依据', 'R'),
  enumCol('penaltyCategories', '处罚类别', PENALTY_CATEGORIES, { multiple: true, rule: '可填多项，以“;”“；”或“、”分隔' }),
  col('penaltyContent', '处罚内容', 'R'),
  col('fineAmount', '罚款金额（万元）', 'C', 'amount', conditionalOnPenalty(['罚款'])),
  col('confiscationAmount', '没收违法所得、没收非法财物的金额（万元）', 'C', 'amount',
    conditionalOnPenalty(['没收违法所得', '没收非法财物'])),
  col('licenceSuspended', '暂扣或吊销证照名称及编号', 'C', 'text', conditionalOnPenalty(['暂扣许可证件', '吊销许可证件'])),
  col('decisionDate', '处罚决定日期', 'R', 'date'),
  col('penaltyValidUntil', '处罚有效期', 'R', 'date', { endDate: true }),
  col('publicityUntil', '公示截止期', 'O', 'date', { endDate: true }),
  col('authority', '处罚机关', 'R'),
  col('authorityCreditCode', '处罚机关统一社会信用代码', 'R', 'code'),
  col('sourceUnit', '数据来源单位', 'R'),
  col('sourceUnitCreditCode', '数据来源单位统一社会信用代码', 'R', 'code'),
  col('remarks', '备注', 'O'),
  PUBLICATION_DATE,
];

const LICENCE: readonly ColumnSpec[] = [
  col('documentName', '行政许可决定文书名称', 'R'),
  col('documentNumber', '行政许可决定文书号', 'R'),
  enumCol('licenceCategory', '许可类别', LICENCE_CATEGORIES),
  col('certificateName', '许可证书名称', 'O'),
  col('licenceNumber', '许可编号', 'O'),
  col('licenceContent', '许可内容', 'R'),
  col('decisionDate', '许可决定日期', 'R', 'date'),
  col('validFrom', '有效期自', 'R', 'date'),
  col('validUntil', '有效期至', 'R', 'date', { endDate: true }),
  col('authority', '许可机关', 'R'),
  col('authorityCreditCode', '许可机关统一社会信用代码', 'R', 'code'),
  enumCol('licenceState', '当前状态', LICENCE_STATES, { codes: { '1': '有效', '2': '无效' } }),
  col('sourceUnit', '数据来源单位', 'R'),
  col('sourceUnitCreditCode', '数据来源单位统一社会信用代码', 'R', 'code'),
  col('remarks', '备注', 'O'),
  PUBLICATION_DATE,
];

const REMOVED = { rule: '状态为已移出或已撤销时必填', requiredWhen: (v: RecordValues) => hasAny(v.listState ?? null, ['已移出', '已撤销']) };
const NATURAL_HHB = { rule: '主体类别为自然人时必填', requiredWhen: (v: RecordValues) => v.subjectCategory === '自然人' };

const HHB: readonly ColumnSpec[] = [
  enumCol('listType', '名单类型', LIST_TYPES),
  enumCol('subjectCategory', '主体类别', HHB_SUBJECT_CATEGORIES),
  col('subjectName', '主体名称', 'R'),
  col('creditCode', '统一社会信用代码', 'C', 'code', {
    rule: '主体类别为法人及非法人组织或个体工商户时必填',
    requiredWhen: (v) => hasAny(v.subjectCategory ?? null, ['法人及非法人组织', '个体工商户']),
  }),
  col('idType', '证件类型', 'C', 'enum', { domain: ID_TYPES, codes: ID_TYPE_CODES, ...NATURAL_HHB }),
  col('idNumber', '证件号码', 'C', 'idNumber', { idTypeField: 'idType', ...NATURAL_HHB }),
  col('legalRepresentative', '法定代表人', 'O'),
  col('listingReason', '列入事由', 'R'),
  col('listingBasis', '认定依据', 'R'),
  col('documentNumber', '认定文号', 'R'),
  col('authority', '认定单位', 'R'),
  col('authorityCreditCode', '认定单位统一社会信用代码', 'R', 'code'),
  col('decisionDate', '认定日期', 'R', 'date'),
  col('validUntil', '有效期至', 'O', 'date', { endDate: true }),
  enumCol('listState', '状态', HHB_STATES),
  col('removalDate', '移出日期', 'C', 'date', REMOVED),
  col('removalReason', '移出原因', 'C', 'text', REMOVED),
  col('sourceUnit', '数据来源单位', 'R'),
  col('remarks', '备注', 'O'),
];

const XYDM: readonly ColumnSpec[] = [
  col('subjectName', '主体名称', 'R'),
  enumCol('entityType', '主体类型', Object.keys(ENTITY_TYPE_PREFIXES)),
  col('creditCode', '统一社会信用代码', 'R', 'code'),
  col('formerCode', '原代码', 'C', 'text', {
    rule: '赋码类型为旧码转换时必填（工商注册号或组织机构代码）',
    requiredWhen: (v) => v.assignmentType === '旧码转换',
  }),
  enumCol('assignmentType', '赋码类型', ASSIGNMENT_TYPES),
  col('decisionDate', '赋码日期', 'R', 'date'),
  col('registrationAuthority', '登记管理机关', 'R'),
  col('remarks', '备注', 'O'),
];

const spec = (kind: RecordKind, sheetName: string, annex: KindSpec['annex'], columns: readonly ColumnSpec[]): KindSpec => ({
  kind,
  sheetName,
  annex,
  countField: COUNT_FIELD_OF[kind],
  decisionField: 'decisionDate',
  columns,
});

export const KIND_SPECS: Readonly<Record<RecordKind, KindSpec>> = {
  CF_LEGAL: spec('CF_LEGAL', '附件1 法人行政处罚', 1, [...LEGAL_SUBJECT, ...PENALTY]),
  XK_LEGAL: spec('XK_LEGAL', '附件2 法人行政许可', 2, [...LEGAL_SUBJECT, ...LICENCE]),
  CF_NATURAL: spec('CF_NATURAL', '附件3 自然人行政处罚', 3, [...NATURAL_SUBJECT, ...PENALTY]),
  XK_NATURAL: spec('XK_NATURAL', '附件4 自然人行政许可', 4, [...NATURAL_SUBJECT, ...LICENCE]),
  HHB: spec('HHB', '红黑榜', null, HHB),
  XYDM: spec('XYDM', '信用代码', null, XYDM),
};

export function kindSpec(kind: RecordKind): KindSpec {
  return KIND_SPECS[kind];
}

export function isRecordKind(value: unknown): value is RecordKind {
  return typeof value === 'string' && (RECORD_KINDS as readonly string[]).includes(value);
}

/** The column of a field, or undefined if the kind has no such field. */
export function columnOf(kind: RecordKind, field: string): ColumnSpec | undefined {
  return KIND_SPECS[kind].columns.find((c) => c.field === field);
}

/** Whether a kind is one of the four 双公示 kinds (附件1–4). */
export function isSgsKind(kind: RecordKind): boolean {
  return KIND_SPECS[kind].annex !== null;
}

export type AnnexCounts = Record<CountField, number>;

/**
 * The counts of 附件1–4 of some (valid) records, each standing for `count` records (default one);
 * 红黑榜 and 信用代码 records count in none.
 */
export function annexCounts(records: Iterable<{ kind: RecordKind; count?: number }>): AnnexCounts {
  const counts: AnnexCounts = {
    legalPersonPenalties: 0,
    legalPersonLicenses: 0,
    naturalPersonPenalties: 0,
    naturalPersonLicenses: 0,
  };
  for (const { kind, count = 1 } of records) {
    const field = KIND_SPECS[kind].countField;
    if (field) counts[field] += count;
  }
  return counts;
}

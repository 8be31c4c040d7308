// The checks of RECORDS.md §2 on one record: an error keeps the record out, a warning lets it in and is
// shown. Every message is Chinese and names its rule. Duplicates are in duplicates.ts.

import { isValidLocalDate, type LocalDate } from '../../domain/dates.ts';
import { creditCodeCheckChar, isValidIdCardNumber } from '../../domain/identifiers.ts';
import { ENTITY_TYPE_PREFIXES, kindSpec, type ColumnSpec, type RecordKind, type RecordValue, type RecordValues } from './kinds.ts';
import {
  AMOUNT_WARNING_LIMIT,
  isBlank,
  isImplausibleAmount,
  parseAmount,
  parseDate,
  parseEndDate,
  parseEnum,
  parseEnumList,
  parseIdentifier,
  parseText,
  type Parsed,
} from './values.ts';

/** Pure data: what the checks need to know about the filing. */
export interface CheckContext {
  /** The day the unit files (Asia/Shanghai); decision and publication dates may not be after it. */
  readonly filingDay: LocalDate;
  /** A monthly obligation's period; null for stock and other filings (no period rule). */
  readonly period: { readonly first: LocalDate; readonly last: LocalDate } | null;
  /** The district's 行政区划代码 (setting; 召陵区 411104); null or '' = no out-of-area warning. */
  readonly areaCode: string | null;
}

export interface Issue {
  readonly field: string;
  /** The standard's header of the column (the caller may show the file's own header instead). */
  readonly column: string;
  readonly message: string;
}

export interface CheckResult {
  /** The normalised values of every column of the kind (null = empty or 长期), or null when there are errors. */
  readonly record: RecordValues | null;
  readonly errors: readonly Issue[];
  readonly warnings: readonly Issue[];
}

/** GB 32100-2015: 18 characters of the code alphabet (no I, O, S, V, Z). */
const CREDIT_CODE_FORMAT = /^[0-9A-HJ-NPQRTUWXY]{18}$/u;
const ID_CARD_FORMAT = /^\d{17}[\dX]$/u;

function parseCell(column: ColumnSpec, cell: unknown): Parsed<RecordValue> {
  switch (column.type) {
    case 'date':
      return column.endDate ? parseEndDate(cell) : parseDate(cell);
    case 'amount':
      return parseAmount(cell);
    case 'code':
    case 'idNumber':
      return parseIdentifier(cell);
    case 'enum':
      return column.multiple ? parseEnumList(column, cell) : parseEnum(column, cell);
    case 'text':
      return parseText(cell);
  }
}

function assertContext(context: CheckContext): void {
  const days = [context.filingDay, ...(context.period ? [context.period.first, context.period.last] : [])];
  for (const d of days) if (!isValidLocalDate(d)) throw new RangeError(`Invalid LocalDate in CheckContext: ${JSON.stringify(d)}`);
}

const COLUMNS_BY_FIELD = new Map<RecordKind, ReadonlyMap<string, ColumnSpec>>();

/** A kind's columns by field (built once per kind, not once per row). */
function columnsByField(kind: RecordKind): ReadonlyMap<string, ColumnSpec> {
  let byField = COLUMNS_BY_FIELD.get(kind);
  if (!byField) {
    byField = new Map(kindSpec(kind).columns.map((c) => [c.field, c]));
    COLUMNS_BY_FIELD.set(kind, byField);
  }
  return byField;
}

/** Checks one record (a row as { field: cell }, e.g. from rowValues) of a kind. Cells of other fields are ignored. */
export function checkRecord(kind: RecordKind, rawRow: Readonly<Record<string, unknown>>, context: CheckContext): CheckResult {
  assertContext(context);
  const spec = kindSpec(kind);
  const values: Record<string, RecordValue> = {};
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const byField = columnsByField(kind);
  const add = (list: Issue[], field: string, message: string) =>
    list.push({ field, column: byField.get(field)!.header, message });
  const error = (field: string, message: string) => add(errors, field, message);
  const warn = (field: string, message: string) => add(warnings, field, message);

  // Values: a cell that is not blank is parsed; one that does not parse is an error and counts as given.
  const given = new Set<string>();
  for (const column of spec.columns) {
    values[column.field] = null;
    const cell = rawRow[column.field];
    if (isBlank(cell)) continue;
    given.add(column.field);
    const parsed = parseCell(column, cell);
    if (parsed.ok) values[column.field] = parsed.value;
    else error(column.field, `「${column.header}」${parsed.message}`);
  }

  for (const column of spec.columns) {
    if (given.has(column.field)) continue;
    if (column.requirement === 'R') error(column.field, `必填项「${column.header}」为空`);
    else if (column.requirement === 'C' && column.requiredWhen?.(values)) {
      error(column.field, `「${column.header}」为空（${column.rule}）`);
    }
  }

  const ctx = { kind, values, context, error, warn, header: (f: string) => byField.get(f)!.header };
  checkIdentifiers(ctx, spec.columns);
  checkSubjectCode(ctx);
  checkDates(ctx);
  for (const column of spec.columns) {
    const amount = values[column.field];
    if (column.type === 'amount' && typeof amount === 'string' && isImplausibleAmount(amount)) {
      warn(column.field, `「${column.header}」为 ${amount} 万元，超过 ${AMOUNT_WARNING_LIMIT} 万元，请确认是否误按元填写`);
    }
  }
  return { record: errors.length === 0 ? Object.freeze(values) : null, errors, warnings };
}

interface Ctx {
  readonly kind: RecordKind;
  readonly values: Readonly<Record<string, RecordValue>>;
  readonly context: CheckContext;
  readonly error: (field: string, message: string) => void;
  readonly warn: (field: string, message: string) => void;
  readonly header: (field: string) => string;
}

const str = (v: RecordValue | undefined): string | null => (typeof v === 'string' ? v : null);

/** The problem of a 居民身份证号 under GB 11643-1999, or null when it is valid. */
export function idCardProblem(id: string, filingDay: LocalDate | null = null): string | null {
  if (!ID_CARD_FORMAT.test(id)) return '居民身份证号格式错误（GB 11643-1999：18 位，前 17 位为数字，末位为数字或 X）';
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isValidLocalDate(birth)) return '居民身份证号出生日期无效（GB 11643-1999）';
  if (filingDay !== null && birth > filingDay) return '居民身份证号出生日期晚于报送日（GB 11643-1999）';
  return isValidIdCardNumber(id) ? null : '居民身份证号校验位错误（GB 11643-1999）';
}

/** The problem of a 统一社会信用代码 under GB 32100-2015: 'format', 'check' (check character) or null. */
export function creditCodeProblem(code: string): 'format' | 'check' | null {
  if (!CREDIT_CODE_FORMAT.test(code)) return 'format';
  return creditCodeCheckChar(code.slice(0, 17)) === code[17] ? null : 'check';
}

export const CREDIT_CODE_FORMAT_MESSAGE =
  '统一社会信用代码格式错误（GB 32100-2015：18 位，由数字和除 I、O、S、V、Z 以外的大写字母组成）';
export const CREDIT_CODE_CHECK_MESSAGE = '统一社会信用代码校验位错误（GB 32100-2015）';

function checkIdentifiers(ctx: Ctx, columns: readonly ColumnSpec[]): void {
  for (const column of columns) {
    const value = str(ctx.values[column.field]);
    if (value === null) continue;
    if (column.type === 'code') {
      const problem = creditCodeProblem(value);
      if (problem === 'format') ctx.error(column.field, CREDIT_CODE_FORMAT_MESSAGE);
      // Some early pilot-area codes are legal and fail the check; the units that assign codes (XYDM) must get it right.
      else if (problem === 'check') (ctx.kind === 'XYDM' ? ctx.error : ctx.warn)(column.field, CREDIT_CODE_CHECK_MESSAGE);
    } else if (column.type === 'idNumber') {
      const isIdCard = column.idTypeField === undefined || ctx.values[column.idTypeField] === '身份证';
      const problem = isIdCard ? idCardProblem(value, ctx.context.filingDay) : null;
      if (problem) ctx.error(column.field, problem);
    }
  }
}

/** The subject's code: 个体工商户 ↔ 92, the district's 行政区划 (positions 3–8), XYDM's 主体类型 prefix. */
function checkSubjectCode(ctx: Ctx): void {
  const code = str(ctx.values.creditCode);
  if (code === null || creditCodeProblem(code) === 'format') return;
  const category = str(ctx.values.subjectCategory);
  if (category !== null) {
    const categoryHeader = ctx.header('subjectCategory');
    if (category === '个体工商户' && !code.startsWith('92')) {
      ctx.warn('creditCode', `${categoryHeader}为个体工商户，但统一社会信用代码不以 92 开头`);
    } else if (category === '法人及非法人组织' && code.startsWith('92')) {
      ctx.warn('creditCode', `${categoryHeader}为法人及非法人组织，但统一社会信用代码以 92（个体工商户）开头`);
    }
  }
  const area = ctx.context.areaCode;
  if (area && code.slice(2, 8) !== area) {
    ctx.warn('creditCode', `统一社会信用代码第 3–8 位（行政区划码）为 ${code.slice(2, 8)}，不是本区（${area}），为区外主体`);
  }
  const entityType = str(ctx.values.entityType);
  const prefix = entityType === null ? null : ENTITY_TYPE_PREFIXES[entityType];
  if (ctx.kind === 'XYDM' && prefix && !code.startsWith(prefix)) {
    ctx.error(
      'creditCode',
      `统一社会信用代码前两位（登记管理部门码和机构类别码）为 ${code.slice(0, 2)}，与主体类型「${entityType}」不符（应为 ${prefix}）`,
    );
  }
}

function checkDates(ctx: Ctx): void {
  const { values, context } = ctx;
  const decision = str(values.decisionDate);
  const decisionHeader = ctx.header('decisionDate');
  if (decision !== null) {
    if (decision > context.filingDay) ctx.error('decisionDate', `${decisionHeader}晚于报送日`);
    const period = context.period;
    if (period && decision > period.last) {
      ctx.error('decisionDate', `${decisionHeader}晚于本期最后一天（${period.last}）`);
    } else if (period && decision < period.first) {
      ctx.warn('decisionDate', `${decisionHeader}早于本期（${period.first} 至 ${period.last}），计为补报`);
    }
    for (const field of ['penaltyValidUntil', 'publicityUntil']) {
      const end = str(values[field]);
      if (end !== null && end < decision) ctx.error(field, `${ctx.header(field)}早于${decisionHeader}`);
    }
  }
  const from = str(values.validFrom);
  const until = str(values.validUntil);
  if (ctx.kind.startsWith('XK_') && from !== null && until !== null && from > until) {
    ctx.error('validFrom', '有效期自晚于有效期至');
  }
  const published = str(values.publicationDate);
  if (published !== null) {
    if (decision !== null && published < decision) ctx.error('publicationDate', `公示日期早于${decisionHeader}`);
    if (published > context.filingDay) ctx.error('publicationDate', '公示日期晚于报送日');
  }
}

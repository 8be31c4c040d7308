// Cell values of RECORDS.md §1: text, dates (several spellings and real Excel date cells), amounts in 万元,
// enum domains and identifiers. Dates are calendar dates of Asia/Shanghai; nothing here reads the
// machine's time zone.

import { fromDayNumber, isValidLocalDate, toDayNumber, type LocalDate } from '../../domain/dates.ts';
import type { ColumnSpec } from './kinds.ts';

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (message: string): Parsed<never> => ({ ok: false, message });

/** 长期 in an end-date column: no end. */
export const NO_END = '长期';

/**
 * The text of a cell as a spreadsheet reader hands it over: strings (trimmed), numbers, booleans, and the
 * object shapes of exceljs (rich text, hyperlinks, formulas with a result). A Date (an exceljs date cell:
 * wall-clock as UTC) gives 'YYYY-MM-DD', with ' HH:mm:ss' when it has a time; use parseDate for date
 * columns. Empty cells give ''.
 */
export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number' || typeof cell === 'boolean' || typeof cell === 'bigint') return String(cell);
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return '';
    const [date, time] = cell.toISOString().slice(0, 19).split('T');
    return time === '00:00:00' ? date! : `${date} ${time}`;
  }
  if (typeof cell === 'object') {
    const o = cell as { richText?: { text?: unknown }[]; text?: unknown; result?: unknown };
    if (Array.isArray(o.richText)) return o.richText.map((r) => (typeof r.text === 'string' ? r.text : '')).join('').trim();
    if ('result' in o) return cellText(o.result);
    if ('text' in o) return cellText(o.text);
  }
  return '';
}

/** The value of a formula cell ({ formula, result }) or the cell itself. */
function unwrap(cell: unknown): unknown {
  if (cell && typeof cell === 'object' && !(cell instanceof Date) && 'result' in cell) return (cell as { result: unknown }).result;
  return cell;
}

export function isBlank(cell: unknown): boolean {
  return cellText(cell) === '';
}

const DATE_HINT = '应为 YYYY-MM-DD、YYYY/MM/DD 或 YYYY年M月D日';
const DASH_OR_SLASH = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/u;
const CHINESE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/u;
/** Excel's day 25569 is 1970-01-01 (1900 date system; day 60 is the non-existent 1900-02-29). */
const EXCEL_EPOCH_OFFSET = 25_569;
const MIN_YEAR = 1900;
const MAX_YEAR = 2099;
const MAX_SERIAL = toDayNumber(`${MAX_YEAR}-12-31`) + EXCEL_EPOCH_OFFSET;

function checkedDate(year: number, month: number, day: number): LocalDate | null {
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  const s = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isValidLocalDate(s) ? s : null;
}

function dateFromText(text: string): LocalDate | null {
  const t = text.normalize('NFKC').replace(/\s+/gu, ' ');
  const m = DASH_OR_SLASH.exec(t);
  if (m) {
    const [hour, minute, second] = [Number(m[5] ?? 0), Number(m[6] ?? 0), Number(m[7] ?? 0)];
    if (hour > 23 || minute > 59 || second > 59) return null;
    return checkedDate(Number(m[1]), Number(m[3]), Number(m[4]));
  }
  const c = CHINESE.exec(t.replace(/ /gu, ''));
  return c ? checkedDate(Number(c[1]), Number(c[2]), Number(c[3])) : null;
}

/** An Excel serial day number (1900 system; a fraction is the time of day); days outside 1900-03-01…2099-12-31 are refused. */
export function dateFromExcelSerial(serial: number): LocalDate | null {
  if (!Number.isFinite(serial) || serial < 61 || serial >= MAX_SERIAL + 1) return null;
  const day = fromDayNumber(Math.floor(serial) - EXCEL_EPOCH_OFFSET);
  return checkedDate(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10)));
}

/**
 * A date cell → LocalDate. Text: YYYY-MM-DD, YYYY/MM/DD (month and day may have one digit), YYYY年M月D日,
 * and either of the first two with a time (HH:mm or HH:mm:ss, dropped: it is a wall-clock time in
 * Shanghai). A number is an Excel serial day. A JS Date is read the way exceljs builds one from a date
 * cell — the cell's wall-clock date and time as UTC — so its UTC calendar date is the cell's date
 * whatever the machine's zone. Years outside 1900–2099 are refused.
 */
export function parseDate(cell: unknown): Parsed<LocalDate> {
  const v = unwrap(cell);
  let date: LocalDate | null = null;
  if (v instanceof Date) {
    date = Number.isNaN(v.getTime()) ? null : checkedDate(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate());
  } else if (typeof v === 'number') {
    date = dateFromExcelSerial(v);
  } else {
    date = dateFromText(cellText(v));
  }
  return date ? ok(date) : fail(`不是有效日期：“${cellText(cell)}”（${DATE_HINT}）`);
}

/** An end-date cell: a date, or 长期 (value null: no end). */
export function parseEndDate(cell: unknown): Parsed<LocalDate | null> {
  if (cellText(cell).normalize('NFKC') === NO_END) return ok(null);
  const parsed = parseDate(cell);
  return parsed.ok ? parsed : fail(`不是有效日期：“${cellText(cell)}”（${DATE_HINT}，或填“长期”）`);
}

/** The upper bound beyond which an amount in 万元 was probably entered in 元 (a warning). */
export const AMOUNT_WARNING_LIMIT = 10_000;
const AMOUNT_RE = /^(\d+)(?:\.(\d{1,6}))?$/u;

/**
 * An amount in 万元: a decimal ≥ 0 with at most 6 decimals → its canonical decimal string (no leading or
 * trailing zeros: "1.50" → "1.5"), exact for any length, so it can go to a DECIMAL column unchanged.
 * A numeric cell is taken as the shortest decimal that reads back as the same double.
 */
export function parseAmount(cell: unknown): Parsed<string> {
  const v = unwrap(cell);
  const text = typeof v === 'number' ? (Number.isFinite(v) ? numberToPlain(v) : '') : cellText(v).normalize('NFKC');
  if (/^-/u.test(text)) return fail(`金额不能为负数：“${text}”`);
  const m = AMOUNT_RE.exec(text);
  if (!m) {
    return fail(/^\d+\.\d{7,}$/u.test(text)
      ? `金额最多保留 6 位小数：“${text}”`
      : `金额应为以万元为单位的数字：“${cellText(cell)}”`);
  }
  const integer = m[1]!.replace(/^0+(?=\d)/u, '');
  const fraction = (m[2] ?? '').replace(/0+$/u, '');
  return ok(fraction ? `${integer}.${fraction}` : integer);
}

/** A double as plain decimal text (no exponent): 1e-7 → "0.0000001", so the 6-decimal rule sees it. */
function numberToPlain(n: number): string {
  const s = String(n);
  if (!/e/iu.test(s)) return s;
  return n.toFixed(20).replace(/(\.\d*?)0+$/u, '$1').replace(/\.$/u, '');
}

/** An amount (canonical string) above AMOUNT_WARNING_LIMIT 万元. */
export function isImplausibleAmount(amount: string): boolean {
  return Number(amount) > AMOUNT_WARNING_LIMIT;
}

const MULTI_SEPARATORS = /[;；、]/u;

function enumValue(column: ColumnSpec, text: string): string | null {
  const t = text.normalize('NFKC').replace(/\s+/gu, '');
  const domain = column.domain ?? [];
  if (domain.includes(t)) return t;
  const codes = column.codes ?? {};
  if (Object.hasOwn(codes, t)) return codes[t]!;
  // A numeric cell loses its leading zero: 1 stands for 01.
  if (/^\d$/u.test(t) && Object.hasOwn(codes, `0${t}`)) return codes[`0${t}`]!;
  return null;
}

function domainText(column: ColumnSpec): string {
  const codes = Object.entries(column.codes ?? {}).map(([code, name]) => `${code} ${name}`);
  return codes.length > 0 ? codes.join(' / ') : (column.domain ?? []).join(' / ');
}

/** One value of an enum column (codes accepted where the column has them) → the domain's value. */
export function parseEnum(column: ColumnSpec, cell: unknown): Parsed<string> {
  const text = cellText(cell);
  const value = enumValue(column, text);
  return value !== null ? ok(value) : fail(`“${text}”不在取值范围内（${domainText(column)}）`);
}

/** One or more values joined by ; ； or 、 → the distinct domain values in the order given. */
export function parseEnumList(column: ColumnSpec, cell: unknown): Parsed<readonly string[]> {
  const parts = cellText(cell).split(MULTI_SEPARATORS).map((p) => p.trim()).filter((p) => p !== '');
  const values: string[] = [];
  const bad: string[] = [];
  for (const part of parts) {
    const value = enumValue(column, part);
    if (value === null) bad.push(part);
    else if (!values.includes(value)) values.push(value);
  }
  if (bad.length > 0) return fail(`${bad.map((b) => `“${b}”`).join('、')}不在取值范围内（${domainText(column)}）`);
  return values.length > 0 ? ok(values) : fail('为空');
}

/**
 * A code or identity document number as stored and checked: NFKC (full-width letters and digits become
 * half-width), no white space, upper case. A numeric cell of more than 15 digits has already lost digits
 * to floating point, so it is refused rather than read as some other number.
 */
export function parseIdentifier(cell: unknown): Parsed<string> {
  const v = unwrap(cell);
  if (typeof v === 'number' && !Number.isSafeInteger(v)) return fail('数字位数过多已失真，请将该列设置为文本格式后重新填写');
  return ok(cellText(v).normalize('NFKC').replace(/\s+/gu, '').toUpperCase());
}

/** Trimmed text; internal white space is kept. */
export function parseText(cell: unknown): Parsed<string> {
  return ok(cellText(cell));
}

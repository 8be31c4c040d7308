// Request validation with zod: one pipe, Chinese field messages, and the 400 shape of DESIGN.md §3.
import { Param, type PipeTransform } from '@nestjs/common';
import { z } from 'zod';
import { notFound, ValidationFailed, type FieldErrors } from './errors.ts';
import { isValidLocalDate } from '../domain/dates.ts';

// Friendly Chinese messages for the common cases; zod's zh-CN locale for the rest. A message given on a
// schema itself always wins over these.
z.config(z.locales.zhCN());
z.config({ customError: messageFor });

function messageFor(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return '必填';
      if (issue.expected === 'number' || issue.expected === 'int') return '必须是数字';
      if (issue.expected === 'string') return '必须是文本';
      if (issue.expected === 'boolean') return '必须是“是”或“否”';
      if (issue.expected === 'array') return '必须是列表';
      if (issue.expected === 'object') return '格式不正确';
      return '类型不正确';
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? '不能为空' : `至少 ${issue.minimum} 个字符`;
      if (issue.origin === 'array') return `至少 ${issue.minimum} 项`;
      return `不能小于 ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `不能超过 ${issue.maximum} 个字符`;
      if (issue.origin === 'array') return `最多 ${issue.maximum} 项`;
      return `不能大于 ${issue.maximum}`;
    case 'invalid_value':
      return `取值无效，可选：${issue.values.map(String).join('、')}`;
    case 'unrecognized_keys':
      return `不支持的字段：${issue.keys.join('、')}`;
    default:
      return undefined;
  }
}

/** Sets a field's first message; `__proto__`, `constructor` and the like are plain keys here, never lookups. */
export function setFieldError(errors: FieldErrors, key: string, message: string): void {
  if (Object.hasOwn(errors, key)) return;
  Object.defineProperty(errors, key, { value: message, enumerable: true, writable: true, configurable: true });
}

export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) setFieldError(errors, [...issue.path, key].join('.'), '不支持的字段');
      continue;
    }
    setFieldError(errors, issue.path.length ? issue.path.join('.') : '_', issue.message);
  }
  return errors;
}

export const NUL_MESSAGE = '不能包含空字符（\\u0000）';

/** Every text (and key) of a request that holds a NUL byte, which PostgreSQL cannot store, by field path. */
export function nulFieldErrors(value: unknown, errors: FieldErrors = {}, path: string[] = [], depth = 0): FieldErrors {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) setFieldError(errors, path.join('.') || '_', NUL_MESSAGE);
  } else if (value !== null && typeof value === 'object' && depth < 32) {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\u0000')) setFieldError(errors, [...path, key].join('.'), NUL_MESSAGE);
      else nulFieldErrors(item, errors, [...path, key], depth + 1);
    }
  }
  return errors;
}

/** Parses `value` or returns the field errors: NUL bytes anywhere first, then the schema's own rules. */
export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
): { ok: true; data: z.infer<S> } | { ok: false; errors: FieldErrors } {
  const errors = nulFieldErrors(value);
  const result = schema.safeParse(value ?? {});
  if (result.success && Object.keys(errors).length === 0) return { ok: true, data: result.data };
  if (!result.success) for (const [key, message] of Object.entries(fieldErrors(result.error))) setFieldError(errors, key, message);
  return { ok: false, errors };
}

/** Parses `value` or throws the 400 of DESIGN.md §3. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = validate(schema, value);
  if (!result.ok) throw new ValidationFailed(result.errors);
  return result.data;
}

/** `@Body(new ZodPipe(schema))` */
export class ZodPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(private readonly schema: S) {}
  transform(value: unknown): z.infer<S> {
    return parseOrThrow(this.schema, value);
  }
}

// The shared building blocks: every DTO and the list-query parser take their ids, years, dates and instants
// from here, so the bounds PostgreSQL and the calendar can hold are written once.
export const INT4_MAX = 2_147_483_647;
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
export const YEAR_MESSAGE = `年份须在${MIN_YEAR}至${MAX_YEAR}之间`;
const ID_MESSAGE = `编号应为 1 至 ${INT4_MAX} 之间的整数`;

/** A record id in a JSON body: a positive 32-bit integer. */
export const id = () => z.number().int(ID_MESSAGE).min(1, ID_MESSAGE).max(INT4_MAX, ID_MESSAGE);
/** A record id in a query string or list filter ('17' or 17). */
export const idQuery = () => z.coerce.number().int(ID_MESSAGE).min(1, ID_MESSAGE).max(INT4_MAX, ID_MESSAGE);
/** A year in a query string or filter, 2000–2100. */
export const yearQuery = () => z.coerce.number().int(YEAR_MESSAGE).min(MIN_YEAR, YEAR_MESSAGE).max(MAX_YEAR, YEAR_MESSAGE);

/** True when the text starts with a year (YYYY…) within MIN_YEAR–MAX_YEAR. */
const yearInRange = (v: string) => {
  const year = Number(v.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
};

const idSchema = idQuery();

/** Route parameter `:id` as a positive integer; anything else names no record (404), never a 500. */
class IdPipe implements PipeTransform<unknown, number> {
  transform(value: unknown): number {
    const parsed = idSchema.safeParse(value);
    if (!parsed.success) throw notFound();
    return parsed.data;
  }
}

export const IdParam = (name = 'id') => Param(name, new IdPipe());

/** Optional nullable text: '' is stored as null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

export const requiredText = (max: number) => z.string().trim().min(1).max(max);

/** A calendar date 'YYYY-MM-DD' that exists, in 2000–2100. */
export const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine(isValidLocalDate, '日期不存在')
  .refine(yearInRange, YEAR_MESSAGE);

/** A month period key such as '2026-09'. */
export const monthKey = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM')
  .refine(yearInRange, YEAR_MESSAGE);

/** A period key of a range (2026-09, 2026-Q3, 2026), or of one obligation (also ONCE). */
export const periodKey = (options: { once: boolean }) =>
  z
    .string()
    .trim()
    .regex(
      options.once ? /^(\d{4}(-(0[1-9]|1[0-2]|Q[1-4]))?|ONCE)$/ : /^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]))?$/,
      options.once ? '期间格式应为 2026-09、2026-Q3、2026 或 ONCE' : '应为 2026-09、2026-Q3 或 2026',
    )
    .refine((v) => v === 'ONCE' || yearInRange(v), YEAR_MESSAGE);

/** An instant with its offset ('2026-09-30T10:00:00+08:00'), in 2000–2100. */
export const isoInstant = z.iso.datetime({ offset: true }).refine(yearInRange, YEAR_MESSAGE);

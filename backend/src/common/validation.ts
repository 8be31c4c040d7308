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

export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) errors[[...issue.path, key].join('.')] ??= '不支持的字段';
      continue;
    }
    const key = issue.path.length ? issue.path.join('.') : '_';
    errors[key] ??= issue.message;
  }
  return errors;
}

/** Parses `value` or throws the 400 of DESIGN.md §3. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value ?? {});
  if (!result.success) throw new ValidationFailed(fieldErrors(result.error));
  return result.data;
}

/** `@Body(new ZodPipe(schema))` */
export class ZodPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(private readonly schema: S) {}
  transform(value: unknown): z.infer<S> {
    return parseOrThrow(this.schema, value);
  }
}

const idSchema = z.coerce.number().int().positive().max(2_147_483_647);

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

/** A calendar date 'YYYY-MM-DD' that exists. */
export const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine(isValidLocalDate, '日期不存在');

/** A month period key such as '2026-09'. */
export const monthKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM');

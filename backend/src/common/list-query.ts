// The one parser of react-admin's ra-data-simple-rest list dialect:
//   ?sort=["field","ASC"]&range=[0,24]&filter={"q":"…","id":[1,2]}
// and the page type whose `Content-Range: <resource> <start>-<end>/<total>` header the interceptor writes.
import type { PipeTransform } from '@nestjs/common';
import { z } from 'zod';
import { ValidationFailed, type FieldErrors } from './errors.ts';
import { idQuery, validate } from './validation.ts';
import { JsonText } from './json-text.ts';

export const MAX_PAGE_SIZE = 1000;
/** The furthest a page may start: far beyond any table here, well inside what PostgreSQL's OFFSET takes. */
export const MAX_RANGE_START = 1_000_000_000;

export interface ListSpec<F extends z.ZodObject> {
  /** Sortable fields (API names). The first entry of defaultSort must be one of them. */
  sortable: readonly string[];
  defaultSort: readonly [string, 'ASC' | 'DESC'];
  /** Allowed filter keys and their types; unknown keys are refused. */
  filter: F;
}

export interface ListQuery<F> {
  sort: { field: string; order: 'asc' | 'desc' };
  skip: number;
  take: number;
  filter: F;
}

/** Filter fields most resources share: `q` (search) and `id` (getMany sends an array). */
export const idFilter = z.union([idQuery(), z.array(idQuery()).max(MAX_PAGE_SIZE)]).optional();
export const searchFilter = z.string().trim().max(100).optional();

export function parseListQuery<F extends z.ZodObject>(
  query: Record<string, unknown>,
  spec: ListSpec<F>,
): ListQuery<z.infer<F>> {
  const errors: FieldErrors = {};
  const sort = parseSort(query.sort, spec, errors);
  const range = parseRange(query.range, errors);
  const filter = parseFilter(query.filter, spec.filter, errors);
  if (Object.keys(errors).length > 0) throw new ValidationFailed(errors, '查询参数有误');
  return { sort: sort!, skip: range!.start, take: range!.end - range!.start + 1, filter: filter! };
}

export type ListQueryOf<S> = S extends ListSpec<infer F> ? ListQuery<z.infer<F>> : never;

/** `@Query(new ListQueryPipe(SPEC))`: the list query of a resource, parsed by its spec (also read by OpenAPI). */
export class ListQueryPipe<F extends z.ZodObject> implements PipeTransform<unknown, ListQuery<z.infer<F>>> {
  constructor(readonly spec: ListSpec<F>) {}
  transform(value: unknown): ListQuery<z.infer<F>> {
    return parseListQuery((value ?? {}) as Record<string, unknown>, this.spec);
  }
}

/** `range=[start,end]` on its own (endpoints that page without sorting or filtering). */
export function parsePageRange(raw: string): { start: number; end: number } {
  const errors: FieldErrors = {};
  const range = parseRange(raw, errors);
  if (!range) throw new ValidationFailed(errors, '查询参数有误');
  return range;
}

function parseJson(raw: unknown): { ok: true; value: unknown } | { ok: false } {
  if (raw === undefined || raw === '') return { ok: true, value: undefined };
  if (typeof raw !== 'string') return { ok: false };
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false };
  }
}

function parseSort(raw: unknown, spec: ListSpec<z.ZodObject>, errors: FieldErrors) {
  const json = parseJson(raw);
  const value = json.ok ? (json.value ?? spec.defaultSort) : null;
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    typeof value[0] !== 'string' ||
    !['ASC', 'DESC'].includes(String(value[1]).toUpperCase())
  ) {
    errors.sort = '排序参数格式应为 ["字段","ASC|DESC"]';
    return null;
  }
  if (!spec.sortable.includes(value[0])) {
    errors.sort = `不支持按“${value[0]}”排序，可选：${spec.sortable.join('、')}`;
    return null;
  }
  return { field: value[0], order: String(value[1]).toLowerCase() as 'asc' | 'desc' };
}

function parseRange(raw: unknown, errors: FieldErrors) {
  const json = parseJson(raw);
  const value = json.ok ? (json.value ?? [0, 24]) : null;
  const ok =
    Array.isArray(value) &&
    value.length === 2 &&
    value.every((n) => Number.isInteger(n) && n >= 0) &&
    value[1] >= value[0];
  if (!ok) {
    errors.range = '分页参数格式应为 [起始, 结束]，且结束不小于起始';
    return null;
  }
  if (value[0] > MAX_RANGE_START) {
    errors.range = `分页起始位置不能超过 ${MAX_RANGE_START}`;
    return null;
  }
  if (value[1] - value[0] + 1 > MAX_PAGE_SIZE) {
    errors.range = `每页最多 ${MAX_PAGE_SIZE} 条`;
    return null;
  }
  return { start: value[0] as number, end: value[1] as number };
}

function parseFilter<F extends z.ZodObject>(raw: unknown, schema: F, errors: FieldErrors) {
  const json = parseJson(raw);
  const value = json.ok ? (json.value ?? {}) : null;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    errors.filter = '筛选参数必须是 JSON 对象';
    return null;
  }
  // Keys are checked against the spec before anything looks them up: `__proto__` or `constructor` is just
  // an unsupported key.
  const unknown = Object.keys(value).filter((key) => !Object.hasOwn(schema.shape, key));
  if (unknown.length > 0) {
    errors.filter = `不支持的筛选条件：${unknown.join('、')}`;
    return null;
  }
  const parsed = validate(schema.strict(), value);
  if (!parsed.ok) {
    for (const [key, message] of Object.entries(parsed.errors)) errors[`filter.${key}`] = message;
    return null;
  }
  return parsed.data as z.infer<F>;
}

/** A page of a list; the Content-Range interceptor turns it into an array plus the header. */
export class Page<T, Items extends T[] | JsonText = T[]> {
  constructor(
    readonly resource: string,
    /** The rows, or their JSON already serialised. */
    readonly items: Items,
    readonly total: number,
    readonly start: number,
  ) {}

  get contentRange(): string {
    const count = this.items instanceof JsonText ? this.items.count : this.items.length;
    const end = count === 0 ? this.start : this.start + count - 1;
    return `${this.resource} ${this.start}-${end}/${this.total}`;
  }
}

/** `q` as an SQL LIKE pattern matching it anywhere (its own % and _ are literal). */
export const likeAnywhere = (q: string): string => `%${q.replace(/[\\%_]/g, '\\$&')}%`;

/** Prisma `where` of a record hanging off an obligation whose unit, stream or period contains `q`. */
export function obligationSearchWhere(q: string | undefined, extra: Record<string, unknown>[] = []) {
  if (!q) return {};
  const contains = { contains: q, mode: 'insensitive' as const };
  return {
    OR: [
      { obligation: { unit: { name: contains } } },
      { obligation: { stream: { name: contains } } },
      { obligation: { period: contains } },
      ...extra.map((e) => Object.fromEntries(Object.keys(e).map((k) => [k, contains]))),
    ],
  };
}

/** Prisma `where` fragment for the shared `id` filter. */
export function idWhere(id: number | number[] | undefined): { id?: number | { in: number[] } } {
  if (id === undefined) return {};
  return { id: Array.isArray(id) ? { in: id } : id };
}

/** Prisma orderBy for an API sort, with `id` as a stable tie-break. */
export function orderBy(sort: ListQuery<unknown>['sort'], map: Record<string, string> = {}) {
  const field = map[sort.field] ?? sort.field;
  return field === 'id' ? [{ id: sort.order }] : [{ [field]: sort.order }, { id: 'asc' as const }];
}

// The bad-input corpus: every class of input a client can send that once answered 500, applied to every
// route it fits, derived from the routes the app declares (describeRoutes), so a new route is covered.
// Each request carries exactly one bad value; everything else in it is a valid sample.
import type { z } from 'zod';
import type { RouteInfo } from '../../backend/src/openapi/openapi.ts';

export type Role = 'ADMIN' | 'UNIT' | 'ANON';

export interface BadRequest {
  role: Role;
  method: string;
  url: string;
  /** Raw JSON text (so keys like `__proto__` travel as sent). */
  json?: string;
  /** A multipart upload: form fields and one file. */
  multipart?: { fields: Record<string, string>; fileName: string };
  /** The class of bad input, for the report and the coverage check. */
  cls: BadClass;
  /** A read whose extra key is simply ignored: it may answer 2xx (never 5xx). Everything else must be refused. */
  mayPass?: boolean;
  route: string;
}

/** The classes, and where each applies. */
export const CLASSES = {
  bigId: 'ids and numbers beyond 32 bits (path, filter, query, body)',
  nul: 'a NUL byte in any text (filter, query, body, file name)',
  protoKey: '__proto__ / constructor keys (filter, sort, body)',
  range: 'out-of-bounds range (list routes)',
  edgeYear: 'years outside 2000–2100 in dates, periods and instants (filter, query, body, path)',
} as const;
export type BadClass = keyof typeof CLASSES;

const BIG_NUMBERS = [2_147_483_648, 99_999_999_999, 1e20, -2_147_483_649];
type Bad = [BadClass, string];
const BAD_PATH_IDS: Bad[] = [
  ['bigId', '2147483648'], ['bigId', '99999999999'], ['bigId', '1e20'], ['bigId', '-1'], ['bigId', '0'], ['bigId', '1.5'],
  ['nul', '\u0000'], ['protoKey', '__proto__'], ['protoKey', 'constructor'],
];
const BAD_PATH_YEARS: Bad[] = [['edgeYear', '0000'], ['edgeYear', '9999'], ['bigId', '99999999999'], ['bigId', '1e20'], ['nul', '\u0000']];
const BAD_ASSESSMENT_IDS: Bad[] = [['edgeYear', '0000-1'], ['edgeYear', '9999-1'], ['bigId', '2026-9999999999'], ['bigId', '2026-0']];
const BAD_YEARS = ['0000', '0001', '1999', '2101', '9999'];
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];
const BAD_RANGES = ['[1e20,1e20]', '[0,1e20]', '[2147483648,2147483650]', '[99999999999,99999999999]', '[-1,5]', '[1.5,3]'];
const BAD_SORTS = [['__proto__', 'ASC'], ['constructor', 'DESC'], ['id\u0000', 'ASC'], ['id', 'ASC\u0000']].map((v) => JSON.stringify(v));

/**
 * Valid values tried in order for a field's sample: free text and phone numbers first, so only a field that
 * refuses them (a date, period or instant) gets a sample starting with a year, and so the year variants.
 */
const CANDIDATES: unknown[] = [
  '测试用的说明文字',
  '13800138000',
  '0395-2605859',
  'office@example.cn',
  '91110000600037341L',
  1,
  2026,
  'SGS_MONTHLY',
  '2026-09',
  '2026-Q3',
  '2026',
  '2026-09-15',
  '2026-09-30T10:00:00+08:00',
  'sample.user',
  'Password-2026-xyz',
  true,
  [1],
];

type Def = { type?: string; innerType?: z.ZodType; in?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType>; options?: unknown[]; entries?: Record<string, unknown> };
const defOf = (t: z.ZodType) => (t as unknown as { def: Def }).def;

/** The object or enum under optional / default / nullable / transform wrappers. */
function unwrap(t: z.ZodType): z.ZodType {
  for (let i = 0; i < 10; i++) {
    const d = defOf(t);
    const next = d.innerType ?? d.in;
    if (!next) return t;
    t = next;
  }
  return t;
}

export function shapeOf(t: z.ZodType | undefined): Record<string, z.ZodType> | undefined {
  if (!t) return undefined;
  const d = defOf(unwrap(t));
  // A union of objects (a discriminated body such as the channels' test): the corpus speaks to its first shape.
  if (d.type === 'union' && d.options?.length) return shapeOf(d.options[0] as z.ZodType);
  return d.type === 'object' ? d.shape : undefined;
}

/** A value the field accepts, or undefined when none of the candidates fits. */
function sampleOf(field: z.ZodType): unknown {
  const inner = unwrap(field);
  const shape = shapeOf(inner);
  if (shape) return sampleObject(shape);
  const d = defOf(inner);
  const enumValues = d.entries ? Object.values(d.entries) : [];
  return [...enumValues, ...CANDIDATES].find((c) => field.safeParse(c).success);
}

export function sampleObject(shape: Record<string, z.ZodType>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape)) {
    const sample = sampleOf(field);
    if (sample !== undefined) out[key] = sample;
  }
  return out;
}

/** The bad values a field of this sample's kind gets, by class. */
function badValues(sample: unknown, field: z.ZodType): [BadClass, unknown][] {
  const out: [BadClass, unknown][] = [];
  const strings = (s: string) => {
    out.push(['nul', `${s}\u0000`], ['nul', '\u0000']);
    if (/^20\d\d/.test(s)) for (const y of BAD_YEARS) out.push(['edgeYear', y + s.slice(4)]);
  };
  if (typeof sample === 'number' || sample === undefined) for (const n of BIG_NUMBERS) out.push(['bigId', n]);
  if (typeof sample === 'string' || sample === undefined) strings(typeof sample === 'string' ? sample : '');
  if (Array.isArray(sample)) {
    for (const n of BIG_NUMBERS) out.push(['bigId', [n]]);
    out.push(['nul', ['\u0000']]);
  }
  const shape = shapeOf(field);
  if (shape && sample && typeof sample === 'object' && !Array.isArray(sample)) {
    for (const [key, inner] of Object.entries(shape)) {
      for (const [cls, value] of badValues((sample as Record<string, unknown>)[key], inner)) {
        out.push([cls, { ...sample, [key]: value }]);
      }
    }
  }
  return out;
}

/** Each field of the object replaced, one at a time, by each of its bad values. */
function badObjects(shape: Record<string, z.ZodType>): { cls: BadClass; value: Record<string, unknown> }[] {
  const base = sampleObject(shape);
  const out: { cls: BadClass; value: Record<string, unknown> }[] = [];
  for (const [key, field] of Object.entries(shape)) {
    for (const [cls, value] of badValues(base[key], field)) out.push({ cls, value: { ...base, [key]: value } });
  }
  return out;
}

/** Raw JSON with a dangerous key spliced in beside the sample's fields. */
function withKey(base: Record<string, unknown>, key: string, value: unknown): string {
  const rest = JSON.stringify(base).slice(1, -1);
  return `{${JSON.stringify(key)}:${JSON.stringify(value)}${rest ? `,${rest}` : ''}}`;
}

const GOOD_PATH: Record<string, string> = { year: '2026', id: '1', adjustmentId: '1' };
const goodPath = (route: RouteInfo) =>
  route.path.replace(/\{(\w+)\}/g, (_, name: string) => (route.tag === 'assessments' && name === 'id' ? '2026-1' : (GOOD_PATH[name] ?? '1')));

function query(params: Record<string, unknown>): string {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) s.set(k, typeof v === 'string' ? v : JSON.stringify(v));
  return s.toString();
}

/** The requests of one route for one role. */
export function requestsFor(route: RouteInfo, role: Role): BadRequest[] {
  const out: BadRequest[] = [];
  const name = `${route.method.toUpperCase()} ${route.path}`;
  const add = (cls: BadClass, url: string, json?: string, mayPass = false) =>
    out.push({ role, method: route.method, url, json, cls, route: name, ...(mayPass ? { mayPass } : {}) });
  const bodyShape = shapeOf(route.body);
  const baseBody = bodyShape ? JSON.stringify(sampleObject(bodyShape)) : route.method === 'get' || route.method === 'delete' ? undefined : '{}';

  // Path parameters: each one bad, the others good.
  for (const [, param] of route.path.matchAll(/\{(\w+)\}/g)) {
    const values = param === 'year' ? BAD_PATH_YEARS : route.tag === 'assessments' && param === 'id' ? BAD_ASSESSMENT_IDS : BAD_PATH_IDS;
    for (const [cls, v] of values) add(cls, goodPath({ ...route, path: route.path.replace(`{${param}}`, encodeURIComponent(v)) }), baseBody);
  }
  if (role === 'ANON' && !route.isPublic) return out;
  const url = goodPath(route);

  // Query schemas (ZodPipe on @Query): the same field-by-field corpus, as strings.
  const queryShape = shapeOf(route.query);
  if (queryShape) {
    for (const { cls, value } of badObjects(queryShape)) add(cls, `${url}?${query(value)}`);
    for (const key of PROTO_KEYS) add('protoKey', `${url}?${query({ ...sampleObject(queryShape), [key]: '1' })}`, undefined, route.method === 'get');
  }

  // react-admin list routes: filter keys from the spec, bad values per key, dangerous keys, range and sort.
  if (route.list) {
    const filterShape = shapeOf(route.list.filter)!;
    for (const [key, field] of Object.entries(filterShape)) {
      for (const [cls, value] of badValues(sampleOf(field), field)) add(cls, `${url}?${query({ filter: { [key]: value } })}`);
      const sample = sampleOf(field);
      if (typeof sample === 'number') for (const n of BIG_NUMBERS) add('bigId', `${url}?${query({ filter: { [key]: String(n) } })}`);
    }
    for (const key of PROTO_KEYS) {
      add('protoKey', `${url}?${query({ filter: withKey({}, key, 1) })}`);
      add('protoKey', `${url}?${query({ filter: withKey({}, key, { id: 1 }) })}`);
    }
    for (const range of BAD_RANGES) add('range', `${url}?${query({ range })}`);
    for (const sort of BAD_SORTS) add('protoKey', `${url}?${query({ sort })}`);
  }

  // JSON bodies.
  if (bodyShape) {
    const bad = badObjects(bodyShape);
    for (const { cls, value } of bad) add(cls, url, JSON.stringify(value));
    // Beside one bad field, so the request is refused whatever the key does.
    if (bad[0]) for (const key of PROTO_KEYS) add('protoKey', url, withKey(bad[0].value, key, { role: 'ADMIN', unitId: 1 }));
  }
  return out;
}

const BAD_FORM_IDS = ['2147483648', '99999999999', '1e20', '\u0000', '__proto__'];

/** Multipart uploads (attachments, data files): a NUL in the file name, bad ids in the form field. */
export function uploadRequests(role: Role): BadRequest[] {
  return [
    ['/api/attachments', 'unitId', 'report.pdf'],
    ['/api/records/imports', 'obligationId', 'records.csv'],
  ].flatMap(([url, field, fileName]) => {
    const base = { role, method: 'post', url: url!, route: `POST ${url}` };
    return [
      { ...base, cls: 'nul' as const, multipart: { fields: { [field!]: '1' }, fileName: `a\u0000${fileName}` } },
      ...BAD_FORM_IDS.map((id) => ({ ...base, cls: 'bigId' as const, multipart: { fields: { [field!]: id }, fileName: fileName! } })),
    ];
  });
}

// A small parser of prisma/schema.prisma: just what the schema-drift check needs, not a full Prisma grammar.
//
// Understood: `enum` blocks; `model` blocks with @@map, @@id, @@unique, @@index; scalar fields with their
// type, `?`, `[]`, @id, @unique, @default, @map, @db.<NativeType>(args) and @updatedAt. A field whose type
// is another model is a relation field and is skipped (its foreign-key columns are ordinary scalar fields).
// `generator` and `datasource` blocks are ignored. Comments (`//`, `///`) are dropped.
//
// Known limits (fail loudly rather than guess): `view` and `type` blocks, `Unsupported(...)` fields and
// multi-schema (@@schema) projects throw. Enum @map / @@map (renamed values or types) throw too. Index
// options (`type: Hash`, `sort: Desc`, `ops:`, `length:`) are parsed away and not compared; names given with
// `map:` / `name:` are not compared either (the drift check matches indexes by their columns).

export interface PrismaAttribute {
  /** Without the leading `@`/`@@`, e.g. `unique`, `db.Timestamptz`, `default`. */
  name: string;
  /** Raw text between the parentheses, or null when the attribute has none. */
  args: string | null;
}

export interface PrismaField {
  name: string;
  /** The type as written, without `?` / `[]`: `String`, `Int`, an enum name, ... */
  type: string;
  optional: boolean;
  list: boolean;
  /** Database column name: @map("...") or the field name. */
  column: string;
  id: boolean;
  unique: boolean;
  hasDefault: boolean;
  updatedAt: boolean;
  /** Native type from @db.X(args), e.g. { name: 'Timestamptz', args: ['3'] }. */
  nativeType: { name: string; args: string[] } | null;
}

export interface PrismaModel {
  name: string;
  /** Database table name: @@map("...") or the model name. */
  table: string;
  /** Scalar (and enum) fields only: relation fields are skipped. */
  fields: PrismaField[];
  /** Field names of @@id, or null when the id is a field-level @id. */
  compoundId: string[] | null;
  /** Field names of each @@unique. */
  uniques: string[][];
  /** Field names of each @@index. */
  indexes: string[][];
}

export interface PrismaSchema {
  enums: Map<string, string[]>;
  models: PrismaModel[];
}

const SCALARS = new Set(['String', 'Int', 'BigInt', 'Float', 'Decimal', 'Boolean', 'DateTime', 'Json', 'Bytes']);

/** Removes `//` comments, leaving string literals intact. */
function stripComments(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      let inString = false;
      for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (inString) {
          if (c === '\\') i++;
          else if (c === '"') inString = false;
        } else if (c === '"') inString = true;
        else if (c === '/' && line[i + 1] === '/') return line.slice(0, i);
      }
      return line;
    })
    .join('\n');
}

/** Index of the bracket closing the one opened at `open`, skipping string literals. */
function closingIndex(text: string, open: number): number {
  let depth = 0;
  let inString = false;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (--depth === 0) return i;
    }
  }
  throw new Error(`prisma-schema: unbalanced bracket near "${text.slice(open, open + 40)}"`);
}

/** Splits a block body into statements: one per line, except that open brackets continue a statement. */
function statements(body: string): string[] {
  const out: string[] = [];
  let current = '';
  let depth = 0;
  for (const line of body.split('\n')) {
    current += (current ? ' ' : '') + line.trim();
    for (const c of line.replace(/"(?:[^"\\]|\\.)*"/g, '')) {
      if (c === '(' || c === '[') depth++;
      else if (c === ')' || c === ']') depth--;
    }
    if (depth <= 0 && current) {
      out.push(current);
      current = '';
      depth = 0;
    }
  }
  if (current) out.push(current);
  return out;
}

/** Parses `@a @b(...) @db.X(...)` (or `@@...`) sequences. */
function parseAttributes(text: string, prefix: '@' | '@@'): PrismaAttribute[] {
  const attrs: PrismaAttribute[] = [];
  const re = prefix === '@' ? /@(?!@)([A-Za-z_][\w.]*)/y : /@@([A-Za-z_][\w.]*)/y;
  let i = 0;
  while (i < text.length) {
    if (/\s/.test(text[i])) {
      i++;
      continue;
    }
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) throw new Error(`prisma-schema: cannot read attribute at "${text.slice(i, i + 40)}"`);
    i = re.lastIndex;
    let args: string | null = null;
    if (text[i] === '(') {
      const end = closingIndex(text, i);
      args = text.slice(i + 1, end).trim();
      i = end + 1;
    }
    attrs.push({ name: m[1], args });
  }
  return attrs;
}

function unquote(s: string): string {
  const m = /^"((?:[^"\\]|\\.)*)"$/.exec(s.trim());
  if (!m) throw new Error(`prisma-schema: expected a string literal, got ${s}`);
  return m[1].replace(/\\(.)/g, '$1');
}

/** The field list of @@id / @@unique / @@index: the first `[...]`, positional or after `fields:`. */
function fieldList(args: string | null): string[] {
  const open = args?.indexOf('[') ?? -1;
  if (!args || open < 0) throw new Error(`prisma-schema: expected a field list in (${args})`);
  const inner = args.slice(open + 1, closingIndex(args, open));
  // Drop per-field options such as `createdAt(sort: Desc)`.
  return inner
    .replace(/\([^)]*\)/g, '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function parsePrismaSchema(schemaText: string): PrismaSchema {
  const text = stripComments(schemaText);
  const blocks: { kind: string; name: string; body: string }[] = [];
  const header = /\b(model|enum|view|type|generator|datasource)\s+(\w+)\s*\{/g;
  for (let m = header.exec(text); m; m = header.exec(text)) {
    const open = m.index + m[0].length - 1;
    const close = closingIndex(text, open);
    blocks.push({ kind: m[1], name: m[2], body: text.slice(open + 1, close) });
    header.lastIndex = close + 1;
  }

  const enums = new Map<string, string[]>();
  for (const b of blocks.filter((b) => b.kind === 'enum')) {
    const values = statements(b.body).map((s) => {
      if (s.startsWith('@')) throw new Error(`prisma-schema: enum ${b.name}: "${s}" is not supported`);
      const m = /^(\w+)$/.exec(s);
      if (!m) throw new Error(`prisma-schema: enum ${b.name}: mapped or odd value "${s}" is not supported`);
      return m[1];
    });
    enums.set(b.name, values);
  }

  const unsupported = blocks.find((b) => b.kind === 'view' || b.kind === 'type');
  if (unsupported) throw new Error(`prisma-schema: ${unsupported.kind} ${unsupported.name} is not supported`);

  const modelBlocks = blocks.filter((b) => b.kind === 'model');
  const modelNames = new Set(modelBlocks.map((b) => b.name));
  const models = modelBlocks.map((b): PrismaModel => {
    const model: PrismaModel = { name: b.name, table: b.name, fields: [], compoundId: null, uniques: [], indexes: [] };
    for (const s of statements(b.body)) {
      if (s.startsWith('@@')) {
        for (const a of parseAttributes(s, '@@')) {
          if (a.name === 'map') model.table = unquote(a.args ?? '');
          else if (a.name === 'id') model.compoundId = fieldList(a.args);
          else if (a.name === 'unique') model.uniques.push(fieldList(a.args));
          else if (a.name === 'index') model.indexes.push(fieldList(a.args));
          else if (a.name !== 'ignore') throw new Error(`prisma-schema: model ${b.name}: @@${a.name} is not supported`);
        }
        continue;
      }
      const m = /^(\w+)\s+(\w+)(\[\])?(\?)?\s*(.*)$/.exec(s);
      if (!m) throw new Error(`prisma-schema: model ${b.name}: cannot read field "${s}"`);
      const [, name, type, list, optional, rest] = m;
      if (modelNames.has(type)) continue; // relation field
      if (!SCALARS.has(type) && !enums.has(type)) {
        throw new Error(`prisma-schema: model ${b.name}.${name}: type ${type} is not supported`);
      }
      const attrs = parseAttributes(rest, '@');
      const has = (n: string) => attrs.some((a) => a.name === n);
      const map = attrs.find((a) => a.name === 'map');
      const native = attrs.find((a) => a.name.startsWith('db.'));
      model.fields.push({
        name,
        type,
        optional: Boolean(optional),
        list: Boolean(list),
        column: map ? unquote(map.args ?? '') : name,
        id: has('id'),
        unique: has('unique'),
        hasDefault: has('default'),
        updatedAt: has('updatedAt'),
        nativeType: native
          ? { name: native.name.slice(3), args: native.args ? native.args.split(',').map((x) => x.trim()) : [] }
          : null,
      });
    }
    return model;
  });

  return { enums, models };
}

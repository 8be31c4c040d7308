// Compares prisma/schema.prisma with a live (migrated) PostgreSQL database and lists the differences.
//
// Prisma's schema engine cannot run on our machines, so `prisma migrate diff` is unavailable and the SQL
// migrations are applied by our own runner: this check stands in for it. It reads the catalog of the
// connection's current schema (normally `public`) and compares, per model: the table, its columns (type,
// nullability, whether a default exists), the primary key, unique indexes and plain indexes, and per enum:
// the type and its values. Not compared: default expressions, foreign keys / referential actions, index
// names and options (sort order, method), CHECK constraints, sequences, views.
import pg from 'pg';
import { type PrismaField, type PrismaModel, parsePrismaSchema } from './prisma-schema.ts';

/** Tables the database may hold without a model. */
const IGNORED_TABLES = new Set(['_prisma_migrations']);

/** Column type Prisma's schema engine would create, as PostgreSQL's format_type() spells it. */
const NATIVE_TYPES: Record<string, (a: string[]) => string> = {
  Text: () => 'text',
  VarChar: (a) => (a[0] ? `character varying(${a[0]})` : 'character varying'),
  Char: (a) => `character(${a[0] ?? 1})`,
  Uuid: () => 'uuid',
  Xml: () => 'xml',
  Inet: () => 'inet',
  Citext: () => 'citext',
  Integer: () => 'integer',
  SmallInt: () => 'smallint',
  BigInt: () => 'bigint',
  Oid: () => 'oid',
  DoublePrecision: () => 'double precision',
  Real: () => 'real',
  Decimal: (a) => (a.length ? `numeric(${a.join(',')})` : 'numeric'),
  Money: () => 'money',
  Boolean: () => 'boolean',
  Json: () => 'json',
  JsonB: () => 'jsonb',
  ByteA: () => 'bytea',
  Date: () => 'date',
  // Without an explicit precision the column gets PostgreSQL's default (6), which format_type() omits.
  Timestamp: (a) => (a[0] ? `timestamp(${a[0]}) without time zone` : 'timestamp without time zone'),
  Timestamptz: (a) => (a[0] ? `timestamp(${a[0]}) with time zone` : 'timestamp with time zone'),
  Time: (a) => (a[0] ? `time(${a[0]}) without time zone` : 'time without time zone'),
  Timetz: (a) => (a[0] ? `time(${a[0]}) with time zone` : 'time with time zone'),
  Bit: (a) => `bit(${a[0] ?? 1})`,
  VarBit: (a) => (a[0] ? `bit varying(${a[0]})` : 'bit varying'),
};

/** Prisma's default column type per scalar when no @db attribute is given. */
const SCALAR_TYPES: Record<string, string> = {
  String: 'text',
  Int: 'integer',
  BigInt: 'bigint',
  Float: 'double precision',
  Decimal: 'numeric(65,30)', // Prisma renders DECIMAL(65,30) when no @db.Decimal(p, s) is given
  Boolean: 'boolean',
  DateTime: 'timestamp(3) without time zone',
  Json: 'jsonb',
  Bytes: 'bytea',
};

export function expectedColumnType(field: PrismaField, enumNames: Set<string>): string {
  let base: string;
  if (enumNames.has(field.type)) base = field.type;
  else if (field.nativeType) {
    const render = NATIVE_TYPES[field.nativeType.name];
    if (!render) throw new Error(`schema-drift: @db.${field.nativeType.name} is not supported`);
    base = render(field.nativeType.args);
  } else base = SCALAR_TYPES[field.type];
  return field.list ? `${base}[]` : base;
}

interface DbColumn {
  table: string;
  column: string;
  type: string;
  notNull: boolean;
  hasDefault: boolean;
}

interface DbIndex {
  table: string;
  name: string;
  unique: boolean;
  primary: boolean;
  /** Partial (WHERE ...) or on an expression: not expressible in schema.prisma. */
  special: boolean;
  columns: string[];
}

/** The connection's current schema (normally `public`). */
const IN_SCHEMA = '(SELECT oid FROM pg_namespace WHERE nspname = current_schema())';

const TABLES_SQL = `
  SELECT c.relname AS table FROM pg_class c
  WHERE c.relnamespace = ${IN_SCHEMA} AND c.relkind IN ('r', 'p') ORDER BY 1`;

const COLUMNS_SQL = `
  SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
         a.attnotnull AS "notNull", a.atthasdef AS "hasDefault"
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
  WHERE c.relnamespace = ${IN_SCHEMA} AND c.relkind IN ('r', 'p')
    AND a.attnum > 0 AND NOT a.attisdropped
  ORDER BY c.relname, a.attnum`;

const ENUMS_SQL = `
  SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values
  FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
  WHERE t.typnamespace = ${IN_SCHEMA}
  GROUP BY t.typname ORDER BY 1`;

// Key columns only (INCLUDE columns are left out); an expression column has attnum 0 and no name.
const INDEXES_SQL = `
  SELECT t.relname AS table, i.relname AS name, x.indisunique AS unique, x.indisprimary AS primary,
         (x.indpred IS NOT NULL OR x.indexprs IS NOT NULL) AS special,
         array(SELECT a.attname::text FROM unnest(x.indkey[0:x.indnkeyatts - 1]) WITH ORDINALITY k(attnum, n)
               JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum ORDER BY k.n) AS columns
  FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
  WHERE t.relnamespace = ${IN_SCHEMA}
  ORDER BY t.relname, i.relname`;

const list = (cols: string[]) => `(${cols.join(', ')})`;
const sameColumns = (a: string[], b: string[]) => a.length === b.length && a.every((c, i) => c === b[i]);

/** Column names of a model's field list (@@id / @@unique / @@index), reporting unknown fields. */
function columnsOf(model: PrismaModel, fields: string[], what: string, drift: string[]): string[] {
  return fields.map((name) => {
    const field = model.fields.find((f) => f.name === name);
    if (!field) drift.push(`${model.table}: ${what} of model ${model.name} names unknown field ${name}`);
    return field?.column ?? name;
  });
}

/** Human-readable differences between `schemaText` (schema.prisma) and the database; [] when they agree. */
export async function schemaDrift(schemaText: string, databaseUrl: string): Promise<string[]> {
  const schema = parsePrismaSchema(schemaText);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let tables: string[], columns: DbColumn[], dbEnums: { name: string; values: string[] }[], indexes: DbIndex[];
  try {
    tables = (await client.query<{ table: string }>(TABLES_SQL)).rows.map((r) => r.table);
    columns = (await client.query<DbColumn>(COLUMNS_SQL)).rows;
    dbEnums = (await client.query<{ name: string; values: string[] }>(ENUMS_SQL)).rows;
    indexes = (await client.query<DbIndex>(INDEXES_SQL)).rows;
  } finally {
    await client.end();
  }

  const drift: string[] = [];
  const enumNames = new Set(schema.enums.keys());

  // Enums: the type exists and has exactly the declared values, in the declared order.
  const dbEnumMap = new Map(dbEnums.map((e) => [e.name, e.values]));
  for (const [name, values] of schema.enums) {
    const dbValues = dbEnumMap.get(name);
    if (!dbValues) {
      drift.push(`enum ${name}: type is missing from the database`);
      continue;
    }
    const missing = values.filter((v) => !dbValues.includes(v));
    const extra = dbValues.filter((v) => !values.includes(v));
    for (const v of missing) drift.push(`enum ${name}: value ${v} is missing from the database`);
    for (const v of extra) drift.push(`enum ${name}: database has undeclared value ${v}`);
    if (!missing.length && !extra.length && !sameColumns(values, dbValues)) {
      drift.push(`enum ${name}: value order differs: schema ${list(values)}, database ${list(dbValues)}`);
    }
  }
  for (const name of dbEnumMap.keys()) {
    if (!enumNames.has(name)) drift.push(`enum ${name}: type exists in the database but not in the schema`);
  }

  // Tables.
  const modelTables = new Set(schema.models.map((m) => m.table));
  for (const table of tables) {
    if (modelTables.has(table) || IGNORED_TABLES.has(table)) continue;
    drift.push(`${table}: table exists in the database but no model maps to it`);
  }

  for (const model of schema.models) {
    const { table } = model;
    if (!tables.includes(table)) {
      drift.push(`${table}: table of model ${model.name} is missing from the database`);
      continue;
    }

    // Columns. Prisma creates scalar lists without NOT NULL, so a list column is expected to be nullable.
    const dbColumns = new Map(columns.filter((c) => c.table === table).map((c) => [c.column, c]));
    for (const field of model.fields) {
      const col = dbColumns.get(field.column);
      const where = `${table}.${field.column} (${model.name}.${field.name})`;
      if (!col) {
        drift.push(`${where}: column is missing from the database`);
        continue;
      }
      const type = col.type.replaceAll('"', '');
      const expected = expectedColumnType(field, enumNames);
      if (type !== expected) drift.push(`${where}: type differs: schema ${expected}, database ${type}`);
      const nullable = field.optional || field.list;
      if (nullable === col.notNull) {
        const [want, have] = nullable ? ['nullable', 'NOT NULL'] : ['NOT NULL', 'nullable'];
        drift.push(`${where}: schema says ${want}, database column is ${have}`);
      }
      // Only the presence of a default is compared: the expressions are spelled differently on each side.
      if (field.hasDefault !== col.hasDefault) {
        drift.push(
          field.hasDefault
            ? `${where}: schema has @default but the database column has no default`
            : `${where}: database column has a default the schema does not declare`,
        );
      }
    }
    const declared = new Set(model.fields.map((f) => f.column));
    for (const column of dbColumns.keys()) {
      if (declared.has(column)) continue;
      drift.push(`${table}.${column}: column exists in the database but not in model ${model.name}`);
    }

    const tableIndexes = indexes.filter((i) => i.table === table);

    // Primary key.
    const idFields = model.compoundId ?? model.fields.filter((f) => f.id).map((f) => f.name);
    const idColumns = columnsOf(model, idFields, '@@id', drift);
    const pk = tableIndexes.find((i) => i.primary);
    if (!pk && idColumns.length) drift.push(`${table}: primary key ${list(idColumns)} is missing from the database`);
    else if (pk && !sameColumns(pk.columns, idColumns)) {
      drift.push(`${table}: primary key differs: schema ${list(idColumns)}, database ${list(pk.columns)}`);
    }

    // Indexes are matched by kind and exact (ordered) key columns; names are not compared.
    // PARTIAL unique indexes (WHERE ...) and expression indexes may exist without a declaration: Prisma's
    // schema language cannot express them (e.g. contacts_one_primary_per_unit), so they are skipped here.
    const plain = tableIndexes.filter((i) => !i.primary && !i.special);
    const compound = (fields: string[], attr: string) => ({
      columns: columnsOf(model, fields, attr, drift),
      by: `${attr}([${fields.join(', ')}])`,
    });
    const uniqueDecls = [
      ...model.fields
        .filter((f) => f.unique)
        .map((f) => ({ columns: [f.column], by: `@unique ${model.name}.${f.name}` })),
      ...model.uniques.map((u) => compound(u, '@@unique')),
    ];
    const indexDecls = model.indexes.map((ix) => compound(ix, '@@index'));
    for (const [decls, unique] of [[uniqueDecls, true], [indexDecls, false]] as const) {
      const kind = unique ? 'unique index' : 'index';
      const dbSide = plain.filter((i) => i.unique === unique);
      for (const d of decls) {
        if (!dbSide.some((i) => sameColumns(i.columns, d.columns))) {
          drift.push(`${table}: ${kind} on ${list(d.columns)} declared by ${d.by} is missing from the database`);
        }
      }
      for (const i of dbSide) {
        if (!decls.some((d) => sameColumns(i.columns, d.columns))) {
          const what = `${kind} ${i.name} on ${list(i.columns)}`;
          drift.push(`${table}: ${what} exists in the database but is not declared in the schema`);
        }
      }
    }
  }
  return drift;
}

// `npm run backup`: one consistent, gzip-compressed logical dump of the database (attachments included:
// they are stored in it). The PostgreSQL 18 server's own pg_dump is not available here (the embedded
// package ships only initdb, pg_ctl and postgres; Debian 12's pg_dump 15 refuses a newer server), so the
// dump is taken with plain SQL in one REPEATABLE READ snapshot:
//   line 1   header JSON: format, version, server version, applied migrations, tables (in foreign-key
//            order) with their row counts, sequences with their values;
//   then     per table a `{"table": name}` line and one JSON string per row: the row's text form (`t::text`).
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { createGzip } from 'node:zlib';
import pg from 'pg';

export const BACKUP_FORMAT = 'credit-backup';
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  serverVersion: string;
  migrations: string[];
  tables: { name: string; rows: number }[];
  sequences: { name: string; value: string }[];
}

/** Rows fetched per round trip: about 8 MB (attachments rows are large). */
const FETCH_BYTES = 8 * 1024 * 1024;

export async function writeBackup(databaseUrl: string, file: string, createdAt: Date): Promise<BackupHeader> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const partial = `${file}.partial`;
  const gzip = createGzip();
  const out = gzip.pipe(createWriteStream(partial, { mode: 0o600 }));
  const write = async (line: string) => {
    if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
  };
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const header = await readHeader(client, createdAt);
    await write(JSON.stringify(header));
    for (const table of header.tables) {
      await write(JSON.stringify({ table: table.name }));
      const batch = await fetchSize(client, table.name, table.rows);
      await client.query(`DECLARE dump NO SCROLL CURSOR FOR SELECT t::text AS r FROM "${table.name}" t`);
      for (;;) {
        const { rows } = await client.query<{ r: string }>(`FETCH ${batch} FROM dump`);
        for (const row of rows) await write(JSON.stringify(row.r));
        if (rows.length < batch) break;
      }
      await client.query('CLOSE dump');
    }
    await client.query('COMMIT');
    gzip.end();
    await once(out, 'finish');
    await rename(partial, file);
    return header;
  } catch (error) {
    gzip.destroy();
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}

async function readHeader(client: pg.Client, createdAt: Date): Promise<BackupHeader> {
  const version = await client.query<{ server_version: string }>('SHOW server_version');
  const migrations = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM "_prisma_migrations"
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  const tables: BackupHeader['tables'] = [];
  for (const name of await tablesInDependencyOrder(client)) {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${name}"`);
    tables.push({ name, rows: Number(rows[0].n) });
  }
  const sequences = await client.query<{ name: string; value: string }>(
    `SELECT sequencename AS name, last_value::text AS value FROM pg_sequences
     WHERE schemaname = current_schema() AND last_value IS NOT NULL ORDER BY sequencename`,
  );
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: createdAt.toISOString(),
    serverVersion: version.rows[0].server_version,
    migrations: migrations.rows.map((r) => r.name),
    tables,
    sequences: sequences.rows,
  };
}

/** The schema's tables (but Prisma's migration log), each after every table it references. */
export async function tablesInDependencyOrder(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string; refs: string[] }>(
    `SELECT c.relname::text AS name,
            coalesce(array_agg(DISTINCT r.relname::text) FILTER (WHERE r.oid <> c.oid), '{}'::text[]) AS refs
     FROM pg_class c
     JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
     LEFT JOIN pg_constraint k ON k.conrelid = c.oid AND k.contype = 'f'
     LEFT JOIN pg_class r ON r.oid = k.confrelid
     WHERE c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'
     GROUP BY c.relname ORDER BY c.relname`,
  );
  const pending = new Map(rows.map((r) => [r.name, new Set(r.refs)]));
  const ordered: string[] = [];
  while (pending.size > 0) {
    const ready = [...pending].filter(([, refs]) => [...refs].every((ref) => !pending.has(ref))).map(([name]) => name);
    if (ready.length === 0) throw new Error(`Foreign keys form a cycle among: ${[...pending.keys()].join(', ')}`);
    for (const name of ready) {
      ordered.push(name);
      pending.delete(name);
    }
  }
  return ordered;
}

async function fetchSize(client: pg.Client, table: string, rows: number): Promise<number> {
  if (rows === 0) return 1_000;
  const { rows: size } = await client.query<{ bytes: string }>(`SELECT pg_total_relation_size($1::regclass) AS bytes`, [`"${table}"`]);
  const perRow = Math.max(1, Number(size[0].bytes) / rows);
  return Math.max(1, Math.min(1_000, Math.floor(FETCH_BYTES / perRow)));
}

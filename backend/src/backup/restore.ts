// `npm run restore -- FILE`: loads a backup of dump.ts into an empty database (or, with --force, one whose
// data it replaces). In one transaction, so a failed restore changes nothing: the schema is rebuilt from
// the migrations the backup was taken at, the rows are loaded and counted against the header, the
// sequences set, then any newer migrations are applied.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import pg from 'pg';
import { applyMigrations, readMigrations } from '../database/migrator.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader } from './dump.ts';

/** Rows per INSERT, and at most this many bytes of row text. */
const BATCH_ROWS = 500;
const BATCH_BYTES = 8 * 1024 * 1024;

export class RestoreRefused extends Error {}

export async function restoreBackup(databaseUrl: string, file: string, options: { force: boolean }): Promise<BackupHeader> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity })[Symbol.asyncIterator]();
  const first = await lines.next().catch(() => ({ done: true as const, value: undefined })); // not gzip
  const header = parseHeader(first.done ? '' : first.value);
  const migrations = await readMigrations();
  const known = new Set(migrations.map((m) => m.name));
  const unknown = header.migrations.filter((m) => !known.has(m));
  if (unknown.length > 0) {
    throw new RestoreRefused(`备份来自更新版本的程序（未知迁移：${unknown.join(', ')}）/ The backup comes from a newer version (unknown migrations: ${unknown.join(', ')})`);
  }

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    const schema = (await client.query<{ s: string }>('SELECT current_schema() AS s')).rows[0].s;
    await checkTarget(client, schema, options.force);
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE; CREATE SCHEMA "${schema}"`);
    // The schema the rows were taken from; rows that migrations insert are replaced by the backup's.
    await applyMigrations(client, migrations.filter((m) => header.migrations.includes(m.name)));
    const tables = header.tables.map((t) => `"${t.name}"`);
    // The rows come as they were: triggers (e.g. the data changes' log) must not add rows on the way in, nor
    // on the TRUNCATE that empties the tables first.
    for (const t of tables) await client.query(`ALTER TABLE ${t} DISABLE TRIGGER USER`);
    await client.query(`TRUNCATE ${tables.join(', ')}`);
    let table: string | null = null;
    let batch: string[] = [];
    let bytes = 0;
    const flush = async () => {
      if (batch.length === 0) return;
      await client.query(`INSERT INTO "${table}" SELECT (r::"${table}").* FROM unnest($1::text[]) AS u(r)`, [batch]);
      batch = [];
      bytes = 0;
    };
    for (let next = await lines.next(); !next.done; next = await lines.next()) {
      const line = next.value;
      if (line.startsWith('{')) {
        await flush();
        table = (JSON.parse(line) as { table: string }).table;
        if (!header.tables.some((t) => t.name === table)) throw new Error(`Backup names an unknown table: ${table}`);
        continue;
      }
      if (table === null) throw new Error('Backup file is damaged: a row before any table');
      const row = JSON.parse(line) as string;
      batch.push(row);
      bytes += row.length;
      if (batch.length >= BATCH_ROWS || bytes >= BATCH_BYTES) await flush();
    }
    await flush();
    for (const t of header.tables) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${t.name}"`);
      if (Number(rows[0].n) !== t.rows) throw new Error(`Backup file is incomplete: ${t.name} has ${rows[0].n} rows, expected ${t.rows}`);
    }
    for (const t of tables) await client.query(`ALTER TABLE ${t} ENABLE TRIGGER USER`);
    for (const s of header.sequences) await client.query('SELECT setval($1::regclass, $2::bigint, true)', [`"${s.name}"`, s.value]);
    await applyMigrations(client, migrations); // those newer than the backup
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  return header;
}

function parseHeader(line: string): BackupHeader {
  let header: BackupHeader;
  try {
    header = JSON.parse(line) as BackupHeader;
  } catch {
    throw new RestoreRefused('不是本系统的备份文件 / Not a backup of this system');
  }
  if (header?.format !== BACKUP_FORMAT) throw new RestoreRefused('不是本系统的备份文件 / Not a backup of this system');
  if (header.version !== BACKUP_VERSION) throw new RestoreRefused(`不支持的备份格式版本 ${header.version} / Unsupported backup format version`);
  return header;
}

/** Refuses a database that other sessions use (the app is running) or that holds rows, unless forced. */
async function checkTarget(client: pg.Client, schema: string, force: boolean): Promise<void> {
  const { rows: sessions } = await client.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
  );
  if (sessions[0].n > 0) {
    throw new RestoreRefused(`数据库正在被使用（${sessions[0].n} 个连接），请先停止应用 / The database is in use (${sessions[0].n} connections): stop the app first`);
  }
  if (force) return;
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'`,
    [schema],
  );
  for (const { name } of tables) {
    const { rowCount } = await client.query(`SELECT 1 FROM "${name}" LIMIT 1`);
    if (rowCount) {
      throw new RestoreRefused(`目标数据库不是空的（表 ${name} 有数据），如确认覆盖请加 --force / The target database is not empty (table ${name} has rows); add --force to replace its data`);
    }
  }
}

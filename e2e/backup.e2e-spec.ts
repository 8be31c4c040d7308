// `npm run backup` → `npm run restore`: a demo database (seed + generated history with attachments) goes
// through the real tool's process and comes back identical, table by table and sequence by sequence.
import { spawnSync } from 'node:child_process';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { generateHistory } from '../backend/src/demo/history.ts';
import { tempDataDir } from './support/app-process.ts';
import { startTestApp, type TestApp } from './support/test-app.ts';

const TOOL = path.resolve(import.meta.dirname, '..', 'backend', 'dist', 'backup', 'main.js');
const NOW = new Date('2026-09-20T12:00:00+08:00');

function tool(databaseUrl: string, dataDir: string, ...args: string[]) {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const run = spawnSync(process.execPath, [TOOL, ...args], {
    env: { ...env, DATABASE_URL: databaseUrl, DATA_DIR: dataDir, CLOCK_START: '2026-12-01T10:00:00+08:00' },
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Every table's row count and content checksum, the sequences' values and the applied migrations. */
async function fingerprint(url: string) {
  const tables = await query<{ name: string }>(
    url,
    `SELECT tablename::text AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`,
  );
  const result: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await query<{ n: string; sum: string }>(
      url,
      `SELECT count(*) AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS sum FROM "${name}" t`,
    );
    result[name] = `${row.n} ${row.sum}`;
  }
  for (const s of await query<{ name: string; v: string }>(url, `SELECT sequencename::text AS name, last_value::text AS v FROM pg_sequences ORDER BY 1`)) {
    result[`sequence ${s.name}`] = s.v;
  }
  const migrations = await query<{ m: string }>(url, `SELECT string_agg(migration_name, ',' ORDER BY migration_name) AS m FROM "_prisma_migrations"`);
  result.migrations = migrations[0].m;
  return result;
}

async function emptyDatabase(): Promise<string> {
  const server = process.env.E2E_PG_SERVER_URL!;
  const name = `restore_${Math.random().toString(36).slice(2, 10)}`;
  await query(`${server}postgres`, `CREATE DATABASE "${name}" TEMPLATE template0`);
  return `${server}${name}`;
}

describe('backup and restore', () => {
  let t: TestApp;
  let source: Record<string, string>;
  let file: string;
  let dataDir: string;
  beforeAll(async () => {
    t = await startTestApp();
    await generateHistory(t.app, { now: NOW, seed: 'backup', months: 3 });
    await t.close(); // the restore refuses a database in use; the backup would not mind
    source = await fingerprint(t.databaseUrl);
    dataDir = await tempDataDir();
  }, 60_000);
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('writes one compressed dump under DATA_DIR/backups', async () => {
    expect(Number(source.attachments.split(' ')[0])).toBeGreaterThan(0);
    const run = tool(t.databaseUrl, dataDir, 'backup');
    expect(run.output).toContain('备份完成');
    expect(run.status).toBe(0);
    const files = await readdir(path.join(dataDir, 'backups'));
    expect(files).toEqual([expect.stringMatching(/^credit-2026-12-01T02-00-00-\d{3}Z\.backup\.gz$/)]);
    file = path.join(dataDir, 'backups', files[0]);
  });

  it('restores it into an empty database, identical table by table', async () => {
    const target = await emptyDatabase();
    const run = tool(target, dataDir, 'restore', file);
    expect(run.output).toContain('恢复完成');
    expect(run.status).toBe(0);
    expect(await fingerprint(target)).toEqual(source);
  }, 60_000);

  it('refuses a database with data unless --force, and then replaces it', async () => {
    const other = await startTestApp(); // seeded: not empty
    await other.close();
    const before = await fingerprint(other.databaseUrl);
    const refused = tool(other.databaseUrl, dataDir, 'restore', file);
    expect(refused.status).toBe(1);
    expect(refused.output).toContain('目标数据库不是空的');
    expect(await fingerprint(other.databaseUrl)).toEqual(before);

    const forced = tool(other.databaseUrl, dataDir, 'restore', file, '--force');
    expect(forced.status).toBe(0);
    expect(await fingerprint(other.databaseUrl)).toEqual(source);
  }, 60_000);

  it('refuses what is not one of its backups, and a database in use', async () => {
    const notBackup = tool(await emptyDatabase(), dataDir, 'restore', TOOL);
    expect(notBackup.status).toBe(1);
    expect(notBackup.output).toContain('不是本系统的备份文件');
    const busy = await startTestApp();
    try {
      const inUse = tool(busy.databaseUrl, dataDir, 'restore', file, '--force');
      expect(inUse.status).toBe(1);
      expect(inUse.output).toContain('请先停止应用');
    } finally {
      await busy.close();
    }
  });
});

// The project's migration runner: records in Prisma's table, safe when two instances start at once,
// refuses an edited migration, and a failing migration leaves nothing behind.
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { migrate, MIGRATIONS_DIR, readMigrations } from '../backend/src/database/migrator.ts';

const serverUrl = () => process.env.E2E_PG_SERVER_URL as string;

async function emptyDatabase(): Promise<string> {
  const name = `m_${Math.random().toString(36).slice(2, 10)}`;
  const c = new pg.Client({ connectionString: `${serverUrl()}postgres` });
  await c.connect();
  await c.query(`CREATE DATABASE "${name}"`);
  await c.end();
  return `${serverUrl()}${name}`;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql)).rows;
  } finally {
    await c.end();
  }
}

describe('migration runner', () => {
  it('applies every migration once, even when two instances start at the same moment', async () => {
    const url = await emptyDatabase();
    const [a, b] = await Promise.all([migrate(url), migrate(url)]);
    const expected = (await readMigrations()).map((m) => m.name);
    expect([...a, ...b].sort()).toEqual(expected.sort());
    const rows = await query<{ migration_name: string; checksum: string }>(url, 'SELECT migration_name, checksum FROM "_prisma_migrations"');
    expect(rows.map((r) => r.migration_name).sort()).toEqual(expected.sort());
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.checksum))).toBe(true);
    expect(await migrate(url)).toEqual([]);
  });

  it('refuses to start when an applied migration was edited', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'mig-'));
    await mkdir(path.join(dir, '001_a'));
    await writeFile(path.join(dir, '001_a', 'migration.sql'), 'CREATE TABLE a (id int);');
    const url = await emptyDatabase();
    expect(await migrate(url, dir)).toEqual(['001_a']);
    await writeFile(path.join(dir, '001_a', 'migration.sql'), 'CREATE TABLE a (id bigint);');
    await expect(migrate(url, dir)).rejects.toThrow(/checksum/);
  });

  it('rolls back a failing migration completely', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'mig-'));
    await mkdir(path.join(dir, '001_ok'));
    await writeFile(path.join(dir, '001_ok', 'migration.sql'), 'CREATE TABLE ok (id int);');
    await mkdir(path.join(dir, '002_bad'));
    await writeFile(path.join(dir, '002_bad', 'migration.sql'), 'CREATE TABLE bad (id int); SELECT * FROM missing_table;');
    const url = await emptyDatabase();
    await expect(migrate(url, dir)).rejects.toThrow();
    const tables = await query<{ tablename: string }>(url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
    expect(tables).toEqual([]);
  });

  it('reads the real migrations folder in Prisma’s format', async () => {
    const migrations = await readMigrations(MIGRATIONS_DIR);
    expect(migrations.length).toBeGreaterThan(0);
    for (const m of migrations) expect(m.name).toMatch(/^\d{14}_[a-z0-9_]+$/);
  });
});

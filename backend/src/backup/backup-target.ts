// The database a backup is taken from or restored into: DATABASE_URL's, or the embedded one of DATA_DIR —
// the running server when the app is up (found through postmaster.pid), else one started for the job.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AppConfig } from '../config/app-config.ts';
import { isServerOf } from '../database/postgres-process.ts';

export const EMBEDDED_DATABASE = 'credit';

export interface BackupTarget {
  url: string;
  close(): Promise<void>;
}

export async function openTarget(config: AppConfig): Promise<BackupTarget> {
  if (config.databaseUrl) return { url: config.databaseUrl, close: async () => undefined };
  const running = await runningServerUrl(config.dataDir);
  if (running) return { url: `${running}${EMBEDDED_DATABASE}`, close: async () => undefined };
  const { startEmbeddedPostgres } = await import('../database/embedded-postgres.ts');
  const db = await startEmbeddedPostgres(config.dataDir);
  await db.createDatabase(EMBEDDED_DATABASE);
  return { url: db.url(EMBEDDED_DATABASE), close: () => db.stop() };
}

/** The server URL of a PostgreSQL already serving DATA_DIR/pg (postmaster.pid: pid, dir, start, port…). */
async function runningServerUrl(dataDir: string): Promise<string | null> {
  const databaseDir = path.resolve(dataDir, 'pg');
  const lines = (await readFile(path.join(databaseDir, 'postmaster.pid'), 'utf8').catch(() => '')).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!(pid > 0 && port > 0 && isServerOf(pid, databaseDir))) return null;
  const password = (await readFile(path.join(dataDir, 'pg-password'), 'utf8')).trim();
  return `postgresql://postgres:${password}@127.0.0.1:${port}/`;
}

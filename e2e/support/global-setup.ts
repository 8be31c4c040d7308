// Starts one real PostgreSQL for the whole run (embedded, in a fresh temporary folder) and migrates a
// template database; every test file then clones its own database from it in milliseconds.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../../backend/src/database/embedded-postgres.ts';
import { migrate } from '../../backend/src/database/migrator.ts';

export const TEMPLATE_DB = 'template_app';

export default async function globalSetup(): Promise<void> {
  // One server per Jest run: with several projects (e2e, browser) each project runs this setup, and a second
  // server would outlive the teardown and keep Jest from exiting.
  if ((globalThis as { __E2E_DB__?: unknown }).__E2E_DB__) return;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'credit-e2e-'));
  const db = await startEmbeddedPostgres(dir, { persistent: false });
  await db.createDatabase(TEMPLATE_DB);
  await migrate(db.url(TEMPLATE_DB));
  process.env.E2E_PG_SERVER_URL = db.serverUrl;
  (globalThis as { __E2E_DB__?: typeof db }).__E2E_DB__ = db;
}

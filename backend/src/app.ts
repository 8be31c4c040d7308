// Builds the Nest application and prepares its database; shared by `npm start`, the demo, the benchmark
// and the e2e tests, so they all run the same app.
import 'reflect-metadata';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { type LogLevel, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { AppModule } from './app.module.ts';
import { type Clock, PinnedClock, SystemClock } from './clock/clock.ts';
import type { AppConfig } from './config/app-config.ts';
import type { EmbeddedDatabase } from './database/embedded-postgres.ts';
import { migrate } from './database/migrator.ts';
import { waitForDatabase } from './database/wait-for-database.ts';
import { mountOpenApi } from './openapi/openapi.ts';
import { SeedService } from './seed/seed.service.ts';

const LOG_LEVELS: Record<AppConfig['logLevel'], LogLevel[]> = {
  error: ['error', 'fatal'],
  warn: ['error', 'fatal', 'warn'],
  log: ['error', 'fatal', 'warn', 'log'],
  debug: ['error', 'fatal', 'warn', 'log', 'debug', 'verbose'],
};

export interface PreparedDatabase {
  databaseUrl: string;
  embedded: EmbeddedDatabase | null;
}

/** Without DATABASE_URL: start the embedded PostgreSQL under dataDir; with it, wait for the server. Then migrate. */
export async function prepareDatabase(config: AppConfig): Promise<PreparedDatabase> {
  const logger = new Logger('Database');
  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    // Loaded only when needed: a server with DATABASE_URL never touches the embedded binaries.
    const { startEmbeddedPostgres } = await import('./database/embedded-postgres.ts');
    embedded = await startEmbeddedPostgres(config.dataDir);
    await embedded.createDatabase('credit');
    databaseUrl = embedded.url('credit');
    logger.log(`Embedded PostgreSQL started (data in ${config.dataDir})`);
  } else {
    await waitForDatabase(databaseUrl);
  }
  const applied = await migrate(databaseUrl);
  if (applied.length > 0) logger.log(`Migrations applied: ${applied.join(', ')}`);
  return { databaseUrl, embedded };
}

/** The clock the configuration asks for: the machine's, or one pinned at `CLOCK_START` (tests, demos). */
export function clockFor(config: AppConfig): Clock {
  return config.clockStart ? new PinnedClock(config.clockStart) : new SystemClock();
}

export async function createApp(config: AppConfig, clock: Clock = clockFor(config)): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, clock), {
    logger: LOG_LEVELS[config.logLevel],
    bodyParser: true,
  });
  app.setGlobalPrefix('api');
  app.useBodyParser('json', { limit: '1mb' });
  app.set('trust proxy', config.trustProxy);
  mountOpenApi(app);
  serveDashboard(app, config.dashboardDir);
  await app.init();
  return app;
}

/** The built dashboard on the same origin; client-side routes fall back to index.html. */
function serveDashboard(app: NestExpressApplication, dir: string): void {
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) return;
  app.useStaticAssets(dir, { index: false, maxAge: '1h', immutable: false });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api')) return next();
    res.sendFile(index);
  });
}

export { SeedService };

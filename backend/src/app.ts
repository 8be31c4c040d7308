// Builds the Nest application and prepares its database; shared by `npm start`, the demo, the benchmark
// and the e2e tests, so they all run the same app.
import 'reflect-metadata';
import { type LogLevel, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module.ts';
import { type Clock, PinnedClock, SystemClock } from './clock/clock.ts';
import type { AppConfig } from './config/app-config.ts';
import type { EmbeddedDatabase } from './database/embedded-postgres.ts';
import { migrate } from './database/migrator.ts';
import { waitForDatabase } from './database/wait-for-database.ts';
import { mountOpenApi } from './openapi/openapi.ts';
import { SeedService } from './seed/seed.service.ts';
import { compressResponses } from './web/compression.ts';
import { dashboardHandler } from './web/dashboard.ts';
import { securityHeaders } from './web/security-headers.ts';

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
  app.disable('x-powered-by');
  app.use(securityHeaders);
  app.use(compressResponses);
  mountOpenApi(app);
  const dashboard = dashboardHandler(config.dashboardDir);
  if (dashboard) app.use(dashboard);
  await app.init();
  return app;
}

export { SeedService };

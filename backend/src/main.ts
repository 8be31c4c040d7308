// `npm start`: the real app on an embedded PostgreSQL (or DATABASE_URL), migrated, seeded, served on one port.
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from './config/app-config.ts';
import { createApp, prepareDatabase, SeedService } from './app.ts';
import { ObligationsService } from './obligations/obligations.service.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const { databaseUrl, embedded } = await prepareDatabase(config);
  const app = await createApp({ ...config, databaseUrl });
  await app.get(SeedService).run();
  await app.get(ObligationsService).generate(undefined, { full: false });
  await app.listen(config.port);
  const logger = new Logger('Main');
  logger.log(`信用办督查考核平台 is running at ${config.publicUrl} (API under /api, docs at /api/docs)`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received, shutting down`);
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  // Every start failure says what went wrong, never a bare `undefined`.
  if (error instanceof ConfigError) {
    console.error(`配置有误 / ${error.message}`);
  } else if (error instanceof Error) {
    console.error(`启动失败 / Start failed: ${error.message}`);
    if (error.stack) console.error(error.stack.split("\n").slice(1).join("\n"));
  } else {
    console.error(`启动失败 / Start failed: ${String(error) || 'unknown error'}`);
  }
  process.exit(1);
});

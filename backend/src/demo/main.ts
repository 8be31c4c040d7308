// `npm run demo`: the same app on a data folder of its own (.data-demo/), filled on first start with a year
// of history for the plan's 33 units and demo accounts of every role. It never touches the database of
// `npm start`: DATABASE_URL is ignored and the normal data folder is refused.
import { TransactionRunner } from '../database/transaction-runner.ts';
import path from 'node:path';
import { clockFor, createApp, prepareDatabase, SeedService } from '../app.ts';
import { hashPassword } from '../identity/passwords.ts';
import { Clock } from '../clock/clock.ts';
import { ConfigError, loadConfig } from '../config/app-config.ts';
import { PrismaService } from '../database/prisma.service.ts';
import { shanghaiDate } from '../domain/dates.ts';
import { addMonths } from '../domain/months.ts';
import { ObligationsService } from '../obligations/obligations.service.ts';
import { Settings } from '../settings/settings.service.ts';
import { DemoRepository } from './demo.repository.ts';
import { generateHistory } from './history.ts';
import { generateDemoRecords } from './history-records.ts';
import { generateHistoryNotices } from './history-notices.ts';
import { demoUsers } from './history-people.ts';

export const DEMO_PASSWORD = 'demo-2026-pw';
const HISTORY_MONTHS = 12;

function demoConfig() {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const dataDir = env.DEMO_DATA_DIR || '.data-demo';
  const normalConfig = loadConfig(env);
  const normal = normalConfig.dataDir;
  const config = loadConfig({
    ...env,
    DATA_DIR: dataDir,
    ADMIN_PASSWORD: DEMO_PASSWORD,
    LOG_LEVEL: env.LOG_LEVEL || 'warn',
    TRACKING_START: addMonths(shanghaiDate(clockFor(normalConfig).now()).slice(0, 7), -HISTORY_MONTHS),
  });
  if (path.resolve(config.dataDir) === path.resolve(normal)) {
    throw new ConfigError(`The demo needs a data folder of its own; DEMO_DATA_DIR points at ${normal}, the folder of npm start.`);
  }
  return config;
}

async function main(): Promise<void> {
  if (process.env.DATABASE_URL) console.warn('DATABASE_URL is ignored: the demo runs on its own embedded database.');
  const config = demoConfig();
  const { databaseUrl, embedded } = await prepareDatabase(config);
  const app = await createApp({ ...config, databaseUrl });
  await app.get(SeedService).run();
  await app.get(ObligationsService).generate();

  const repo = new DemoRepository(app.get(PrismaService));
  const settings = app.get(Settings);
  if (!(await settings.get('demo.history'))) {
    const units = await repo.units(Number.MAX_SAFE_INTEGER);
    await repo.insertUsers(demoUsers(units), await hashPassword(DEMO_PASSWORD));
    console.log('Writing a year of history for the demo …');
    const result = await generateHistory(app, { months: HISTORY_MONTHS });
    const records = await generateDemoRecords(app, { months: HISTORY_MONTHS, now: app.get(Clock).now() });
    console.log(`Records: ${records} valid records entered the district library`);
    const notices = await generateHistoryNotices(app, { fromMonth: result.fromMonth, now: app.get(Clock).now() });
    console.log(`Notices: the chase of every morning of the history stored ${notices} notices`);
    await app.get(TransactionRunner).run((tx) => settings.set(tx, 'demo.history', { ...result, at: app.get(Clock).now().toISOString() }));
    console.log(
      `History from ${result.fromMonth}: ${result.obligations} obligations, ${result.submissions} filings, ` +
        `${result.explanations} explanations, ${result.exemptions} exemptions, ${result.contacts} contacts`,
    );
  }

  await app.listen(config.port);
  console.log(
    [
      '',
      `信用办督查考核平台 · 演示 (demo data in ${config.dataDir})`,
      `  ${config.publicUrl}`,
      '',
      `  登录 · logins (password for all: ${DEMO_PASSWORD})`,
      '    admin    管理员 (信用办)            office   管理员 (信用办 李科长)',
      '    leader   领导小组成员 (只读)',
      '    unit01   区编办 单位联系人           unit02 … unit33: the other units in the plan\'s order',
      '',
    ].join('\n'),
  );

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});

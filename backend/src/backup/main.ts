// `npm run backup` and `npm run restore -- FILE [--force]` (scripts/backup.mjs, scripts/restore.mjs).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { clockFor } from '../app.ts';
import { ConfigError, loadConfig } from '../config/app-config.ts';
import { openTarget } from './backup-target.ts';
import { writeBackup } from './dump.ts';
import { RestoreRefused, restoreBackup } from './restore.ts';

const USAGE = '用法 / usage: npm run backup | npm run restore -- FILE [--force]';

async function main(args: string[]): Promise<void> {
  const [command, ...rest] = args;
  const config = loadConfig();
  if (command === 'backup') {
    const now = clockFor(config).now();
    const dir = path.join(config.dataDir, 'backups');
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, `credit-${now.toISOString().replace(/[:.]/g, '-')}.backup.gz`);
    const target = await openTarget(config);
    try {
      const header = await writeBackup(target.url, file, now);
      const rows = header.tables.reduce((sum, t) => sum + t.rows, 0);
      console.log(`备份完成 / Backup written: ${file} (${header.tables.length} tables, ${rows} rows)`);
    } finally {
      await target.close();
    }
    return;
  }
  if (command === 'restore') {
    const file = rest.find((a) => !a.startsWith('--'));
    const unknown = rest.filter((a) => a.startsWith('--') && a !== '--force');
    if (!file || unknown.length > 0) throw new RestoreRefused(USAGE);
    const target = await openTarget(config);
    try {
      const header = await restoreBackup(target.url, path.resolve(file), { force: rest.includes('--force') });
      console.log(`恢复完成 / Restored ${file} (taken ${header.createdAt}, ${header.tables.length} tables)`);
    } finally {
      await target.close();
    }
    return;
  }
  throw new RestoreRefused(USAGE);
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof RestoreRefused) console.error(error.message);
    else console.error(`失败 / Failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);

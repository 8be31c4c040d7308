// The province-scale dataset: the plan's registry grown to N units, and years of realistic history written
// by the same generator as the demo. A dataset of the same scale already in the database is reused.
import { TransactionRunner } from '../database/transaction-runner.ts';
import { createApp, SeedService } from '../app.ts';
import { loadConfig } from '../config/app-config.ts';
import { generateHistory } from '../demo/history.ts';
import { Settings } from '../settings/settings.service.ts';
import type { BenchOptions } from './options.ts';
import { timeOnce } from './stats.ts';

export const BENCH_ADMIN_PASSWORD = 'bench-admin-password';

export interface DatasetInfo {
  units: number;
  years: number;
  obligations: number;
  submissions: number;
  /** Seconds it took to build (0 when reused). */
  buildSeconds: number;
  reused: boolean;
}

export async function prepareDataset(databaseUrl: string, o: BenchOptions, now: Date): Promise<DatasetInfo> {
  const config = loadConfig(
    { ADMIN_PASSWORD: BENCH_ADMIN_PASSWORD },
    { databaseUrl, logLevel: 'warn', schedulerEnabled: false, dashboardDir: '/nonexistent' },
  );
  const app = await createApp(config);
  try {
    const settings = app.get(Settings);
    const existing = await settings.get('bench.dataset');
    if (existing && existing.units === o.units && existing.years === o.years) return { ...existing, buildSeconds: 0, reused: true };
    await app.get(SeedService).run();
    const { seconds, result } = await timeOnce(() =>
      generateHistory(app, { units: o.units, months: o.years * 12 - 1, seed: 'bench', now }),
    );
    const info: DatasetInfo = {
      units: result.units,
      years: o.years,
      obligations: result.obligations,
      submissions: result.submissions,
      buildSeconds: seconds,
      reused: false,
    };
    await app.get(TransactionRunner).run((tx) => settings.set(tx, 'bench.dataset', { ...info }));
    return info;
  } finally {
    await app.close();
  }
}

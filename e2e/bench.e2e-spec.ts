// The benchmark at a tiny scale, so it never rots: every figure of results.json is produced. No timing
// assertions here: speed is reported by `npm run bench`, not tested.
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parseBenchOptions } from '../backend/src/bench/options.ts';
import { benchPeriods, formatResults, runBenchmark, runImportOnly, runRecordsOnly, writeResults } from '../backend/src/bench/run.ts';
import { createTestDatabase } from './support/test-app.ts';

describe('benchmark, small scale', () => {
  it('produces every figure of results.json', async () => {
    const out = path.join(await mkdtemp(path.join(os.tmpdir(), 'bench-')), 'results.json');
    const options = { ...parseBenchOptions(['--units', '40', '--years', '1', '--runs', '2', '--duration', '1', '--connections', '2']), databaseUrl: await createTestDatabase(), out };
    const lines: string[] = [];
    const results = await runBenchmark(options, (l) => lines.push(l));
    await writeResults(results, out);
    const written = JSON.parse(await readFile(out, 'utf8'));
    for (const key of ['cores', 'date', 'scale', 'rankingQuarter', 'rankingYear', 'matrixQuarterMedianMs', 'obligationsPageMedianMs', 'noticesJob', 'circularDraftSeconds', 'assessmentSeconds', 'throughput', 'writers', 'writersPaced', 'records', 'peakRssMb', 'goals', 'obligationsUnfilteredMedianMs']) {
      expect(written).toHaveProperty(key);
    }
    expect(written.scale).toMatchObject({ units: 40, years: 1 });
    expect(written.scale.obligations).toBeGreaterThan(40 * 10);
    for (const r of [written.rankingQuarter, written.rankingYear]) {
      expect(Object.keys(r).sort()).toEqual(['afterChangeToAllMedianMs', 'afterChangeToAllRatio', 'afterWriteMedianMs', 'afterWriteRatio', 'apiFirstMs', 'apiMedianMs', 'apiP95Ms', 'ratio', 'sqlMedianMs']);
      expect(r.afterWriteMedianMs).toBeGreaterThan(0);
      expect(r.afterChangeToAllMedianMs).toBeGreaterThan(0);
      expect(r.apiMedianMs).toBeGreaterThan(0);
      expect(r.sqlMedianMs).toBeGreaterThan(0);
    }
    expect(written.noticesJob.notices).toBeGreaterThan(0);
    expect(written.throughput.errors).toBe(0);
    // Every unit of the small dataset with something left to file files at once and is reviewed; nothing fails.
    expect(written.writers.units).toBeGreaterThan(10);
    expect(written.writers.errors).toBe(0);
    expect(written.writers.filingsPerSecond).toBeGreaterThan(0);
    // Where the phase's CPU went: the server's and the clients'; the database's only when it is the bench's own
    // embedded one (here it is the tests' shared PostgreSQL, whose processes serve others too).
    expect(written.writers.cpu.server).toBeGreaterThan(0);
    expect(written.writers.cpu.clients).toBeGreaterThan(0);
    expect(written.writers.cpu.database).toBeNull();
    // The paced phase files other obligations (of the units that still have one), one unit after another.
    expect(written.writersPaced.units).toBeGreaterThan(0);
    expect(written.writersPaced.errors).toBe(0);
    expect(written.writersPaced.seconds).toBeGreaterThanOrEqual((written.writersPaced.units - 1) / 50);
    expect(written.goals.map((g: { name: string }) => g.name)).toContain('concurrent filings: p99');
    expect(written.goals.every((g: { met: boolean; value: number }) => typeof g.met === 'boolean' && Number.isFinite(g.value))).toBe(true);
    expect(written.throughput.rps).toBeGreaterThan(0);
    expect(written.peakRssMb).toBeGreaterThan(10);
    expect(written.records).toMatchObject({ libraryRecords: 40 * 50, importRows: 40 * 10 });
    expect(written.records.searchByCode.medianMs).toBeGreaterThan(0);
    expect(written.records.importSeconds).toBeGreaterThan(0);
    expect(written.records.sgsSummaryPeriod).toBe(benchPeriods(new Date(written.date), 1).month);
    expect(written.records.sgsSummary.runs).toBe(2);
    expect(written.records.sgsSummary.medianMs).toBeGreaterThan(0);
    expect(written.records.sgsSummary.firstMs).toBeGreaterThan(0);
    expect(written.goals.map((g: { name: string }) => g.name)).toContain('records: 附件5 for a province');
    expect(formatResults(results)).toContain('records: 附件5 (all units)');
    expect(formatResults(results)).toContain('ranking, quarter');
    expect(formatResults(results)).toContain('Goals (issue 16):');
    // A second run on the same database reuses the dataset.
    const again = await runBenchmark({ ...options, runs: 1 }, () => undefined);
    expect(again.dataset.reused).toBe(true);
  }, 180_000);

  it('--only import imports one data file alone and reports its figures', async () => {
    const options = { ...parseBenchOptions(['--units', '40', '--years', '1', '--records', '0', '--import-rows', '30', '--only', 'import']), databaseUrl: await createTestDatabase() };
    expect(options.only).toBe('import');
    const lines: string[] = [];
    const figures = await runImportOnly(options, (l) => lines.push(l));
    expect(figures.importRows).toBe(30);
    expect(figures.importSeconds).toBeGreaterThan(0);
    expect(figures.importRssGrowthMb).toBeGreaterThanOrEqual(0);
    expect(lines.some((l) => /import: 30 rows in .* s, server RSS \+\d+ MB; CPU: server [\d.]+ s/.test(l))).toBe(true);
  }, 120_000);

  it('--only records fills the library and times a search and 附件5, without an import', async () => {
    const options = { ...parseBenchOptions(['--units', '40', '--years', '1', '--records', '500', '--runs', '1', '--only', 'records']), databaseUrl: await createTestDatabase() };
    expect(options.only).toBe('records');
    const lines: string[] = [];
    const figures = await runRecordsOnly(options, (l) => lines.push(l));
    expect(figures.libraryRecords).toBe(500);
    expect(figures.searchByCode.medianMs).toBeGreaterThan(0);
    expect(figures.sgsSummary).toMatchObject({ runs: 1 });
    expect(figures.sgsSummary.medianMs).toBeGreaterThan(0);
    expect(lines.some((l) => /附件5 \d{4}-\d{2}: median [\d.]+ ms \(first [\d.]+ ms/.test(l))).toBe(true);
    expect(lines.some((l) => l.includes('import'))).toBe(false);
  }, 120_000);

  it('--only takes a known phase', () => {
    expect(parseBenchOptions([]).only).toBeUndefined();
    expect(() => parseBenchOptions(['--only', 'everything'])).toThrow('--only takes one of: import');
  });

  it.each([
    ['2026-11-27T10:00:00+08:00', 8, '2026-10', '2026-Q3', '2025'],
    ['2026-10-01T10:00:00+08:00', 1, '2026-09', '2026-Q3', '2026'],
    ['2026-01-15T10:00:00+08:00', 8, '2025-12', '2025-Q4', '2025'],
  ])('measures the last complete month and quarter before %s (years %i)', (now, years, month, quarter, year) => {
    expect(benchPeriods(new Date(now), years)).toEqual({ month, quarter, year });
  });
});

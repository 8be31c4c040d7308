// The goals of issue 16 beside the figures of a run: each says whether it is a ratio (to the SQL floor of the
// same run, so comparable across machines) or an absolute figure (of this machine), and whether it was met.
import type { BenchResults } from './run.ts';

export interface GoalCheck {
  name: string;
  value: number;
  goal: string;
  kind: 'ratio' | 'absolute';
  met: boolean;
}

const atMost = (name: string, value: number, limit: number, unit: string, kind: GoalCheck['kind'] = 'absolute'): GoalCheck =>
  ({ name, value, goal: `≤ ${limit}${unit}`, kind, met: value <= limit });
const atLeast = (name: string, value: number, limit: number, unit: string): GoalCheck =>
  ({ name, value, goal: `≥ ${limit}${unit}`, kind: 'absolute', met: value >= limit });

export function goalChecks(r: BenchResults): GoalCheck[] {
  return [
    atMost('ranking, quarter: first after a write / SQL floor', r.rankingQuarter.afterWriteRatio, 1.5, '×', 'ratio'),
    atMost('ranking, year: first after a write / SQL floor', r.rankingYear.afterWriteRatio, 1.5, '×', 'ratio'),
    atLeast('concurrent filings', r.writers.filingsPerSecond, 200, ' /s'),
    atMost('concurrent filings: p99', r.writers.p99Ms, 300, ' ms'),
    atMost('concurrent filings: errors', r.writers.errors, 0, ''),
    atLeast('ranking page under load', r.throughput.rps, 500, ' req/s'),
    atMost('ranking page under load: errors', r.throughput.errors, 0, ''),
    atMost('obligations, unfiltered first page', r.obligationsUnfilteredMedianMs, 300, ' ms'),
    atMost('notices job', r.noticesJob.seconds, 8, ' s'),
    atMost('circular draft', r.circularDraftSeconds, 4, ' s'),
    atMost('assessment', r.assessmentSeconds, 4, ' s'),
    atMost('server peak RSS', r.peakRssMb, 450, ' MB'),
    atMost('records: import of 100,000 rows', r.records.importSeconds, 20, ' s'),
    atMost('records: import RSS growth', r.records.importRssGrowthMb, 150, ' MB'),
    atMost('records: search by credit code', r.records.searchByCode.medianMs, 50, ' ms'),
    atMost('records: 附件5 for a province', Math.round(r.records.sgsSummary.medianMs) / 1000, 3, ' s'),
  ];
}

export function formatGoals(checks: GoalCheck[]): string {
  const width = Math.max(...checks.map((c) => c.name.length));
  return checks.map((c) => `${c.met ? '✓' : '✗'} ${c.name.padEnd(width)}  ${String(c.value).padStart(8)}  goal ${c.goal} (${c.kind === 'ratio' ? 'ratio' : 'absolute'})`).join('\n');
}

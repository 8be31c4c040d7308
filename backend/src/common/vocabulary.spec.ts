// DESIGN.md §2.3: one word per status. 迟报 is a late filing (LATE, with its 迟报天数), 逾期未报 is a report still
// missing; "逾期" alone never names a late filing. This test reads every text a user or a unit sees — the
// dashboard's catalog, the notices, the documents (circulars, statistics, assessments, chase letters, records
// templates) and the shared labels — and accepts "逾期" only in the uses listed below, all of which speak of an
// item that is still missing.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from '@jest/globals';

const ROOT = join(import.meta.dirname, '../../..');

const SOURCES = [
  'dashboard/src/i18n',
  'backend/src/notices',
  'backend/src/circulars',
  'backend/src/reports',
  'backend/src/assessments',
  'backend/src/chase-letters',
  'backend/src/records/record-template.ts',
  'backend/src/records/record-sheets.ts',
  'backend/src/common/xlsx.ts',
  'contract/src/labels.ts',
];

/** The legitimate uses of 逾期: each names a report that is (still) not filed past its due time. */
const ALLOWED: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /^逾期未报/, why: 'the status OVERDUE itself' },
  { pattern: /^已逾期/, why: '已逾期N天 / 报送已逾期: an item still missing, counted from its due day' },
  { pattern: /^逾期(通知|督办)/, why: 'the notices about missing items (OVERDUE / ESCALATION)' },
  { pattern: /^逾期(超过|仍未报送)/, why: 'still missing after the escalation delay' },
];

/** Every use of 逾期 in one text that is not on the allow-list, as `line: excerpt`. */
function misusesOf(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|\s)\/\/.*$/gm, '$1');
  const found: string[] = [];
  for (const m of code.matchAll(/逾期/g)) {
    const at = m.index!;
    const from = code[at - 1] === '已' ? at - 1 : at;
    if (ALLOWED.some((a) => a.pattern.test(code.slice(from)))) continue;
    const line = code.slice(0, at).split('\n').length;
    found.push(`${line}: ${code.slice(Math.max(0, at - 12), at + 12).replace(/\s+/g, ' ')}`);
  }
  return found;
}

function filesOf(path: string): string[] {
  const full = join(ROOT, path);
  if (path.endsWith('.ts')) return [full];
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !/\.spec\.tsx?$/.test(f))
    .map((f) => join(full, f));
}

describe('the vocabulary of DESIGN.md §2.3', () => {
  it('flags "逾期" standing for a late filing, and lets the uses for a missing item pass', () => {
    expect(misusesOf("LATE: '逾期报送',")).toHaveLength(1);
    expect(misusesOf("{ header: '逾期天数', value: (r) => r.daysLate }")).toHaveLength(1);
    expect(misusesOf("{ header: '逾期', value: (r) => r.late }")).toHaveLength(1);
    expect(misusesOf('`（逾期${d.daysLate}天）`')).toHaveLength(1);
    expect(misusesOf("late: '逾期', totals: '逾期 %{late} 件'")).toHaveLength(2);
    expect(misusesOf("'逾期未报' '已逾期 %{days} 天' `报送已逾期` '【逾期通知】' '逾期督办' '逾期超过3个工作日' '逾期仍未报送的'")).toEqual([]);
    expect(misusesOf("// 逾期 alone never names a late filing\n/** 逾期报送 */ const x = '迟报';")).toEqual([]);
  });

  it.each(SOURCES)('%s says 迟报 for a late filing, never 逾期', (source) => {
    const files = filesOf(source);
    expect(files.length).toBeGreaterThan(0);
    const misuses = files.flatMap((f) => misusesOf(readFileSync(f, 'utf8')).map((m) => `${relative(ROOT, f)}:${m}`));
    expect(misuses).toEqual([]);
  });
});

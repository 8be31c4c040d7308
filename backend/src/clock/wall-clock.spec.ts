// Guards the one-clock rule: outside the clock itself (and the benchmark's stopwatch), no backend code reads
// the wall clock, so the suite passes on any day and a test can pin "now".
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';

const SRC = path.resolve(import.meta.dirname, '..');
const ALLOWED = new Set(['clock/clock.ts']);
const SKIPPED_DIRS = new Set(['generated', 'bench']);
const WALL_CLOCK = /new Date\(\s*\)|Date\.now\(\s*\)/;

function sources(dir: string, rel = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) return SKIPPED_DIRS.has(r) ? [] : sources(path.join(dir, e.name), r);
    return e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') ? [r] : [];
  });
}

export function wallClockReads(files: readonly string[], read: (file: string) => string): string[] {
  return files.flatMap((f) =>
    ALLOWED.has(f)
      ? []
      : read(f)
          .split('\n')
          .flatMap((line, i) => (WALL_CLOCK.test(line.replace(/\/\/.*$/, '')) ? [`${f}:${i + 1}: ${line.trim()}`] : [])),
  );
}

describe('one clock', () => {
  it('finds a wall-clock read where one is written', () => {
    const fake: Record<string, string> = { 'a/a.service.ts': 'const t = new Date();', 'b/b.ts': 'x = Date.now()', 'c/c.ts': '// new Date()' };
    expect(wallClockReads(Object.keys(fake), (f) => fake[f]!)).toEqual(['a/a.service.ts:1: const t = new Date();', 'b/b.ts:1: x = Date.now()']);
  });

  it('no service, job, scheduler or repository reads the wall clock: they ask the injected Clock', () => {
    const files = sources(SRC);
    expect(files.length).toBeGreaterThan(100);
    expect(wallClockReads(files, (f) => readFileSync(path.join(SRC, f), 'utf8'))).toEqual([]);
  });
});

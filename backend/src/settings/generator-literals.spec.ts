// Guards the documents against the district written into them: circulars, the plan's tables, notices and
// mails, the assessment export and the records templates take the district, the issuing body and the plan from
// the office settings and the due day from the streams, so the same code serves another district.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';

const SRC = path.resolve(import.meta.dirname, '..');
/** The folders whose code writes documents, notices and exports. */
const GENERATORS = ['circulars', 'reports', 'notices', 'mail', 'assessments', 'records', 'common'];
/** Test fixtures (sample records of a real district, used by specs only). */
const FIXTURES = new Set(['records/domain/samples.ts']);
/** The district (召陵区 of 漯河市), the office (区发改委) or a due day written as text. */
const DISTRICT_LITERAL = /召陵|漯河|区发改委|每月\s*\d+\s*日/;

function sources(dir: string, rel: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const r = `${rel}/${e.name}`;
    if (e.isDirectory()) return sources(path.join(dir, e.name), r);
    return e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') && !FIXTURES.has(r) ? [r] : [];
  });
}

/** Code without its comments (a comment may say what a value looks like). */
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:])\/\/.*$/gm, '$1');

export function districtLiterals(files: readonly string[], read: (file: string) => string): string[] {
  return files.flatMap((f) =>
    withoutComments(read(f))
      .split('\n')
      .flatMap((line, i) => (DISTRICT_LITERAL.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : [])),
  );
}

describe('no district in the generators', () => {
  it('finds a district name or a due day written into the code, not in comments', () => {
    const fake: Record<string, string> = {
      'a/title.ts': "export const TITLE = '召陵区“双公示”数据情况统计表';",
      'b/text.ts': '/* 召陵区 */ const s = `于每月5日前报送`;\n// 漯河市\nconst ok = `于每月${day}日前`;',
      'c/issuer.ts': "const body = '漯河市发改委';",
    };
    expect(districtLiterals(Object.keys(fake), (f) => fake[f]!)).toEqual([
      "a/title.ts:1: export const TITLE = '召陵区“双公示”数据情况统计表';",
      'b/text.ts:1: const s = `于每月5日前报送`;',
      "c/issuer.ts:1: const body = '漯河市发改委';",
    ]);
  });

  it('circulars, tables, notices, mails, the assessment export and the records templates name no district', () => {
    const files = GENERATORS.flatMap((dir) => sources(path.join(SRC, dir), dir));
    expect(files).toEqual(expect.arrayContaining(['circulars/circular-text.ts', 'reports/report-sheets.ts', 'notices/notice-texts.ts', 'records/record-template.ts']));
    expect(districtLiterals(files, (f) => readFileSync(path.join(SRC, f), 'utf8'))).toEqual([]);
  });
});

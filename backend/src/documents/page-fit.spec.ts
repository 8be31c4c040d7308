import { describe, expect, it } from '@jest/globals';
import { estimatedLines, firstPageBodyLines } from './page-fit.ts';

const han = (n: number) => '信'.repeat(n);

describe('estimatedLines', () => {
  it.each<[string, string, number, number]>([
    ['an empty paragraph still takes its line', '', 2, 1],
    ['26 characters and the indent fill one line', han(26), 2, 1],
    ['the 27th goes on to a second', han(27), 2, 2],
    ['without an indent, 28 fit', han(28), 0, 1],
    ['ASCII is half a character', 'a'.repeat(52), 2, 1],
    ['… and 53 of them need a second line', 'a'.repeat(53), 2, 2],
    // 24 + two digits (1) + a quarter space on each side of them (0.5) + the indent (2) = 27.5
    ['digits inside CJK get a quarter space each side', `${han(12)}12${han(12)}`, 2, 1],
    ['… which can push a full line over', `${han(12)}12${han(12)}信`, 2, 2],
    ['three lines', han(26 + 28 + 1), 2, 3],
  ])('%s', (_name, text, indent, lines) => {
    expect(estimatedLines(text, indent)).toBe(lines);
  });
});

describe('firstPageBodyLines', () => {
  it.each<[string, number]>([
    ['关于区法院工作的通知', 10],
    ['关于区法院2026年度社会信用体系建设工作目标考核结果的通知', 9],
  ])('%s', (title, lines) => {
    expect(firstPageBodyLines(title)).toBe(lines);
  });
});

// Breaking a document title into lines by meaning (GB/T 9704 7.3.3: 回行时要做到词意完整，排列对称): only at
// the boundaries a title's grammar gives (after 关于 and a period phrase, before 的, after 情况 …), never inside a
// word, as few lines as fit, and of those the most even.

/** Where a line may end: after these words, or before the ones in BEFORE. */
const AFTER = ['关于', '季度', '年度', '月份', '情况', '工作', '信息', '单位'];
const BEFORE = ['的', '关于', '通报', '通知', '（'];

/** Width in character cells: CJK full width, ASCII half. */
const width = (text: string): number => [...text].reduce((n, c) => n + (c.charCodeAt(0) < 0x80 ? 0.5 : 1), 0);

/** Indices (in UTF-16 units) where the title may break. */
function breakPoints(title: string): number[] {
  const points = new Set<number>();
  for (const word of AFTER) for (let i = title.indexOf(word); i >= 0; i = title.indexOf(word, i + 1)) points.add(i + word.length);
  for (const word of BEFORE) for (let i = title.indexOf(word); i >= 0; i = title.indexOf(word, i + 1)) points.add(i);
  // A year or month number ends a phrase ("2026年" / "第三季度"), but never inside the digits.
  return [...points].filter((p) => p > 0 && p < title.length && !/\d/.test(title[p - 1]! + title[p]!)).sort((a, b) => a - b);
}

/**
 * The title's lines, each at most `perLine` cells wide. When no boundary fits (a title of one long word),
 * the line breaks at `perLine` cells, which is what a word processor would do.
 */
export function titleLines(title: string, perLine: number): string[] {
  const text = title.trim();
  if (width(text) <= perLine) return [text];
  const points = [0, ...breakPoints(text), text.length];
  // best[i]: the fewest lines, then the smallest spread (widest − narrowest), for the text up to points[i].
  type Best = { lines: number; widest: number; narrowest: number; prev: number };
  const best: (Best | null)[] = points.map(() => null);
  best[0] = { lines: 0, widest: 0, narrowest: Infinity, prev: -1 };
  for (let j = 1; j < points.length; j++) {
    for (let i = 0; i < j; i++) {
      const from = best[i];
      const w = width(text.slice(points[i], points[j]));
      if (!from || w > perLine) continue;
      const cand = { lines: from.lines + 1, widest: Math.max(from.widest, w), narrowest: Math.min(from.narrowest, w), prev: i };
      const cur = best[j];
      if (!cur || cand.lines < cur.lines || (cand.lines === cur.lines && cand.widest - cand.narrowest < cur.widest - cur.narrowest)) {
        best[j] = cand;
      }
    }
  }
  if (!best[points.length - 1]) return hardBreak(text, perLine);
  const lines: string[] = [];
  for (let j = points.length - 1; j > 0; j = best[j]!.prev) lines.unshift(text.slice(points[best[j]!.prev], points[j]));
  return lines;
}

function hardBreak(text: string, perLine: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const c of text) {
    if (width(line + c) > perLine) {
      lines.push(line);
      line = '';
    }
    line += c;
  }
  return [...lines, line];
}

// Measures a PDF as the office clerk would with a ruler: `pdftotext -bbox-layout` (poppler-utils) gives every
// text line's box in points; positions are returned in mm from the 版心 (type area) top-left corner of
// GB/T 9704 (left margin 28 mm, top margin 37 mm). `pdftoppm` writes PNG renders for a reviewer.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface PdfLine {
  text: string;
  /** mm from the 版心's left edge / top edge. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const mm = (pt: number) => (pt * 25.4) / 72;
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** The text lines of each page, top to bottom. */
export function pdfLines(pdf: Buffer): PdfLine[][] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pdf-layout-'));
  const file = path.join(dir, 'doc.pdf');
  writeFileSync(file, pdf);
  const xml = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8' });
  return [...xml.matchAll(/<page [^>]*>(.*?)<\/page>/gs)].map(([, page]) =>
    [...page!.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)<\/line>/gs)]
      .map((m) => ({
        text: decode([...m[5]!.matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join('')),
        left: mm(Number(m[1])) - 28,
        top: mm(Number(m[2])) - 37,
        right: mm(Number(m[3])) - 28,
        bottom: mm(Number(m[4])) - 37,
      }))
      .sort((a, b) => a.top - b.top || a.left - b.left),
  );
}

/** Width in character cells: CJK full width, ASCII half. */
export const cells = (text: string): number => [...text].reduce((n, c) => n + (c.charCodeAt(0) < 0x80 ? 0.5 : 1), 0);

/** Horizontal rules of a page (from a 10 px/mm grey render): their length and height in mm from the 版心. */
export function pdfRules(pdf: Buffer, page: number): { top: number; left: number; width: number }[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pdf-rules-'));
  const file = path.join(dir, 'doc.pdf');
  writeFileSync(file, pdf);
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', '254', '-f', String(page), '-l', String(page), file], { maxBuffer: 64 << 20 });
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
  const [w, h] = [Number(header[1]), Number(header[2])];
  const data = pgm.subarray(header[0].length);
  const rules: { top: number; left: number; width: number }[] = [];
  for (let y = 0; y < h; y++) {
    // The longest run of dark pixels on the row; a rule is one longer than 100 mm (rows of one rule merged).
    let best = { start: 0, length: 0 };
    for (let x = 0, start = 0; x < w; x++) {
      if (data[y * w + x]! >= 160) start = x + 1;
      else if (x + 1 - start > best.length) best = { start, length: x + 1 - start };
    }
    if (best.length < 1000) continue;
    const rule = { top: y / 10 - 37, left: best.start / 10 - 28, width: best.length / 10 };
    const last = rules.at(-1);
    if (last && rule.top - last.top < 0.4) continue;
    rules.push(rule);
  }
  return rules;
}

/** Writes one PNG per page to e2e/screenshots/<name>-<page>.png. */
export function writeRenders(pdf: Buffer, name: string): void {
  const out = path.resolve(import.meta.dirname, '..', 'screenshots');
  mkdirSync(out, { recursive: true });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pdf-png-'));
  const file = path.join(dir, 'doc.pdf');
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '60', file, path.join(out, name)]);
}

// How much of the 版心 a text takes (on house-style's grid: 28 characters a line, 22 lines a page), estimated before LibreOffice or Word
// sets it, for a document that chooses between a long and a short form of its content to keep to its pages.
import { cells, LINE_CHARS, titleLineCount } from './house-style.ts';

/** A run of Latin letters or digits beside CJK: the word processor puts a quarter of a character's space there. */
const AUTOSPACED = /(?<=[\u3400-\u9fff])[0-9A-Za-z]|[0-9A-Za-z](?=[\u3400-\u9fff])/g;

/** Lines a paragraph takes, first line indented by `indentCells` (a body paragraph's two characters). */
export function estimatedLines(text: string, indentCells = 2): number {
  const width = indentCells + cells(text) + 0.25 * (text.match(AUTOSPACED)?.length ?? 0);
  return Math.max(1, Math.ceil(width / LINE_CHARS));
}

/**
 * Body lines on the first page under the 版头 (mark, empty 发文字号 line, separator) and the title: 9 under a title
 * of two lines, as LibreOffice sets it (e2e/assessment-appeals measures the render); one fewer per further line.
 */
export const firstPageBodyLines = (title: string): number => 11 - titleLineCount(title);

/** The 落款: two blank lines, the issuing body and the date. */
export const SIGNATURE_LINES = 4;

// A circular as .docx in the layout of GB/T 9704-2012 《党政机关公文格式》 (DESIGN.md §2.6): A4, margins
// 37/28/35/26 mm (top/left/bottom/right), a 156 × 225 mm type area of 22 lines × 28 characters; red
// 发文机关标志 and separator line; title in 2号小标宋; body in 3号仿宋; date "2026年10月9日"; page numbers
// "— 1 —" in 4号宋体 (odd pages right, even pages left); the frozen ranking as a table.
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import { rateLabel, pointsLabel } from '../domain/labels.ts';
import { bodyBlocks, issuedOnLabel, type RankedRow } from './circular-text.ts';

export interface CircularDocument {
  issuingBody: string;
  /** '召信用办〔2026〕3号', or the blank number of a draft. */
  numberText: string;
  title: string;
  body: string;
  /** 'YYYY-MM-DD'; null for a draft. */
  issuedOn: string | null;
  /** In rank order. */
  rows: readonly RankedRow[];
}

/** Millimetres to twentieths of a point (OOXML page measures). */
const mm = (value: number): number => Math.round((value * 1440) / 25.4);

const TYPE_AREA_WIDTH = mm(156);
const LINE_PITCH = Math.floor(mm(225) / 22); // 22 lines fit the 225 mm type area
const BODY_SIZE = 32; // 3号 = 16 pt, in half-points
const CHAR_PT = 16;
/** 28 characters per 156 mm line: the grid's pitch delta from the 16 pt font, in 4096ths of a point. */
const CHAR_SPACE = Math.round(((156 * 72) / 25.4 / 28 - CHAR_PT) * 4096);
const CHAR = CHAR_PT * 20; // one character width in twips

const FANGSONG = '仿宋';
const XIAOBIAOSONG = '方正小标宋简体';
const HEITI = '黑体';
const SONGTI = '宋体';
const RED = 'FF0000';

const run = (text: string, font = FANGSONG, size = BODY_SIZE, extra: { bold?: boolean; color?: string } = {}) =>
  new TextRun({ text, font, size, ...extra });

const exactLines: IParagraphOptions['spacing'] = { line: LINE_PITCH, lineRule: LineRuleType.EXACT };
const blank = () => new Paragraph({ spacing: exactLines, children: [run('')] });

/** Width of a text in character cells: CJK full width, ASCII half. */
const cells = (text: string): number => [...text].reduce((n, c) => n + (c.charCodeAt(0) < 0x80 ? 0.5 : 1), 0);

/** The red 发文机关标志, sized to fit the type area (at most 初号). */
function issuingMark(issuingBody: string): Paragraph {
  const text = `${issuingBody}文件`;
  const widthPt = (156 * 72) / 25.4;
  const sizePt = Math.min(42, Math.floor(widthPt / cells(text)));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: mm(25), after: 0, line: Math.max(LINE_PITCH, sizePt * 24), lineRule: LineRuleType.AT_LEAST },
    children: [run(text, XIAOBIAOSONG, sizePt * 2, { color: RED })],
  });
}

/** 发文字号, with the red separator line 4 mm below it, as wide as the type area. */
function numberWithSeparator(numberText: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: exactLines,
    border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 11 } },
    children: [run(numberText)],
  });
}

function title(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: mm(14), lineRule: LineRuleType.AT_LEAST },
    children: [run(text, XIAOBIAOSONG, 44)],
  });
}

function bodyParagraph(kind: 'addressee' | 'heading' | 'paragraph', text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: exactLines,
    indent: kind === 'addressee' ? undefined : { firstLine: 2 * CHAR },
    children: [run(text, kind === 'heading' ? HEITI : FANGSONG)],
  });
}

const TABLE_COLUMNS: { head: string; share: number; value: (r: RankedRow) => string }[] = [
  { head: '名次', share: 7, value: (r) => String(r.rank) },
  { head: '单位', share: 23, value: (r) => r.unitName },
  { head: '应报', share: 7, value: (r) => String(r.expected) },
  { head: '按时', share: 7, value: (r) => String(r.onTime) },
  { head: '逾期', share: 7, value: (r) => String(r.late) },
  { head: '未报', share: 7, value: (r) => String(r.missing) },
  { head: '说明采纳', share: 10, value: (r) => String(r.excused) },
  { head: '待审核', share: 9, value: (r) => String(r.inReview) },
  { head: '按时率', share: 12, value: (r) => rateLabel(r.onTimeRate) },
  { head: '得分', share: 11, value: (r) => pointsLabel(r.score) },
];

/** Table cells take their font from two paragraph styles: one run of plain text per cell keeps 10,000 rows fast. */
const CELL_STYLE = 'RankingCell';
const HEAD_STYLE = 'RankingHead';
const TABLE_STYLES = [
  { id: CELL_STYLE, name: '排名表', run: { font: FANGSONG, size: 24 }, paragraph: { alignment: AlignmentType.CENTER } },
  { id: HEAD_STYLE, name: '排名表表头', run: { font: HEITI, size: 24 }, paragraph: { alignment: AlignmentType.CENTER } },
];

function rankingTable(rows: readonly RankedRow[]): Table {
  const total = TABLE_COLUMNS.reduce((n, c) => n + c.share, 0);
  const widths = TABLE_COLUMNS.map((c) => Math.floor((TYPE_AREA_WIDTH * c.share) / total));
  const cell = (text: string, style: string) =>
    new TableCell({ verticalAlign: VerticalAlign.CENTER, children: [new Paragraph({ style, children: [new TextRun(text)] })] });
  return new Table({
    width: { size: TYPE_AREA_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: TABLE_COLUMNS.map((c) => cell(c.head, HEAD_STYLE)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: TABLE_COLUMNS.map((c) => cell(c.value(r), CELL_STYLE)) })),
    ],
  });
}

/** 发文机关署名 centred over the 成文日期, which stands 4 characters from the right margin. */
function signature(issuingBody: string, issuedOn: string | null): Paragraph[] {
  const date = issuedOnLabel(issuedOn);
  const signatureIndent = Math.max(0, 4 + (cells(date) - cells(issuingBody)) / 2);
  return [
    blank(),
    blank(),
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: exactLines, indent: { right: Math.round(signatureIndent * CHAR) }, children: [run(issuingBody)] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: exactLines, indent: { right: 4 * CHAR }, children: [run(date)] }),
  ];
}

/** 版记: 印发机关 and 印发日期 between two lines, in 4号仿宋. */
function imprint(issuingBody: string, issuedOn: string | null): Paragraph {
  const line = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 4 };
  return new Paragraph({
    spacing: { before: LINE_PITCH * 2, line: LINE_PITCH, lineRule: LineRuleType.EXACT },
    indent: { left: CHAR, right: CHAR },
    border: { top: line, bottom: line },
    tabStops: [{ type: 'right', position: TYPE_AREA_WIDTH - 2 * CHAR }],
    children: [run(issuingBody, FANGSONG, 28), run(`\t${issuedOnLabel(issuedOn)}印发`, FANGSONG, 28)],
  });
}

/** "— 1 —": odd pages at the right, even pages at the left, one character in from the margin. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: CHAR } : { left: CHAR },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: SONGTI, size: 28 })],
      }),
    ],
  });
}

export async function renderCircularDocx(doc: CircularDocument): Promise<Buffer> {
  const content = bodyBlocks(doc.body).map((b) => (b.kind === 'table' ? rankingTable(doc.rows) : bodyParagraph(b.kind, b.text)));
  const document = new Document({
    creator: doc.issuingBody,
    title: doc.title,
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: FANGSONG, size: BODY_SIZE } } }, paragraphStyles: TABLE_STYLES },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(37), left: mm(28), bottom: mm(35), right: mm(26), header: mm(15), footer: mm(23) },
          },
          grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH, charSpace: CHAR_SPACE },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: [
          issuingMark(doc.issuingBody),
          blank(),
          blank(),
          numberWithSeparator(doc.numberText),
          blank(),
          title(doc.title),
          blank(),
          ...content,
          ...signature(doc.issuingBody, doc.issuedOn),
          imprint(doc.issuingBody, doc.issuedOn),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

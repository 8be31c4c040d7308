// The house style of the office's documents, GB/T 9704-2012 《党政机关公文格式》 (DESIGN.md §2.6), shared by the
// quarterly circular and the chase letter: A4, margins 37/28/35/26 mm (天头/订口/bottom/right), a 156 × 225 mm
// 版心 of 22 lines × 28 characters; the Normal style carries 3号仿宋 so that the grid holds in Word, WPS and
// LibreOffice alike; a fontTable naming every font with its English name, charset, family and panose, so that
// a machine without it substitutes sensibly; 版头, title, 署名 and date, 版记 and page numbers as building blocks.
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
  FrameAnchorType,
  FrameWrap,
  HorizontalPositionAlign,
  VerticalPositionAlign,
  Tab,
  TextRun,
  type FileChild,
  type IParagraphOptions,
} from 'docx';
import { unzipSync, zipSync } from 'fflate';
import { titleLines } from './title-lines.ts';

/** Millimetres to twentieths of a point (OOXML page measures). */
export const mm = (value: number): number => Math.round((value * 1440) / 25.4);

export const TYPE_AREA_WIDTH = mm(156);
/** The 版心's grid: 22 lines of 28 characters. */
export const PAGE_LINES = 22;
export const LINE_CHARS = 28;
/** 22 lines fit the 225 mm 版心. */
export const LINE_PITCH = Math.floor(mm(225) / PAGE_LINES);
const BODY_PT = 16; // 3号
export const BODY_SIZE = BODY_PT * 2; // half-points
/**
 * 28 characters on a 156 mm line: 3号 is 16 pt, 28 of which are 158 mm, so every character is set 0.25 pt
 * closer (w:spacing −5 twips, 15.75 pt a character). A character grid would do it in Word, but LibreOffice
 * gives a 16 pt character two cells of a 15.8 pt grid (14 a line): the spacing holds in all three.
 */
const CONDENSE = -5;
/** One grid character in twips (156 mm / 28). */
export const CHAR = 16 * 20 + CONDENSE;
const TITLE_PT = 22; // 2号

export const FONTS = { fangsong: '仿宋', xiaobiaosong: '方正小标宋简体', heiti: '黑体', kaiti: '楷体', songti: '宋体' } as const;
const RED = 'FF0000';

/** Each font with the names, charset, family and panose a word processor uses to substitute it. */
const FONT_TABLE: { name: string; alt: string; panose: string; family: string; pitch: string }[] = [
  { name: FONTS.fangsong, alt: 'FangSong', panose: '02010609060101010101', family: 'modern', pitch: 'fixed' },
  { name: FONTS.xiaobiaosong, alt: '宋体', panose: '02000000000000000000', family: 'roman', pitch: 'variable' },
  { name: FONTS.heiti, alt: 'SimHei', panose: '02010609060101010101', family: 'modern', pitch: 'fixed' },
  { name: FONTS.kaiti, alt: 'KaiTi', panose: '02010609060101010101', family: 'modern', pitch: 'fixed' },
  { name: FONTS.songti, alt: 'SimSun', panose: '02010600030101010101', family: 'auto', pitch: 'variable' },
  { name: 'Times New Roman', alt: 'Liberation Serif', panose: '02020603050405020304', family: 'roman', pitch: 'variable' },
];

function fontTableXml(): string {
  const fonts = FONT_TABLE.map(
    (f) =>
      `<w:font w:name="${f.name}"><w:altName w:val="${f.alt}"/><w:panose1 w:val="${f.panose}"/>` +
      `<w:charset w:val="${f.name === 'Times New Roman' ? '00' : '86'}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`,
  ).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts}</w:fonts>`;
}

/** Paragraph styles that do not snap to the 28-character grid (larger type, tables, the 版记). */
export const STYLE = {
  mark: 'GwMark',
  title: 'GwTitle',
  number: 'GwNumber',
  imprint: 'GwImprint',
  cell: 'GwCell',
  head: 'GwHead',
  footer: 'GwFooter',
} as const;

const exact = (line: number) => ({ line, lineRule: LineRuleType.EXACT, before: 0, after: 0 });
export const bodySpacing = exact(LINE_PITCH);

const PARAGRAPH_STYLES = [
  {
    id: 'Normal',
    name: 'Normal',
    run: { font: FONTS.fangsong, size: BODY_SIZE },
    paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: bodySpacing, widowControl: false },
  },
  { id: STYLE.mark, name: '发文机关标志', basedOn: 'Normal', run: { font: FONTS.xiaobiaosong, color: RED }, paragraph: { alignment: AlignmentType.CENTER } },
  { id: STYLE.number, name: '发文字号', basedOn: 'Normal', paragraph: { alignment: AlignmentType.CENTER } },
  {
    id: STYLE.title,
    name: '公文标题',
    basedOn: 'Normal',
    run: { font: FONTS.xiaobiaosong, size: TITLE_PT * 2},
    paragraph: { alignment: AlignmentType.CENTER, spacing: exact(Math.round(TITLE_PT * 1.1 * 20)) },
  },
  { id: STYLE.imprint, name: '版记', basedOn: 'Normal', run: { size: 28 }, paragraph: { alignment: AlignmentType.LEFT, spacing: exact(mm(7)) } },
  { id: STYLE.cell, name: '表格', basedOn: 'Normal', run: { size: 21}, paragraph: { alignment: AlignmentType.CENTER, spacing: exact(mm(6.4)) } },
  { id: STYLE.head, name: '表头', basedOn: STYLE.cell, run: { font: FONTS.heiti } },
  { id: STYLE.footer, name: '页码', basedOn: 'Normal', run: { font: FONTS.songti, size: 28} },
];
const UNSNAPPED: string[] = [STYLE.mark, STYLE.title, STYLE.imprint, STYLE.cell, STYLE.head, STYLE.footer];

/** A run of body text (condensed to the 28-character line unless `size` sets another size). */
export const run = (text: string, font: string = FONTS.fangsong, extra: { color?: string; size?: number } = {}) =>
  new TextRun({ text, font, ...(extra.size ? {} : { characterSpacing: CONDENSE }), ...extra });

export const blank = () => new Paragraph({ children: [] });

/** Width of a text in character cells: CJK full width, ASCII half. */
export const cells = (text: string): number => [...text].reduce((n, c) => n + (c.charCodeAt(0) < 0x80 ? 0.5 : 1), 0);

/**
 * The red 发文机关标志, its top 35 mm below the 版心 top; as large as fits (at most 初号 42 pt), never smaller
 * than the 22 pt title: a long name is condensed (character spacing), not shrunk.
 */
function issuingMark(issuingBody: string): Paragraph[] {
  const text = `${issuingBody}文件`;
  const widthPt = (156 * 72) / 25.4;
  const sizePt = Math.max(TITLE_PT, Math.min(42, Math.floor(widthPt / cells(text))));
  const condensePt = Math.max(0, (sizePt * cells(text) - widthPt + 3) / cells(text));
  const characterSpacing = condensePt > 0 ? -Math.ceil(condensePt * 20) : 0;
  // With exact spacing of 1.1 em the glyph box starts about 0.042 em above the line (measured in LibreOffice).
  const before = mm(35) + Math.round(sizePt * 20 * 0.042);
  return [
    new Paragraph({
      style: STYLE.mark,
      spacing: { before, after: 0, line: Math.round(sizePt * 20 * 1.1), lineRule: LineRuleType.EXACT },
      children: [new TextRun({ text, size: sizePt * 2, characterSpacing })],
    }),
  ];
}

/** 发文字号 two lines below the mark, the red separator 4 mm below it, then two lines to the title. */
function numberAndSeparator(numberText: string): Paragraph[] {
  return [
    blank(),
    blank(),
    new Paragraph({
      style: STYLE.number,
      keepNext: true,
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 4 } },
      spacing: { ...bodySpacing, after: mm(1.4) },
      children: [run(numberText)],
    }),
  ];
}

/** Characters of the 2号 title a line of the 版心 holds. */
const TITLE_PER_LINE = Math.floor((156 * 72) / 25.4 / TITLE_PT);

/** How many lines the title is broken into. */
export const titleLineCount = (title: string): number => titleLines(title, TITLE_PER_LINE).length;

/** The title in 2号小标宋, broken by meaning into balanced lines (one paragraph per line keeps them exact). */
export function titleBlock(title: string): Paragraph[] {
  const lines = titleLines(title, TITLE_PER_LINE);
  return lines.map((text) => new Paragraph({ style: STYLE.title, keepNext: true, keepLines: true, children: [run(text, FONTS.xiaobiaosong, { size: TITLE_PT * 2 })] }));
}

/** 版头 (mark, number, separator) and the title two lines below it, then one blank line. */
export function letterhead(issuingBody: string, numberText: string, title: string): Paragraph[] {
  return [...issuingMark(issuingBody), ...numberAndSeparator(numberText), blank(), blank(), ...titleBlock(title), blank()];
}

export type BodyKind = 'addressee' | 'heading1' | 'heading2' | 'paragraph';

/** 主送机关 flush left; headings 一、 黑体, （一） 楷体 and kept with the next line; paragraphs indented two characters. */
export function bodyParagraph(kind: BodyKind, text: string, keepNext = false): Paragraph {
  const font = kind === 'heading1' ? FONTS.heiti : kind === 'heading2' ? FONTS.kaiti : FONTS.fangsong;
  const options: IParagraphOptions = {
    indent: kind === 'addressee' ? undefined : { firstLine: 2 * CHAR },
    keepNext: keepNext || kind === 'heading1' || kind === 'heading2',
    children: [run(text, font)],
  };
  return new Paragraph(options);
}

/**
 * 发文机关署名 centred over the 成文日期, which ends four characters from the right; two blank lines above. All
 * kept with what follows, and the caller keeps the last body paragraph with them.
 */
export function signature(issuingBody: string, date: string): Paragraph[] {
  // The common axis, in characters from the right margin: over the date's middle, moved left when the name is
  // too long to be centred there inside the 版心.
  const axis = Math.max(4 + cells(date) / 2, cells(issuingBody) / 2);
  const right = (text: string, keepNext: boolean) =>
    new Paragraph({ alignment: AlignmentType.RIGHT, keepNext, indent: { right: Math.round((axis - cells(text) / 2) * CHAR) }, children: [run(text)] });
  return [
    new Paragraph({ keepNext: true, children: [] }),
    new Paragraph({ keepNext: true, children: [] }),
    right(issuingBody, true),
    right(date, false),
  ];
}

/**
 * 版记 at the foot of the last page: a table floating at the bottom of the 版心 (its last line on the bottom
 * edge); 抄送 (when given) and 印发机关 / 印发日期 (one character in from each side, on one line), separated by
 * lines as wide as the 版心, the first and the last thicker.
 */
/** One character of the 版记's 4号. */
const IMPRINT_CHAR = 280;

export function imprint(printedBy: string, printedOn: string, copyTo: string | null): FileChild[] {
  const thick = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 0 };
  const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000', space: 0 };
  // A hair narrower than the 版心: LibreOffice keeps a frame as wide as the text area in the text flow.
  const frame = {
    type: 'alignment' as const,
    alignment: { x: HorizontalPositionAlign.CENTER, y: VerticalPositionAlign.BOTTOM },
    anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.MARGIN },
    width: TYPE_AREA_WIDTH - mm(0.5),
    // "none" (Word's 无: no text beside the frame): LibreOffice keeps the text clear of it and the frame on its
    // anchor's page; with notBeside it moves the frame, or the date with it, to a page of its own.
    wrap: FrameWrap.NONE,
  };
  const row = (children: TextRun[], top: typeof thick, bottom: typeof thick, tabs = false) =>
    new Paragraph({
      style: STYLE.imprint,
      frame,
      indent: tabs ? undefined : { left: IMPRINT_CHAR },
      border: { top, bottom },
      // 印发机关 one character in by an ideographic space and 印发日期 ending one character in at a right tab
      // inside the text area: tabs count from the indent in LibreOffice and from the margin in Word, so no
      // indent; a tab stop on the right indent wraps in LibreOffice.
      ...(tabs ? { tabStops: [{ type: 'right' as const, position: TYPE_AREA_WIDTH - mm(0.5) - IMPRINT_CHAR }] } : {}),
      children,
    });
  // 印发机关 and 印发日期 on one line with a character between them at least: condensed when a long name needs it.
  const issued = `${printedOn}印发`;
  const chars = [...printedBy, ...issued].length + 1;
  const excess = (1 + cells(printedBy) + 1 + cells(issued) + 1) * IMPRINT_CHAR - (TYPE_AREA_WIDTH - mm(0.5));
  const characterSpacing = excess > 0 ? -Math.ceil(excess / chars) : 0;
  return [
    ...(copyTo ? [row([new TextRun(`抄送：${copyTo}。`)], thick, thin)] : []),
    row(
      [new TextRun({ text: `\u3000${printedBy}`, characterSpacing }), new TextRun({ children: [new Tab(), issued], characterSpacing })],
      copyTo ? thin : thick,
      thick,
      true,
    ),
    // The frame's anchor: a hairline paragraph, so that LibreOffice anchors the frame to nothing that takes a line.
    new Paragraph({ style: STYLE.imprint, spacing: { line: 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, children: [] }),
  ];
}

/**
 * "— 1 —" in 4号宋体, its lower edge 7 mm under the 版心: odd pages at the right, even pages at the left, one
 * character in from the edge. (The footer sits 21 mm above the page edge; its spacing lifts the number.)
 */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        spacing: { before: 0, after: mm(7.5), line: 360, lineRule: LineRuleType.EXACT },
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: CHAR } : { left: CHAR },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: FONTS.songti, size: 28 })],
      }),
    ],
  });
}

export interface HouseDocument {
  creator: string;
  title: string;
  /** When the document was made (core properties; fixed, so the same document packs to the same bytes). */
  madeAt: Date;
  children: FileChild[];
}

/** Packs the document: house styles, page setup, fontTable; deterministic bytes (cache keys hash them). */
export async function packHouseDocument(doc: HouseDocument): Promise<Buffer> {
  const document = new Document({
    creator: doc.creator,
    title: doc.title,
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: FONTS.fangsong, size: BODY_SIZE } } }, paragraphStyles: PARAGRAPH_STYLES },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(37), left: mm(28), bottom: mm(35), right: mm(26), header: mm(15), footer: mm(21) },
          },
          grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: doc.children,
      },
    ],
  });
  const packed = await Packer.toBuffer(document, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
  return finish(packed, doc.madeAt);
}

const SNAP_OFF = '<w:snapToGrid w:val="0"/>';

/** Adds snapToGrid off to a style's paragraph properties, where the schema's order puts it (before spacing). */
function unsnap(style: string): string {
  if (!style.includes('<w:pPr>')) return style.replace(/(<w:rPr>|<\/w:style>)/, `<w:pPr>${SNAP_OFF}</w:pPr>$1`);
  return style.replace(/<w:pPr>(.*?)<\/w:pPr>/, (_all, inner: string) => {
    const at = inner.search(/<w:(spacing|ind|contextualSpacing|mirrorIndents|suppressOverlap|jc|textDirection|textAlignment|outlineLvl)[ />]/);
    return at < 0 ? `<w:pPr>${inner}${SNAP_OFF}</w:pPr>` : `<w:pPr>${inner.slice(0, at)}${SNAP_OFF}${inner.slice(at)}</w:pPr>`;
  });
}

/** Unsnapped styles, fixed timestamps and zip dates: the same document gives the same bytes. */
function finish(packed: Buffer, madeAt: Date): Buffer {
  const files = unzipSync(new Uint8Array(packed));
  const text = (name: string) => new TextDecoder().decode(files[name]);
  const set = (name: string, value: string) => (files[name] = new TextEncoder().encode(value));
  let styles = text('word/styles.xml');
  for (const id of UNSNAPPED) styles = styles.replace(new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`), unsnap);
  set('word/styles.xml', styles);
  const stamp = madeAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  set('docProps/core.xml', text('docProps/core.xml').replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${stamp}`));
  const mtime = new Date('2020-01-01T00:00:00Z');
  return Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, [v, { mtime }]])), { level: 6 }));
}

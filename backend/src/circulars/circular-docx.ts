// A circular as .docx in the house style of GB/T 9704-2012 (documents/house-style.ts, DESIGN.md §2.6): 版头, the
// title broken by meaning, the edited text (headings kept with their next line), 附件说明, 署名 centred over the
// 成文日期 and kept with the last paragraph; the frozen ranking as the 附件 (short headers, compact rows, a 合计
// row, the scoring rule under it); the 版记 at the foot of the last page.
import { AlignmentType, PageBreak, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType, type FileChild } from 'docx';
import { pointsLabel, rateLabel } from '../domain/labels.ts';
import type { ScoringRules } from '../domain/score.ts';
import {
  blank,
  bodyParagraph,
  CHAR,
  FONTS,
  imprint,
  letterhead,
  packHouseDocument,
  run,
  signature,
  STYLE,
  titleBlock,
  TYPE_AREA_WIDTH,
  type BodyKind,
} from '../documents/house-style.ts';
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
  /** The rules behind the score column; null leaves the note out. */
  rules: ScoringRules | null;
  /** 抄送 of the 版记 (settings); null or empty: none. */
  copyTo: string | null;
  /** Fixes the file's timestamps (the publication or the snapshot). */
  madeAt: Date;
}

export const ATTACHMENT_TITLE = '各单位信用信息报送情况排名表';

const TABLE_COLUMNS: { head: string; share: number; value: (r: RankedRow) => string }[] = [
  { head: '名次', share: 11, value: (r) => String(r.rank) },
  { head: '单位', share: 43, value: (r) => r.unitName },
  { head: '应报', share: 11, value: (r) => String(r.expected) },
  { head: '按时', share: 11, value: (r) => String(r.onTime) },
  { head: '迟报', share: 11, value: (r) => String(r.late) },
  { head: '逾期未报', share: 16.5, value: (r) => String(r.missing) },
  { head: '已说明', share: 13, value: (r) => String(r.excused) },
  { head: '待审核', share: 13, value: (r) => String(r.inReview) },
  { head: '按时率', share: 15, value: (r) => rateLabel(r.onTimeRate) },
  { head: '得分', share: 11.5, value: (r) => pointsLabel(r.score) },
];

function totalsRow(rows: readonly RankedRow[]): string[] {
  const sum = (key: 'expected' | 'onTime' | 'late' | 'missing' | 'excused' | 'inReview') => rows.reduce((n, r) => n + r[key], 0);
  const expected = sum('expected');
  const onTime = sum('onTime');
  return ['合计', `${rows.length}个单位`, ...(['expected', 'onTime', 'late', 'missing', 'excused', 'inReview'] as const).map((k) => String(sum(k))), rateLabel(expected === 0 ? null : onTime / expected), '—'];
}

const CELL_MARGIN = 30; // twips left and right: the short headers fit on one line

function rankingTable(rows: readonly RankedRow[]): Table {
  const total = TABLE_COLUMNS.reduce((n, c) => n + c.share, 0);
  const widths = TABLE_COLUMNS.map((c) => Math.floor((TYPE_AREA_WIDTH * c.share) / total));
  const cell = (text: string, style: string) =>
    new TableCell({
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 0, bottom: 0 },
      children: [new Paragraph({ style, children: [new TextRun(text)] })],
    });
  const row = (values: string[], style: string, extra: { tableHeader?: boolean } = {}) =>
    new TableRow({ cantSplit: true, ...extra, children: values.map((v) => cell(v, style)) });
  return new Table({
    width: { size: TYPE_AREA_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      row(TABLE_COLUMNS.map((c) => c.head), STYLE.head, { tableHeader: true }),
      ...rows.map((r) => row(TABLE_COLUMNS.map((c) => c.value(r)), STYLE.cell)),
      row(totalsRow(rows), STYLE.head),
    ],
  });
}

/** The rule behind the score column, in the words of the year's rules. */
export function scoringNote(rules: ScoringRules): string {
  const p = pointsLabel;
  return (
    `注：得分＝100－迟报件数×${p(rules.latePerReport)}－逾期未报件数×${p(rules.missingPerReport)}－已说明件数×${p(rules.excusedPerReport)}` +
    `－未明确联系人${p(rules.noContact)}，最低为0分；按时率＝按时件数÷应报件数；名次按得分、按时率、逾期未报件数、迟报天数依次排列。`
  );
}

/** The 附件: its label flush left in 黑体, its title, the table and the note; on a page of its own. */
function attachment(rows: readonly RankedRow[], rules: ScoringRules | null): FileChild[] {
  return [
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ keepNext: true, children: [run('附件', FONTS.heiti)] }),
    blank(),
    ...titleBlock(ATTACHMENT_TITLE),
    blank(),
    rankingTable(rows),
    ...(rules ? [new Paragraph({ style: STYLE.cell, alignment: AlignmentType.JUSTIFIED, spacing: { before: 120 }, children: [run(scoringNote(rules), FONTS.fangsong, { size: 21 })] })] : []),
  ];
}

export async function renderCircularDocx(doc: CircularDocument): Promise<Buffer> {
  const blocks = bodyBlocks(doc.body);
  const withTable = blocks.some((b) => b.kind === 'table');
  const text = blocks.filter((b): b is { kind: BodyKind; text: string } => b.kind !== 'table');
  const paragraphs = text.map((b, i) => bodyParagraph(b.kind, b.text, i === text.length - 1 && !withTable));
  const date = issuedOnLabel(doc.issuedOn);
  const children: FileChild[] = [
    ...letterhead(doc.issuingBody, doc.numberText, doc.title),
    ...paragraphs,
    ...(withTable
      ? [new Paragraph({ keepNext: true, children: [] }), new Paragraph({ keepNext: true, indent: { left: 2 * CHAR, hanging: 0 }, children: [run(`附件：${ATTACHMENT_TITLE}`)] })]
      : []),
    ...signature(doc.issuingBody, date),
    ...(withTable ? attachment(doc.rows, doc.rules) : []),
    ...imprint(doc.issuingBody, date, doc.copyTo),
  ];
  return packHouseDocument({ creator: doc.issuingBody, title: doc.title, madeAt: doc.madeAt, children });
}

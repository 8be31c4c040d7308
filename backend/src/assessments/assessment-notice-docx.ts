// The 考核结果通知 of one unit (DESIGN.md §2.7, issue 15) in the house style of the circular: its score, grade
// and rank, what each category gave, every row that took or gave points, the appeal window while 初评 is published,
// and for 不合格 the rectification report due within a month (威海文登). The rows are listed one by one when the
// notice so keeps to two pages, else one line per rule (the details are on the platform). One page cannot hold it:
// the 版头 takes half of the first, and the rest is some twenty lines before any row.
import type { FileChild } from 'docx';
import { bodyParagraph, letterhead, packHouseDocument, PAGE_LINES, signature } from '../documents/house-style.ts';
import { estimatedLines, firstPageBodyLines, SIGNATURE_LINES } from '../documents/page-fit.ts';
import { pointsLabel } from '../domain/labels.ts';

export interface NoticeRow {
  kind: 'PER_ITEM' | 'RATE_THRESHOLD' | 'BONUS' | 'NOT_APPLICABLE';
  ruleName: string | null;
  label: string;
  points: number;
}

export interface AssessmentNoticeDocument {
  issuingBody: string;
  officeName: string;
  unitName: string;
  year: number;
  stage: 'OPEN' | 'PRELIMINARY' | 'FINALISED';
  /** '2026年12月4日': the end of the appeal window (PRELIMINARY). */
  appealDeadlineLabel: string | null;
  /** '《召陵区社会信用体系建设实施方案》（召政〔2018〕3号）'. */
  basis: string;
  score: number;
  gradeLabel: string;
  failed: boolean;
  rank: number;
  units: number;
  categories: { name: string; maxPoints: number; score: number; notApplicable: boolean }[];
  bonusTotal: number;
  adjustments: { points: number; reason: string }[];
  rows: NoticeRow[];
  dateLabel: string;
  contact: string | null;
  madeAt: Date;
}

export const assessmentNoticeTitle = (unitName: string, year: number) => `关于${unitName}${year}年度社会信用体系建设工作目标考核结果的通知`;

/** Lines left spare on the two pages: a heading kept with its first row, the last paragraph kept with the 落款. */
const SPARE_LINES = 2;

const signed = (r: NoticeRow) => (r.kind === 'BONUS' ? `加${pointsLabel(r.points)}分` : r.points ? `扣${pointsLabel(r.points)}分` : '不扣分');

const listed = (rows: NoticeRow[]) => rows.map((r, i) => `${i + 1}. ${r.label}，${signed(r)}。`);

function grouped(rows: NoticeRow[]): string[] {
  const groups = new Map<string, { kind: NoticeRow['kind']; n: number; points: number }>();
  for (const r of rows) {
    const key = r.ruleName ?? r.label;
    const g = groups.get(key) ?? { kind: r.kind, n: 0, points: 0 };
    groups.set(key, { kind: g.kind, n: g.n + 1, points: Math.round((g.points + r.points) * 100) / 100 });
  }
  return [...groups.entries()].map(([name, g], i) =>
    `${i + 1}. ${name}${g.n}项，${g.kind === 'BONUS' ? '加' : '扣'}${pointsLabel(g.points)}分。`).concat('各项明细见平台“我的考核”。');
}

type NoticeParagraph = { kind: 'heading1' | 'paragraph'; text: string };

/** Whether the notice, from its addressee to its 落款, is estimated to keep to two pages. */
function keepsToTwoPages(doc: AssessmentNoticeDocument, text: NoticeParagraph[]): boolean {
  const title = assessmentNoticeTitle(doc.unitName, doc.year);
  const lines = estimatedLines(`${doc.unitName}：`, 0) + text.reduce((n, p) => n + estimatedLines(p.text), 0) + SIGNATURE_LINES;
  return lines <= firstPageBodyLines(title) + PAGE_LINES - SPARE_LINES;
}

/** The notice's paragraphs: its rows listed one by one when that keeps it to two pages, else one line per rule. */
export function assessmentNoticeText(doc: AssessmentNoticeDocument): NoticeParagraph[] {
  const costing = doc.rows.filter((r) => r.kind !== 'NOT_APPLICABLE');
  if (costing.length === 0) return noticeText(doc, ['本年度无扣分和加分事项。']);
  const oneByOne = noticeText(doc, listed(costing));
  return keepsToTwoPages(doc, oneByOne) ? oneByOne : noticeText(doc, grouped(costing));
}

function noticeText(doc: AssessmentNoticeDocument, rowLines: string[]): NoticeParagraph[] {
  const stage = doc.stage === 'FINALISED' ? '考核结果已定稿' : doc.stage === 'PRELIMINARY' ? '现将初评结果通知如下' : `以下为截至${doc.dateLabel}的计算结果，尚未定稿`;
  const parts = doc.categories.map((c) => `${c.name}${pointsLabel(c.score)}分（满分${pointsLabel(c.maxPoints)}分${c.notApplicable ? '，容缺项按其他单位平均分计' : ''}）`);
  if (doc.bonusTotal) parts.push(`加分${pointsLabel(doc.bonusTotal)}分`);
  for (const a of doc.adjustments) parts.push(`${a.points > 0 ? '调增' : '调减'}${pointsLabel(Math.abs(a.points))}分（${a.reason.replace(/[。.]$/, '')}）`);
  const closing = doc.failed
    ? `你单位考核等次为“不合格”，请于一个月内向${doc.officeName}报送整改报告，说明问题原因、整改措施和完成时限。`
    : '请你单位对照扣分事项认真整改，进一步做好社会信用信息报送工作。';
  const appeal = doc.stage === 'PRELIMINARY' && doc.appealDeadlineLabel
    ? [{ kind: 'paragraph' as const, text: `如对初评结果有异议，请于${doc.appealDeadlineLabel}前通过信用办督查考核平台提出申诉，并附相关材料；未在期限内申诉的，视为无异议。` }]
    : [];
  return [
    { kind: 'paragraph', text: `根据${doc.basis}和${doc.year}年度考核方案，${stage}：你单位${doc.year}年度社会信用体系建设工作目标考核得分为${pointsLabel(doc.score)}分，等次为“${doc.gradeLabel}”，在参加考核的${doc.units}个单位中排名第${doc.rank}位。` },
    { kind: 'heading1', text: '一、得分构成' },
    { kind: 'paragraph', text: `${parts.join('；')}。` },
    { kind: 'heading1', text: '二、扣分及加分事项' },
    ...rowLines.map((text) => ({ kind: 'paragraph' as const, text })),
    { kind: 'heading1', text: '三、有关要求' },
    ...appeal,
    { kind: 'paragraph', text: closing },
    ...(doc.contact ? [{ kind: 'paragraph' as const, text: `${doc.contact}。` }] : []),
  ];
}

export async function renderAssessmentNoticeDocx(doc: AssessmentNoticeDocument): Promise<Buffer> {
  const title = assessmentNoticeTitle(doc.unitName, doc.year);
  const text = assessmentNoticeText(doc);
  const children: FileChild[] = [
    ...letterhead(doc.issuingBody, '', title),
    bodyParagraph('addressee', `${doc.unitName}：`),
    ...text.map((t, i) => bodyParagraph(t.kind, t.text, i === text.length - 1)),
    ...signature(doc.issuingBody, doc.dateLabel),
  ];
  return packHouseDocument({ creator: doc.issuingBody, title, madeAt: doc.madeAt, children });
}

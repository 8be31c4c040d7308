// The words of a quarterly circular (DESIGN.md §2.6): its title, number, the summary of a frozen snapshot
// and the draft text the office then edits. Pure functions, Chinese for the reader.

import { chineseDate, explanationCategoryLabel, periodLabel, quarterLabel, rateLabel } from '../domain/labels.ts';
import type { Metrics } from '../domain/metrics.ts';
import type { ScoringRules } from '../domain/score.ts';

/** One unit's line of the frozen ranking. */
export interface RankedRow extends Metrics {
  rank: number;
  unitId: number;
  unitName: string;
  sortOrder: number;
  hasContact: boolean;
  score: number;
}

export interface AcceptedExplanation {
  unitName: string;
  streamName: string;
  period: string;
  category: string;
  text: string;
}

export interface CircularTotals extends Omit<Metrics, 'submittedRate'> {
  units: number;
}

/** What the draft says, kept with the circular as drafted (the JSON column `summary`). */
export interface CircularSummary {
  from: string;
  to: string;
  rules: ScoringRules;
  totals: CircularTotals;
  /** Units with every report of the quarter on time (表扬). */
  praised: string[];
  /** Units with late or missing reports (通报批评). */
  criticised: { unitName: string; late: number; missing: number; daysLate: number }[];
  explanations: AcceptedExplanation[];
}

/** Where the ranking table goes in the text; without the line, the table follows the text. */
export const RANKING_TABLE_MARKER = '【排名表】';

/** 召信用办〔2026〕3号 */
export function circularNumber(prefix: string, year: number, seq: number): string {
  return `${prefix}〔${year}〕${seq}号`;
}

export function circularTitle(year: number, quarter: number): string {
  return `关于${quarterLabel(year, quarter)}社会信用信息报送情况的通报`;
}

export function summarise(
  rows: readonly RankedRow[],
  explanations: AcceptedExplanation[],
  range: { from: string; to: string },
  rules: ScoringRules,
): CircularSummary {
  const sum = (key: 'expected' | 'onTime' | 'late' | 'missing' | 'excused' | 'inReview' | 'daysLate') =>
    rows.reduce((total, r) => total + r[key], 0);
  const expected = sum('expected');
  const onTime = sum('onTime');
  return {
    ...range,
    rules,
    totals: {
      units: rows.filter((r) => r.expected > 0).length,
      expected,
      onTime,
      late: sum('late'),
      missing: sum('missing'),
      excused: sum('excused'),
      inReview: sum('inReview'),
      daysLate: sum('daysLate'),
      onTimeRate: expected === 0 ? null : onTime / expected,
    },
    praised: rows.filter((r) => r.expected > 0 && r.onTime === r.expected).map((r) => r.unitName),
    criticised: rows
      .filter((r) => r.late > 0 || r.missing > 0)
      .map((r) => ({ unitName: r.unitName, late: r.late, missing: r.missing, daysLate: r.daysLate })),
    explanations,
  };
}

function monthSpan(from: string, to: string): string {
  const [a, b] = [Number(from.slice(5, 7)), Number(to.slice(5, 7))];
  return a === b ? `${a}月` : `${a}月至${b}月`;
}

function criticisedLine(c: CircularSummary['criticised'][number]): string {
  const parts = [c.late > 0 ? `迟报${c.late}件` : '', c.missing > 0 ? `逾期未报${c.missing}件` : ''].filter(Boolean);
  return `${c.unitName}（${parts.join('、')}）`;
}

function explanationLine(e: AcceptedExplanation): string {
  const category = explanationCategoryLabel(e.category);
  const text = e.text.replace(/\s+/g, ' ').trim().replace(/[。.；;，,]+$/, '');
  return `${e.unitName}${periodLabel(e.period)}${e.streamName}（${category}：${text}）`;
}

export interface DraftContext {
  year: number;
  quarter: number;
  /** The plan the circular cites (office settings: planTitle, planNumber). */
  plan: { title: string; number?: string };
  /** The monthly due day (the streams' dueDay); null: no monthly stream in the quarter. */
  dueDay: number | null;
  /** Set for a correction: the circular it replaces and why. */
  correction?: { number: string; title: string; reason: string } | null;
}

/** The draft text: one paragraph per line; lines "一、" … are headings; the marker line places the table. */
export function draftBody(s: CircularSummary, ctx: DraftContext): string {
  const t = s.totals;
  const quarter = quarterLabel(ctx.year, ctx.quarter);
  const lines: string[] = ['区社会信用体系建设工作领导小组各成员单位：'];
  if (ctx.correction) {
    lines.push(
      `现对《${ctx.correction.title}》（${ctx.correction.number}）予以更正，原通报同时废止。更正原因：${ctx.correction.reason}`,
    );
  }
  lines.push(
    `根据《${ctx.plan.title}》${ctx.plan.number ? `（${ctx.plan.number}）` : ''}“每季度通报一次各部门‘双公示’信息报送情况”的要求，现将${quarter}（${monthSpan(s.from, s.to)}）各单位信用信息报送情况通报如下：`,
    '一、总体情况',
    `本季度共有${t.units}个单位应报送信用信息${t.expected}件，其中按时报送${t.onTime}件，迟报${t.late}件，逾期未报${t.missing}件，因故未报并经说明采纳${t.excused}件，尚在审核${t.inReview}件，按时报送率${rateLabel(t.onTimeRate)}。各单位报送情况及排名如下：`,
    RANKING_TABLE_MARKER,
    '二、通报表扬',
    s.praised.length > 0
      ? `${s.praised.join('、')}等${s.praised.length}个单位本季度各项信息均按时报送，予以通报表扬。`
      : '本季度没有各项信息均按时报送的单位。',
    '三、通报批评',
    s.criticised.length > 0
      ? `${s.criticised.map(criticisedLine).join('；')}。以上${s.criticised.length}个单位存在迟报或逾期未报情况，予以通报批评，请认真分析原因，限期整改。`
      : '本季度没有迟报或逾期未报的单位。',
    '四、未报说明采纳情况',
    s.explanations.length > 0
      ? `本季度经审核采纳的未报说明${s.explanations.length}件：${s.explanations.map(explanationLine).join('；')}。`
      : '本季度没有经审核采纳的未报说明。',
    '五、工作要求',
    `各单位要进一步提高认识，明确专人负责，严格按照实施方案要求，${ctx.dueDay ? `于每月${ctx.dueDay}日前` : '按规定时限'}报送截至上月最后一日的“双公示”等信用信息；未产生信息的，应按时报送情况说明。报送情况将继续按季度通报，并纳入年度目标考核。`,
  );
  return lines.join('\n');
}

export type BodyBlock =
  | { kind: 'addressee' | 'heading1' | 'heading2' | 'paragraph'; text: string }
  | { kind: 'table' };

const HEADING1 = /^[一二三四五六七八九十]+、/;
const HEADING2 = /^（[一二三四五六七八九十]+）/;

/**
 * The edited text as the document lays it out: the first line ending in "：" is the addressee (主送机关,
 * flush left), "一、" and "（一）" lines are headings, the marker line asks for the ranking table (the 附件);
 * a text without the marker has no table, and a second marker is dropped.
 */
export function bodyBlocks(body: string): BodyBlock[] {
  const lines = body.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
  let seen = false;
  return lines.flatMap((text, i): BodyBlock[] => {
    if (text === RANKING_TABLE_MARKER) return seen ? [] : ((seen = true), [{ kind: 'table' }]);
    if (i === 0 && /[：:]$/.test(text)) return [{ kind: 'addressee', text }];
    return [{ kind: HEADING1.test(text) ? 'heading1' : HEADING2.test(text) ? 'heading2' : 'paragraph', text }];
  });
}

/** 成文日期 of a circular, or the blank of a draft that has none yet. */
export function issuedOnLabel(issuedOn: string | null): string {
  return issuedOn ? chineseDate(issuedOn) : '　　年　月　日';
}

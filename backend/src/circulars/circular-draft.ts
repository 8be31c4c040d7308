// The draft of a quarterly circular (DESIGN.md §2.6) from its frozen snapshot: the period and the data cut-off,
// the totals, the records and their 合规率 / 迟报率, 表扬, 通报批评 worst first with the months and streams missed,
// the accepted explanations, 存在问题 and 下一步工作要求 drawn from the figures. A clause whose count is zero is left
// out (never "0件"); a quarter only partly tracked says which months it holds. Pure functions, Chinese for the reader.

import { chineseDate, explanationCategoryLabel, periodLabel, quarterLabel, rateLabel } from '../domain/labels.ts';
import { parsePeriod } from '../domain/periods.ts';
import { toShanghaiIso } from '../domain/dates.ts';
import type { ScoringRules } from '../domain/score.ts';
import type { RecordCounts } from '../records/domain/timeliness.ts';
import { RANKING_TABLE_MARKER, type AcceptedExplanation, type CircularSummary, type CircularTotals, type Criticised, type MissedItem, type RankedRow } from './circular-text.ts';

/** A ranking row as frozen: the record counts ride along where the unit files records. */
export type DraftRow = RankedRow & Partial<RecordCounts>;

export interface SummaryInput {
  /** The quarter's months, 'YYYY-MM'. */
  from: string;
  to: string;
  /** The month tracking began ('tracking.start'); null or not after `from`: the whole quarter is tracked. */
  trackingStart: string | null;
  /** The snapshot instant: the data cut-off. */
  asOf: Date;
  rules: ScoringRules;
}

const ROMAN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const monthOf = (period: string) => Number(period.slice(5, 7));

/** Worst first: most 逾期未报, then most 迟报, then most days late; ties in the seed's unit order. */
function worstFirst(a: Criticised & { sortOrder: number }, b: Criticised & { sortOrder: number }): number {
  return b.missing - a.missing || b.late - a.late || b.daysLate - a.daysLate || a.sortOrder - b.sortOrder;
}

export function summarise(rows: readonly DraftRow[], missed: readonly MissedItem[], explanations: AcceptedExplanation[], input: SummaryInput): CircularSummary {
  const sum = (pick: (r: DraftRow) => number | undefined) => rows.reduce((total, r) => total + (pick(r) ?? 0), 0);
  const owing = rows.filter((r) => r.expected > 0);
  const expected = sum((r) => r.expected);
  const onTime = sum((r) => r.onTime);
  const [filed, valid, late] = [sum((r) => r.recordsFiled), sum((r) => r.recordsValid), sum((r) => r.recordsLate)];
  const totals: CircularTotals = {
    units: owing.length,
    expected,
    onTime,
    late: sum((r) => r.late),
    missing: sum((r) => r.missing),
    excused: sum((r) => r.excused),
    inReview: sum((r) => r.inReview),
    daysLate: sum((r) => r.daysLate),
    onTimeRate: expected === 0 ? null : onTime / expected,
    noContact: owing.filter((r) => !r.hasContact).length,
    records: filed === 0 ? null : { filed, valid, late, complianceRate: valid / filed, lateRecordRate: valid === 0 ? null : late / valid },
  };
  const partial = input.trackingStart !== null && input.trackingStart > input.from;
  return {
    from: partial ? input.trackingStart! : input.from,
    to: input.to,
    quarterFrom: input.from,
    partial,
    asOf: toShanghaiIso(input.asOf),
    rules: input.rules,
    totals,
    praised: owing.filter((r) => r.onTime === r.expected).map((r) => r.unitName),
    criticised: rows
      .filter((r) => r.late > 0 || r.missing > 0)
      .map((r) => ({
        unitName: r.unitName,
        sortOrder: r.sortOrder,
        late: r.late,
        missing: r.missing,
        daysLate: r.daysLate,
        items: missed.filter((m) => m.unitId === r.unitId).map(({ unitId: _u, ...item }) => item),
      }))
      .sort(worstFirst)
      .map(({ sortOrder: _s, ...c }) => c),
    explanations,
  };
}

/** '7月至9月', '12月'. */
export function monthSpan(from: string, to: string): string {
  const [a, b] = [monthOf(from), monthOf(to)];
  return a === b ? `${a}月` : `${a}月至${b}月`;
}

/** '2026年11月27日10时' (Asia/Shanghai) from the stored ISO instant. */
export function cutOffLabel(asOfIso: string): string {
  const [, date, hour, minute] = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(asOfIso)!;
  return `${chineseDate(date!)}${Number(hour)}时${minute === '00' ? '' : `${Number(minute)}分`}`;
}

/** The clauses that are not zero, joined: no "0件" ever. */
function clauses(parts: [number, (n: number) => string][], joiner = '，'): string {
  return parts.filter(([n]) => n > 0).map(([n, say]) => say(n)).join(joiner);
}

/** '“双公示”信息月度统计7月、8月，行政许可信息9月' — the items grouped by stream, months in order. */
export function itemsLabel(items: readonly Omit<MissedItem, 'unitId'>[]): string {
  const byStream = new Map<string, string[]>();
  for (const item of [...items].sort((a, b) => a.period.localeCompare(b.period))) {
    const p = parsePeriod(item.period);
    const when = p?.cadence === 'MONTHLY' ? `${p.month}月` : periodLabel(item.period);
    byStream.set(item.streamName, [...(byStream.get(item.streamName) ?? []), when]);
  }
  return [...byStream].map(([stream, when]) => `${stream}${when.join('、')}`).join('，');
}

/** What a criticised unit missed, without its name: '逾期未报3件（…7月、8月），迟报1件（…9月，累计迟报2天）'. */
function missedLabel(c: Criticised): string {
  const of = (missing: boolean) => itemsLabel(c.items.filter((i) => i.missing === missing));
  const missing = c.missing > 0 ? `逾期未报${c.missing}件${of(true) ? `（${of(true)}）` : ''}` : '';
  const late = c.late > 0 ? `迟报${c.late}件${of(false) ? `（${of(false)}，累计迟报${c.daysLate}天）` : ''}` : '';
  return [missing, late].filter(Boolean).join('，');
}

/**
 * The 通报批评 clauses, worst first; units that missed exactly the same are named together:
 * '区科技局、区司法局各逾期未报3件（…）'.
 */
export function criticisedLines(criticised: readonly Criticised[]): string[] {
  const groups = new Map<string, string[]>();
  for (const c of criticised) {
    const missed = missedLabel(c);
    groups.set(missed, [...(groups.get(missed) ?? []), c.unitName]);
  }
  return [...groups].map(([missed, names]) => `${names.join('、')}${names.length > 1 ? '各' : ''}${missed}`);
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

function periodClause(s: CircularSummary): string {
  const span = monthSpan(s.from, s.to);
  if (!s.partial) return span;
  const before = monthSpan(s.quarterFrom, `${s.from.slice(0, 5)}${String(monthOf(s.from) - 1).padStart(2, '0')}`);
  return `${span}；平台自${periodLabel(s.from)}起统计，${before}未纳入`;
}

function totalsParagraph(s: CircularSummary): string {
  const t = s.totals;
  if (t.expected === 0) return '本季度各单位没有应报送的信用信息，按时报送率—。';
  const counts = clauses([
    [t.onTime, (n) => `按时报送${n}件`],
    [t.late, (n) => `迟报${n}件`],
    [t.missing, (n) => `逾期未报${n}件`],
    [t.excused, (n) => `因故未报并经说明采纳${n}件`],
    [t.inReview, (n) => `尚在审核${n}件`],
  ]);
  return `本季度共有${t.units}个单位应报送信用信息${t.expected}件${counts ? `，其中${counts}` : ''}，按时报送率${rateLabel(t.onTimeRate)}。`;
}

function recordsParagraph(s: CircularSummary): string | null {
  const r = s.totals.records;
  if (!r) return null;
  const invalid = r.filed - r.valid;
  const quality = invalid > 0 ? `其中通过校验${r.valid}条、未通过校验${invalid}条` : '均通过校验';
  const timeliness = r.valid === 0 ? '' : r.late > 0 ? `；通过校验的记录中超时限报送${r.late}条，迟报率${rateLabel(r.lateRecordRate)}` : '；通过校验的记录均在时限内报送';
  return `各单位共报送信用信息记录${r.filed}条，${quality}，合规率${rateLabel(r.complianceRate)}${timeliness}。`;
}

/** 存在问题: "一是……。二是……。" from the figures; null when nothing is wrong. */
export function problems(s: CircularSummary): string | null {
  const t = s.totals;
  const found: string[] = [];
  const missingUnits = s.criticised.filter((c) => c.missing > 0);
  if (missingUnits.length > 0) {
    const worst = missingUnits[0]!;
    found.push(`逾期未报问题仍然存在，${missingUnits.length}个单位逾期未报${t.missing}件，其中${worst.unitName}逾期未报${worst.missing}件`);
  }
  const lateUnits = s.criticised.filter((c) => c.late > 0);
  if (lateUnits.length > 0) found.push(`部分单位报送不及时，${lateUnits.length}个单位迟报${t.late}件，累计迟报${t.daysLate}天`);
  if (t.noContact > 0) found.push(`${t.noContact}个单位尚未明确信用信息报送联系人，催报通知无法送达到人`);
  const r = t.records;
  if (r && r.filed > r.valid) found.push(`报送质量有待提高，${r.filed - r.valid}条记录未通过校验，合规率${rateLabel(r.complianceRate)}`);
  if (r && r.late > 0) found.push(`${r.late}条记录超过规定时限报送，迟报率${rateLabel(r.lateRecordRate)}`);
  if (found.length === 0) return null;
  return found.map((f, i) => `${ROMAN[i]}是${f}。`).join('');
}

/** 下一步工作要求: numbered, the ones the figures call for, then the standing ones. */
export function requirements(s: CircularSummary, ctx: DraftContext): string[] {
  const t = s.totals;
  const r = t.records;
  const asks = [
    t.missing > 0 ? '被通报批评的单位要认真分析原因，对逾期未报事项立即补报，并将整改情况书面报领导小组办公室。' : '',
    t.late > 0 ? '迟报的单位要倒排时间，提前做好信息收集和审核，确保在截止时间前报送。' : '',
    t.noContact > 0 ? '尚未明确联系人的单位要立即在平台中明确专人负责，人员变动时及时更新。' : '',
    r && (r.filed > r.valid || r.late > 0) ? '各单位要对照归集标准逐项自查必填项和数据格式，在规定时限内报送，提高合规率、降低迟报率。' : '',
    `各单位要进一步提高认识，严格按照实施方案要求，${ctx.dueDay ? `于每月${ctx.dueDay}日前` : '按规定时限'}报送截至上月最后一日的“双公示”等信用信息；未产生信息的，应按时报送情况说明。`,
    '报送情况将继续按季度通报，并纳入年度目标考核。',
  ].filter(Boolean);
  return asks.map((a, i) => `${i + 1}.${a}`);
}

/** The draft text: one paragraph per line; lines "一、" … are headings; the marker line places the table. */
export function draftBody(s: CircularSummary, ctx: DraftContext): string {
  const quarter = quarterLabel(ctx.year, ctx.quarter);
  const lines: string[] = ['区社会信用体系建设工作领导小组各成员单位：'];
  if (ctx.correction) {
    lines.push(`现对《${ctx.correction.title}》（${ctx.correction.number}）予以更正，原通报同时废止。更正原因：${ctx.correction.reason}`);
  }
  lines.push(
    `根据《${ctx.plan.title}》${ctx.plan.number ? `（${ctx.plan.number}）` : ''}“每季度通报一次各部门‘双公示’信息报送情况”的要求，现将${quarter}（${periodClause(s)}）各单位信用信息报送情况通报如下（数据截至${cutOffLabel(s.asOf)}）：`,
  );
  const sections: [string, string[]][] = [
    ['总体情况', [totalsParagraph(s), recordsParagraph(s) ?? '', '各单位报送情况及排名如下：', RANKING_TABLE_MARKER].filter(Boolean)],
    ['通报表扬', s.praised.length > 0 ? [`${s.praised.join('、')}等${s.praised.length}个单位本季度各项信息均按时报送，予以通报表扬。`] : []],
    ['通报批评', s.criticised.length > 0 ? [`${criticisedLines(s.criticised).join('；')}。以上${s.criticised.length}个单位存在迟报或逾期未报情况，予以通报批评。`] : []],
    ['未报说明采纳情况', s.explanations.length > 0 ? [`本季度经审核采纳的未报说明${s.explanations.length}件：${s.explanations.map(explanationLine).join('；')}。`] : []],
    ['存在问题', [problems(s) ?? ''].filter(Boolean)],
    ['下一步工作要求', requirements(s, ctx)],
  ];
  sections
    .filter(([, paragraphs]) => paragraphs.length > 0)
    .forEach(([heading, paragraphs], i) => lines.push(`${ROMAN[i]}、${heading}`, ...paragraphs));
  return lines.join('\n');
}

// 年度目标考核 as .xlsx for the district's annual target assessment: a summary sheet (one row per unit, in
// rank order, with categories, bonuses and grades), a deductions sheet (every point lost, with its cause),
// bonuses and 容缺, the manual adjustments, and the appeals with their decisions.
import { addTableSheet, newWorkbook, workbookBuffer } from '../common/xlsx.ts';
import { chineseDate, periodLabel, pointsLabel, statusLabel } from '../domain/labels.ts';
import { shanghaiDate, toShanghaiIso } from '../domain/dates.ts';
import type { ScoringRules } from '../domain/score.ts';
import type { UnitDeduction } from './assessment-results.ts';
import type { UnitResult, YearScheme } from './assessments.dto.ts';
import { schemeLabel, simpleRulesOf } from './scheme-label.ts';

export interface AssessmentExport {
  year: number;
  issuingBody: string;
  finalisedAt: Date | null;
  /** When the export is made (the live figures' day while not finalised). */
  at: Date;
  rules: ScoringRules;
  scheme: YearScheme;
  rows: readonly UnitResult[];
  appeals: readonly { unitId: number; subject: string; points: number; reason: string; createdAt: Date; statusLabel: string; decisionReason: string | null; decidedAt: Date | null }[];
  deductions: readonly UnitDeduction[];
  adjustments: readonly { unitId: number; points: number; reason: string; createdAt: Date; createdBy: string | null }[];
  /** Due and filing time of each deduction's obligation (filedAt null: nothing accepted). */
  times: ReadonlyMap<number, { dueAt: Date; filedAt: Date | null }>;
  /** The month tracking began ('tracking.start'); a year that starts before it gets a warning row. */
  trackingStart: string | null;
}

/** '2026-07-05 17:30' in Asia/Shanghai. */
const timeLabel = (t: Date | null | undefined) => (t ? toShanghaiIso(t).slice(0, 16).replace('T', ' ') : null);

/** The warning when the year starts before tracking began; null when the whole year is tracked. */
export function trackingWarning(year: number, trackingStart: string | null): string | null {
  if (!trackingStart || trackingStart <= `${year}-01`) return null;
  if (trackingStart > `${year}-12`) return `注意：平台自${periodLabel(trackingStart)}起统计，${year}年度没有报送数据，以下得分不能作为考核依据。`;
  const month = Number(trackingStart.slice(5, 7));
  const before = month === 2 ? '1月' : `1月至${month - 1}月`;
  return `注意：平台自${periodLabel(trackingStart)}起统计，${year}年${before}没有报送数据，未纳入计算。`;
}

export const rulesLabel = (r: ScoringRules) =>
  `评分规则：满分100分，迟报每件扣${pointsLabel(r.latePerReport)}分，逾期未报每件扣${pointsLabel(r.missingPerReport)}分，` +
  `未按时报送但说明已采纳每件扣${pointsLabel(r.excusedPerReport)}分，未指定负责人扣${pointsLabel(r.noContact)}分，最低0分；另加减人工调整分。`;

/** The simple rules in their one sentence; a richer scheme line by line. */
const rulesNotes = (scheme: YearScheme) => {
  const simple = simpleRulesOf(scheme);
  return simple ? [rulesLabel(simple)] : schemeLabel(scheme);
};

export async function assessmentWorkbook(x: AssessmentExport): Promise<Buffer> {
  const wb = newWorkbook(x.issuingBody, x.at);
  const state = x.finalisedAt
    ? `已定稿（${chineseDate(shanghaiDate(x.finalisedAt))}）`
    : `未定稿，按${chineseDate(shanghaiDate(x.at))}的报送情况计算`;
  const unitName = new Map(x.rows.map((r) => [r.unitId, r.unitName]));
  const n = x.rows.length;
  const unitOf = (row: { unitId: number }) => unitName.get(row.unitId) ?? String(row.unitId);
  const lost = x.deductions.filter((d) => d.kind === 'PER_ITEM' || d.kind === 'RATE_THRESHOLD');
  const given = x.deductions.filter((d) => d.kind === 'BONUS' || d.kind === 'NOT_APPLICABLE');
  // One column per category when the scheme has several (共性 / 个性 …); 容缺 marked.
  const categoryColumns = x.scheme.categories.length < 2 ? [] : x.scheme.categories.map((c) => ({
    header: `${c.name}（${pointsLabel(c.maxPoints)}分）`,
    width: 12,
    value: (r: UnitResult) => {
      const cat = r.categories.find((k) => k.categoryId === c.id);
      return cat ? (cat.notApplicable ? `${pointsLabel(cat.score)}（容缺）` : cat.score) : null;
    },
    numFmt: '0.00',
  }));

  addTableSheet(wb, {
    name: '考核得分',
    title: `${x.year}年度社会信用体系建设工作目标考核得分表`,
    subtitle: `状态：${state}。`,
    warning: trackingWarning(x.year, x.trackingStart) ?? undefined,
    onePage: x.rows.length <= 40,
    columns: [
      { header: '名次', width: 6, value: (r) => r.rank },
      { header: '单位', width: 22, value: (r) => r.unitName },
      { header: '应报', width: 7, value: (r) => r.expected, sum: true },
      { header: '按时', width: 7, value: (r) => r.onTime, sum: true },
      { header: '迟报', width: 7, value: (r) => r.late, sum: true },
      { header: '逾期未报', width: 9, value: (r) => r.missing, sum: true },
      { header: '说明采纳', width: 9, value: (r) => r.excused, sum: true },
      { header: '待审核', width: 8, value: (r) => r.inReview, sum: true },
      { header: '迟报天数', width: 9, value: (r) => r.daysLate, sum: true },
      { header: '按时率', width: 9, value: (r) => r.onTimeRate, numFmt: '0.0%' },
      { header: '扣分', width: 8, value: (r) => r.deductionTotal, numFmt: '0.00', sum: true },
      { header: '计算得分', width: 9, value: (r) => r.computedScore, numFmt: '0.00' },
      { header: '调整分', width: 8, value: (r) => r.adjustmentTotal, numFmt: '0.00', sum: true },
      { header: '最终得分', width: 9, value: (r) => r.score, numFmt: '0.00', average: true },
      { header: '加分', width: 7, value: (r) => r.bonusTotal, numFmt: '0.00', sum: true },
      { header: '等次', width: 7, value: (r) => r.gradeLabel },
      ...categoryColumns,
    ],
    rows: x.rows,
    totals: { label: '合计', values: { 单位: `${n}个单位` } },
    note: [...rulesNotes(x.scheme), '合计行“最终得分”为各单位平均分；按时率＝按时件数÷应报件数。'],
  });

  addTableSheet(wb, {
    name: '扣分明细',
    title: `${x.year}年度目标考核扣分明细`,
    subtitle: '每一条扣分均注明原因（对应的应报事项，或未指定负责人）。',
    warning: trackingWarning(x.year, x.trackingStart) ?? undefined,
    columns: [
      { header: '序号', width: 6, value: (_d, i) => i + 1 },
      { header: '单位', width: 22, value: (d) => unitName.get(d.unitId) ?? String(d.unitId) },
      { header: '扣分原因', width: 24, value: (d) => d.causeLabel },
      { header: '报送事项', width: 30, value: (d) => d.streamName },
      { header: '期间', width: 14, value: (d) => (d.period ? periodLabel(d.period) : null) },
      { header: '状态', width: 12, value: (d) => (d.status ? statusLabel(d.status) : null) },
      { header: '截止时间', width: 17, value: (d) => timeLabel(d.obligationId === null ? null : x.times.get(d.obligationId)?.dueAt) },
      // Only a late report was filed when it counted: a missing one shows none, even if filed after the year was frozen.
      { header: '报送时间', width: 17, value: (d) => timeLabel(d.obligationId === null || d.status !== 'LATE' ? null : x.times.get(d.obligationId)?.filedAt) },
      { header: '迟报天数', width: 9, value: (d) => d.daysLate },
      { header: '扣分', width: 8, value: (d) => d.points, numFmt: '0.00', sum: true },
    ],
    rows: lost,
    totals: { label: '合计' },
  });

  addTableSheet(wb, {
    name: '加分与容缺',
    title: `${x.year}年度目标考核加分与容缺`,
    subtitle: '加分为单位申报、信用办确认的项目（受单项和总分上限限制）；容缺项按其他单位该类别的平均分计。',
    columns: [
      { header: '序号', width: 6, value: (_d, i) => i + 1 },
      { header: '单位', width: 22, value: unitOf },
      { header: '类型', width: 8, value: (d) => d.causeLabel },
      { header: '项目', width: 16, value: (d) => d.ruleName ?? d.categoryName },
      { header: '说明', width: 50, value: (d) => d.label },
      { header: '分值', width: 8, value: (d) => d.points, numFmt: '0.00' },
    ],
    rows: given,
  });

  addTableSheet(wb, {
    name: '加减分调整',
    title: `${x.year}年度目标考核人工调整`,
    columns: [
      { header: '序号', width: 6, value: (_a, i) => i + 1 },
      { header: '单位', width: 22, value: (a) => unitName.get(a.unitId) ?? String(a.unitId) },
      { header: '调整分', width: 9, value: (a) => a.points, numFmt: '0.00', sum: true },
      { header: '理由', width: 50, value: (a) => a.reason },
      { header: '调整人', width: 12, value: (a) => a.createdBy },
      { header: '调整日期', width: 16, value: (a) => chineseDate(shanghaiDate(a.createdAt)) },
    ],
    rows: x.adjustments,
    totals: { label: '合计' },
  });

  addTableSheet(wb, {
    name: '申诉复核',
    title: `${x.year}年度目标考核申诉及复核情况`,
    columns: [
      { header: '序号', width: 6, value: (_a, i) => i + 1 },
      { header: '单位', width: 22, value: unitOf },
      { header: '申诉事项', width: 36, value: (a) => a.subject },
      { header: '分值', width: 7, value: (a) => a.points, numFmt: '0.00' },
      { header: '申诉理由', width: 36, value: (a) => a.reason },
      { header: '申诉日期', width: 16, value: (a) => chineseDate(shanghaiDate(a.createdAt)) },
      { header: '复核结论', width: 12, value: (a) => a.statusLabel },
      { header: '复核意见', width: 30, value: (a) => a.decisionReason },
      { header: '复核日期', width: 16, value: (a) => (a.decidedAt ? chineseDate(shanghaiDate(a.decidedAt)) : null) },
    ],
    rows: x.appeals,
  });

  return workbookBuffer(wb);
}

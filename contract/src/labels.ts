// The one place where periods, dates, statuses and streams get their Chinese words: notices, circulars,
// assessment sheets, statistics tables and the dashboard all print these. Pure formatting, no framework.
//
// One output per label, chosen once:
// - a quarter is 2026年第三季度 (Chinese numeral), as an official document writes it (the circular's title);
// - a year is 2026年 (not 2026年度: "年度" belongs to the name of a thing, e.g. 2026年度目标考核);
// - a one-off period is 一次性报送, which reads as a period to a unit (一次性 alone does not);
// - a date is 2026年10月9日 in a document (GB/T 9704-2012 成文日期: Arabic numerals, no leading zeros);
// - on a screen a date is 2026-11-05 and a time 2026-11-05 14:30, in Beijing time whatever the machine's zone
//   (dayLabel, timeLabel: the dashboard and the API's display fields print these two and nothing else);
// - a status has one word everywhere (DESIGN.md §2.3): 迟报 is LATE, 逾期未报 is OVERDUE (and RETURNED past
//   due), and 逾期 alone never names a late filing.

export * from './codes.ts';
export * from './audit-labels.ts';
export * from './sms.ts';
export { CADENCES, parsePeriod, type Cadence, type ParsedPeriod } from './periods.ts';
import type { DeductionCause, ExplanationCategory, ObligationStatus } from './codes.ts';
import { parsePeriod, type Cadence } from './periods.ts';

const QUARTER_NAMES = ['一', '二', '三', '四'] as const;

/** 1 → '一' … 4 → '四'. */
export function quarterName(quarter: number): string {
  const name = QUARTER_NAMES[quarter - 1];
  if (!name) throw new RangeError(`Invalid quarter: ${quarter}`);
  return name;
}

/** (2026, 3) → '2026年第三季度'. */
export function quarterLabel(year: number, quarter: number): string {
  return `${year}年第${quarterName(quarter)}季度`;
}

/** GB/T 9704-2012 成文日期: '2026-10-09' → '2026年10月9日'; a day that does not exist is a RangeError. */
export function chineseDate(d: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (!m || year < 1 || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new RangeError(`Invalid LocalDate: ${JSON.stringify(d)}`);
  }
  return `${year}年${month}月${day}日`;
}

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000; // China has kept UTC+8 all year since 1991

/** The instant's wall-clock fields in Beijing as 'YYYY-MM-DDTHH:mm' (via UTC getters: no Intl, no machine zone). */
function shanghaiFields(instant: string | Date): string {
  const ms = new Date(instant).getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Invalid instant: ${JSON.stringify(instant)}`);
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16);
}

/** A day on a screen: an instant's Beijing day, or a calendar day as it is: '2026-11-05'. */
export function dayLabel(value: string | Date): string {
  return typeof value === 'string' && LOCAL_DATE.test(value) ? value : shanghaiFields(value).slice(0, 10);
}

/** An instant on a screen, in Beijing time to the minute: '2026-11-05 14:30'. */
export function timeLabel(instant: string | Date): string {
  return shanghaiFields(instant).replace('T', ' ');
}

/** '2026-09' → '2026年9月', '2026-Q3' → '2026年第三季度', '2026' → '2026年', 'ONCE' → '一次性报送'. */
export function periodLabel(key: string): string {
  const p = parsePeriod(key);
  if (!p) throw new RangeError(`Invalid period key: ${JSON.stringify(key)}`);
  switch (p.cadence) {
    case 'MONTHLY':
      return `${p.year}年${p.month}月`;
    case 'QUARTERLY':
      return quarterLabel(p.year, p.quarter);
    case 'YEARLY':
      return `${p.year}年`;
    case 'ONCE':
      return '一次性报送';
  }
}

/** A rate as a percentage with one decimal; null (nothing expected) is '—', never 0 % or 100 %. */
export function rateLabel(rate: number | null): string {
  return rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** Points without trailing zeros: 0.5 → '0.5', 1 → '1', 0.25 → '0.25', 98.75 → '98.75'. */
export function pointsLabel(points: number): string {
  return String(Math.round(points * 100) / 100);
}

export const STATUS_LABELS: Readonly<Record<ObligationStatus, string>> = Object.freeze({
  EXEMPT: '免报',
  PENDING: '未到期',
  SUBMITTED: '待审核',
  ON_TIME: '按时',
  LATE: '迟报',
  RETURNED: '已退回',
  OVERDUE: '逾期未报',
  EXCUSED: '已说明',
});

/** The word of a status; an unknown code (e.g. from an older snapshot) is shown as it is. */
export const statusLabel = (status: string): string => STATUS_LABELS[status as ObligationStatus] ?? status;

/** How often a stream falls due (报送频次). */
export const CADENCE_LABELS: Readonly<Record<Cadence, string>> = Object.freeze({
  MONTHLY: '每月',
  QUARTERLY: '每季度',
  YEARLY: '每年',
  ONCE: '一次性',
});

export const DEDUCTION_CAUSE_LABELS: Readonly<Record<DeductionCause, string>> = Object.freeze({
  LATE: '迟报',
  MISSING: '逾期未报',
  EXCUSED: '未按时报送（说明已采纳）',
  NO_CONTACT: '未指定负责人',
});

export const EXPLANATION_CATEGORY_LABELS: Readonly<Record<ExplanationCategory, string>> = Object.freeze({
  STAFF_CHANGE: '人员变动',
  SYSTEM_FAILURE: '系统故障',
  DATA_NOT_READY: '数据尚未形成',
  NOT_NOTIFIED: '未收到通知',
  FORCE_MAJEURE: '不可抗力',
  OTHER: '其他原因',
});

export const explanationCategoryLabel = (category: string): string =>
  EXPLANATION_CATEGORY_LABELS[category as ExplanationCategory] ?? category;

/** What one deduction row says about its cause: '“双公示”信息月度统计 2026年3月：迟报（迟报2天）'. */
export function deductionLabel(d: {
  cause: DeductionCause;
  streamName: string | null;
  period: string | null;
  daysLate: number | null;
}): string {
  const cause = DEDUCTION_CAUSE_LABELS[d.cause];
  if (d.cause === 'NO_CONTACT' || !d.streamName || !d.period) return cause;
  const late = d.cause === 'LATE' && d.daysLate ? `（迟报${d.daysLate}天）` : '';
  return `${d.streamName} ${periodLabel(d.period)}：${cause}${late}`;
}

/** The annual assessment's words (DESIGN.md §2.7): grades, bonus claims, appeals. */
export const GRADE_LABELS = Object.freeze({ EXCELLENT: '优秀', GOOD: '良好', PASS: '合格', FAIL: '不合格' } as const);
export const BONUS_STATUS_LABELS = Object.freeze({ PENDING: '待确认', CONFIRMED: '已确认', REFUSED: '不予确认' } as const);
export const APPEAL_STATUS_LABELS = Object.freeze({ OPEN: '待复核', UPHELD: '申诉成立', REJECTED: '申诉不成立' } as const);

// How the office writes dates, periods, rates and causes in its documents (circulars, assessment sheets,
// statistics tables). Pure formatting: Chinese for users, no framework.

import { parseLocalDate, type LocalDate } from './dates.ts';
import { parsePeriod } from './periods.ts';
import type { DeductionCause } from './score.ts';

const QUARTER_NAMES = ['一', '二', '三', '四'] as const;

/** 1 → '一' … 4 → '四'. */
export function quarterName(quarter: number): string {
  const name = QUARTER_NAMES[quarter - 1];
  if (!name) throw new RangeError(`Invalid quarter: ${quarter}`);
  return name;
}

/** GB/T 9704-2012 成文日期: Arabic numerals without leading zeros, '2026-10-09' → '2026年10月9日'. */
export function chineseDate(d: LocalDate): string {
  const { year, month, day } = parseLocalDate(d);
  return `${year}年${month}月${day}日`;
}

/** '2026-09' → '2026年9月', '2026-Q3' → '2026年第三季度', '2026' → '2026年', 'ONCE' → '一次性'. */
export function periodLabel(key: string): string {
  const p = parsePeriod(key);
  if (!p) throw new RangeError(`Invalid period key: ${JSON.stringify(key)}`);
  switch (p.cadence) {
    case 'MONTHLY':
      return `${p.year}年${p.month}月`;
    case 'QUARTERLY':
      return `${p.year}年第${quarterName(p.quarter)}季度`;
    case 'YEARLY':
      return `${p.year}年`;
    case 'ONCE':
      return '一次性';
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

export const DEDUCTION_CAUSE_LABELS: Readonly<Record<DeductionCause, string>> = Object.freeze({
  LATE: '逾期报送',
  MISSING: '未报送',
  EXCUSED: '未按时报送（说明已采纳）',
  NO_CONTACT: '未指定负责人',
});

export const EXPLANATION_CATEGORY_LABELS: Readonly<Record<string, string>> = Object.freeze({
  STAFF_CHANGE: '人员变动',
  SYSTEM_FAILURE: '系统故障',
  DATA_NOT_READY: '数据尚未形成',
  NOT_NOTIFIED: '未收到通知',
  FORCE_MAJEURE: '不可抗力',
  OTHER: '其他原因',
});

export const STATUS_LABELS: Readonly<Record<string, string>> = Object.freeze({
  EXEMPT: '免报',
  PENDING: '未到期',
  SUBMITTED: '待审核',
  ON_TIME: '按时报送',
  LATE: '逾期报送',
  RETURNED: '已退回',
  OVERDUE: '逾期未报',
  EXCUSED: '说明已采纳',
});

/** What one deduction row says about its cause: '“双公示”信息月度统计 2026年3月：逾期报送（逾期2天）'. */
export function deductionLabel(d: {
  cause: DeductionCause;
  streamName: string | null;
  period: string | null;
  daysLate: number | null;
}): string {
  const cause = DEDUCTION_CAUSE_LABELS[d.cause];
  if (d.cause === 'NO_CONTACT' || !d.streamName || !d.period) return cause;
  const late = d.cause === 'LATE' && d.daysLate ? `（逾期${d.daysLate}天）` : '';
  return `${d.streamName} ${periodLabel(d.period)}：${cause}${late}`;
}

// What a list resource declares to be exported as .xlsx (GET /api/<resource>/export.xlsx): its sheet title and
// its columns, each a Chinese header and the cell of a row as the office reads it — dates `2026-11-05`, times
// `2026-11-05 14:30` (Asia/Shanghai), statuses and codes in words, units, streams and users by name.
// The exporter (list-exports/) runs the resource's own list with the list's filter and sort, so an export holds
// exactly the rows the list shows, all pages of them, with the same visibility.
import { periodLabel, statusLabel } from '../domain/labels.ts';
import { shanghaiDate, toShanghaiIso } from '../domain/dates.ts';
import type { Response } from 'express';
import type { ListQuery, Page } from './list-query.ts';
import type { CellValue } from './xlsx.ts';

/** Most rows one export holds; a larger list answers 400 asking to narrow the filter. */
export { MAX_EXPORT_ROWS } from '@credit/contract/api';

/** Names of the records rows refer to by id. */
export interface ExportNames {
  unit(id: number | null | undefined): string | null;
  stream(id: number | null | undefined): string | null;
  /** A stream by its code (records that carry the code only). */
  streamOfCode(code: string | null | undefined): string | null;
  user(id: number | null | undefined): string | null;
}

export interface ExportColumn<T> {
  header: string;
  /** Width in characters (default 14). */
  width?: number;
  value: (row: T, names: ExportNames) => CellValue;
}

export interface ListExport<T> {
  /** The sheet's title and the file's name: 应报事项, 报送审核 … */
  title: string;
  columns: readonly ExportColumn<T>[];
}

/**
 * Sends the workbook of every row `list` answers for the query's filter and sort. Provided by list-exports/;
 * an abstract class here so that every resource's controller depends on the shared kernel only.
 */
export abstract class ListExports {
  abstract send<T, F>(res: Response, query: ListQuery<F>, spec: ListExport<T>, list: (q: ListQuery<F>) => Promise<Page<T>>): Promise<void>;
}

/** A calendar date: `2026-11-05` (a stored LocalDate as it is, an instant on the Shanghai calendar). */
export function cellDay(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value.slice(0, 10) : shanghaiDate(value);
}

/** An instant in Asia/Shanghai: `2026-11-05 14:30`. */
export function cellTime(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return toShanghaiIso(typeof value === 'string' ? new Date(value) : value).slice(0, 16).replace('T', ' ');
}

export const cellYesNo = (value: boolean | null | undefined): string | null => (value === null || value === undefined ? null : value ? '是' : '否');

export const cellPeriod = (key: string | null | undefined): string | null => {
  if (!key) return null;
  try {
    return periodLabel(key);
  } catch {
    return key;
  }
};

export const cellStatus = (status: string | null | undefined): string | null => (status ? statusLabel(status) : null);

/** A word for a code; an unknown code is kept (never an empty cell that hides data). */
export const cellWord =
  (words: Readonly<Record<string, string>>) =>
  (code: string | null | undefined): string | null =>
    code === null || code === undefined ? null : (words[code] ?? code);

// The words of the codes the lists show (the dashboard's catalog writes the same).
export const ROLE_WORDS = { ADMIN: '管理员', LEADER: '领导小组成员', UNIT: '单位联系人' } as const;
export const CADENCE_WORDS = { MONTHLY: '每月', QUARTERLY: '每季度', YEARLY: '每年', ONCE: '一次性' } as const;
export const HOLIDAY_WORDS = { NEXT_WORKDAY: '顺延至下一工作日', NONE: '不顺延' } as const;
export const REVIEW_STATE_WORDS = { PENDING: '待审核', ACCEPTED: '已通过', RETURNED: '已退回' } as const;
export const DECISION_WORDS = { ACCEPT: '通过', RETURN: '退回', REJECT: '不予采纳' } as const;
export const SUBMISSION_KIND_WORDS = { DATA: '报送数据', NO_DATA: '本期无数据' } as const;
export const EXPLANATION_STATUS_WORDS = { PENDING: '待处理', ACCEPTED: '已采纳', REJECTED: '不予采纳' } as const;
export const CIRCULAR_STATE_WORDS = { DRAFT: '草稿', PUBLISHED: '已发布' } as const;
export const NOTICE_KIND_WORDS = { REMINDER: '报送提醒', OVERDUE: '逾期未报通知', ESCALATION: '逾期未报督办', SUMMARY: '催报汇总', DECISION: '办理结果', CHASE: '催报' } as const;
export const DELIVERY_WORDS = {
  PENDING: '发送中', SENT: '已发送', PARTIAL: '部分发送失败', FAILED: '发送失败', CANCELLED: '已停发', IN_APP_ONLY: '仅站内', NO_RECIPIENT: '无收件地址',
} as const;

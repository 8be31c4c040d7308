// Period keys: monthly '2026-09', quarterly '2026-Q3', yearly '2026', one-off 'ONCE' (DESIGN.md §2.2).
// The strict parser lives here so that the backend's domain (backend/src/domain/periods.ts) and the labels
// read a key the same way.

export const CADENCES = ['MONTHLY', 'QUARTERLY', 'YEARLY', 'ONCE'] as const;
export type Cadence = (typeof CADENCES)[number];

export type ParsedPeriod =
  | { cadence: 'MONTHLY'; key: string; year: number; month: number }
  | { cadence: 'QUARTERLY'; key: string; year: number; quarter: number }
  | { cadence: 'YEARLY'; key: string; year: number }
  | { cadence: 'ONCE'; key: 'ONCE' };

const MONTH_RE = /^(\d{4})-(\d{2})$/;
const QUARTER_RE = /^(\d{4})-Q(\d)$/;
const YEAR_RE = /^(\d{4})$/;

/** Strict parse: anything but the canonical spelling ('2026-9', '2026-q3', '2026-13') is null. */
export function parsePeriod(key: string): ParsedPeriod | null {
  if (key === 'ONCE') return { cadence: 'ONCE', key };
  let m = MONTH_RE.exec(key);
  if (m) {
    const [year, month] = [Number(m[1]), Number(m[2])];
    return year >= 1 && month >= 1 && month <= 12 ? { cadence: 'MONTHLY', key, year, month } : null;
  }
  m = QUARTER_RE.exec(key);
  if (m) {
    const [year, quarter] = [Number(m[1]), Number(m[2])];
    return year >= 1 && quarter >= 1 && quarter <= 4 ? { cadence: 'QUARTERLY', key, year, quarter } : null;
  }
  m = YEAR_RE.exec(key);
  if (m) {
    const year = Number(m[1]);
    return year >= 1 ? { cadence: 'YEARLY', key, year } : null;
  }
  return null;
}

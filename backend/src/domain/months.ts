// Month arithmetic on month keys ('YYYY-MM'), for ranges such as "the last 12 months".

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The month n months after `month` (before it for negative n): addMonths('2026-09', -11) = '2025-10'. */
export function addMonths(month: string, n: number): string {
  const m = MONTH_RE.exec(month);
  if (!m) throw new RangeError(`Invalid month key: ${JSON.stringify(month)}`);
  if (!Number.isInteger(n)) throw new RangeError(`addMonths needs an integer, got ${n}`);
  const index = Number(m[1]) * 12 + Number(m[2]) - 1 + n;
  if (index < 12 || index >= 10_000 * 12) throw new RangeError(`Month out of range: ${month} + ${n}`);
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

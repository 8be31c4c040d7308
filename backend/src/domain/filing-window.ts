// When a period may be filed (DESIGN.md §2.3): a monthly report's figures run "截至上月最后一日", so its period can
// be filed only once the month has ended; other cadences and one-off obligations as soon as they exist.
import { addDays, type LocalDate } from './dates.ts';
import { chineseDate } from './labels.ts';
import { periodEnd, type Cadence } from './periods.ts';

/** The first day a period may be filed (Asia/Shanghai), or null when it may be filed at once. */
export function filingOpensOn(cadence: Cadence, period: string): LocalDate | null {
  return cadence === 'MONTHLY' ? addDays(periodEnd(period), 1) : null;
}

/** The refusal of a filing made on `filingDay` for a period that has not ended yet; null when it may be filed. */
export function tooEarlyToFile(cadence: Cadence, period: string, filingDay: LocalDate): string | null {
  const opens = filingOpensOn(cadence, period);
  return opens !== null && filingDay < opens ? `该期间尚未结束，请于${chineseDate(opens)}后报送` : null;
}

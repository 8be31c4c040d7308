// The words of a quarterly circular (DESIGN.md §2.6): its title, number, the shape of the summary of a frozen
// snapshot (drafted in circular-draft.ts) and how the edited text is laid out. Pure functions.

import { chineseDate, quarterLabel } from '../domain/labels.ts';
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
  /** Units that owed something and have no designated contact. */
  noContact: number;
  /** The records filed against the quarter's obligations; null when none were. */
  records: { filed: number; valid: number; late: number; complianceRate: number; lateRecordRate: number | null } | null;
}

/** A late (missing false) or missing report of the snapshot: the stream and period the criticism names. */
export interface MissedItem {
  unitId: number;
  streamName: string;
  period: string;
  missing: boolean;
}

export interface Criticised {
  unitName: string;
  late: number;
  missing: number;
  daysLate: number;
  items: Omit<MissedItem, 'unitId'>[];
}

/** What the draft says, kept with the circular as drafted (the JSON column `summary`). */
export interface CircularSummary {
  /** The months the figures cover: `from` is the first tracked month of the quarter. */
  from: string;
  to: string;
  /** The quarter's first month; differs from `from` when tracking began within the quarter (`partial`). */
  quarterFrom: string;
  partial: boolean;
  /** The snapshot instant (data cut-off), ISO with +08:00. */
  asOf: string;
  rules: ScoringRules;
  totals: CircularTotals;
  /** Units with every report of the quarter on time (表扬). */
  praised: string[];
  /** Units with late or missing reports (通报批评), worst first. */
  criticised: Criticised[];
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

// Annual assessment score of a unit (DESIGN.md §2.4): 100 minus the deductions of the year's rules, floor 0.
// Arithmetic runs on integer hundredths so that 0.25 steps add up exactly.

import { isMissing, type StatusAt } from './metrics.ts';
import type { ObligationStatus } from './status.ts';

export interface ScoringRules {
  latePerReport: number;
  missingPerReport: number;
  excusedPerReport: number;
  noContact: number;
}

/** The office's default rules; it edits them per year (no public rule fixes these values). */
export const DEFAULT_SCORING_RULES: Readonly<ScoringRules> = Object.freeze({
  latePerReport: 0.5,
  missingPerReport: 1,
  excusedPerReport: 0.25,
  noContact: 1,
});

export type { DeductionCause } from '@credit/contract/labels';
import type { DeductionCause } from '@credit/contract/labels';

export interface Deduction {
  cause: DeductionCause;
  /** The obligation that cost the points; null for NO_CONTACT. */
  obligationId: number | null;
  points: number;
  label?: string;
}

export interface ScoreInput {
  obligations: { obligationId: number; status: ObligationStatus; pastDue: boolean; label?: string }[];
  hasContact: boolean;
}

export interface ScoreResult {
  score: number;
  deductions: Deduction[];
}

const FULL_SCORE = 10_000; // hundredths

/** Converts a rule value to hundredths; rejects values that hundredths cannot hold exactly. */
export function toHundredths(value: number, name = 'value'): number {
  const h = Math.round(value * 100);
  if (!Number.isFinite(value) || value < 0 || Math.abs(value * 100 - h) > 1e-6) {
    throw new RangeError(`${name} must be a non-negative multiple of 0.01, got ${value}`);
  }
  return h;
}

/** Which rule an obligation's status falls under; null when it costs nothing. */
function causeOf(o: StatusAt): Exclude<DeductionCause, 'NO_CONTACT'> | null {
  if (isMissing(o)) return 'MISSING';
  if (o.status === 'LATE') return 'LATE';
  if (o.status === 'EXCUSED') return 'EXCUSED';
  return null;
}

/** Rules in hundredths, validated. */
function ruleHundredths(rules: ScoringRules): Record<DeductionCause, number> {
  return {
    LATE: toHundredths(rules.latePerReport, 'latePerReport'),
    MISSING: toHundredths(rules.missingPerReport, 'missingPerReport'),
    EXCUSED: toHundredths(rules.excusedPerReport, 'excusedPerReport'),
    NO_CONTACT: toHundredths(rules.noContact, 'noContact'),
  };
}

/**
 * The score alone from the counts of a unit's metrics — what the ranking needs for thousands of units
 * without listing every deduction. Same arithmetic as scoreUnit (a test holds the two together).
 */
export function scoreFromCounts(
  counts: { late: number; missing: number; excused: number },
  hasContact: boolean,
  rules: ScoringRules = DEFAULT_SCORING_RULES,
): number {
  const h = ruleHundredths(rules);
  const total = counts.late * h.LATE + counts.missing * h.MISSING + counts.excused * h.EXCUSED + (hasContact ? 0 : h.NO_CONTACT);
  return Math.max(0, FULL_SCORE - total) / 100;
}

/**
 * One deduction row per obligation that costs points (in input order), then the missing contact. Rules set
 * to 0 produce no rows. The rows sum to 100 − score unless the floor of 0 was hit.
 */
export function scoreUnit(input: ScoreInput, rules: ScoringRules = DEFAULT_SCORING_RULES): ScoreResult {
  const perCause = ruleHundredths(rules);
  const rows: { cause: DeductionCause; obligationId: number | null; hundredths: number; label?: string }[] = [];
  for (const o of input.obligations) {
    const cause = causeOf(o);
    if (cause === null || perCause[cause] === 0) continue;
    rows.push({
      cause,
      obligationId: o.obligationId,
      hundredths: perCause[cause],
      ...(o.label !== undefined ? { label: o.label } : {}),
    });
  }
  if (!input.hasContact && perCause.NO_CONTACT > 0) {
    rows.push({ cause: 'NO_CONTACT', obligationId: null, hundredths: perCause.NO_CONTACT });
  }
  const total = rows.reduce((sum, r) => sum + r.hundredths, 0);
  return {
    score: Math.max(0, FULL_SCORE - total) / 100,
    deductions: rows.map(({ hundredths, ...row }) => ({ ...row, points: hundredths / 100 })),
  };
}

// The annual assessment as offices write it (DESIGN.md §2.7): rules as data — per-item deductions with caps,
// thresholds on a rate, bonuses with caps, manual adjustments — grouped in categories with their own points,
// caps and weights; 容缺 (a category that does not apply to a unit) scored at the others' average. Every point
// is traced to a row naming its cause. Arithmetic on integer hundredths, like score.ts.

import { toHundredths } from './score.ts';

/**
 * What a per-item rule counts: an obligation's status, a missing contact, or a filed record that was late
 * (RECORDS.md) or failed its checks. Findings the system cannot see (a national spot check) are MANUAL rows.
 */
export const ITEM_CAUSES = ['LATE', 'MISSING', 'EXCUSED', 'NO_CONTACT', 'RECORD_LATE', 'RECORD_INVALID'] as const;
export type ItemCause = (typeof ITEM_CAUSES)[number];
export const RATE_METRICS = ['onTimeRate', 'submittedRate', 'complianceRate', 'lateRecordRate'] as const;
export type RateMetric = (typeof RATE_METRICS)[number];

export interface Category {
  id: string;
  name: string;
  /** The category's full points (its score before deductions). */
  maxPoints: number;
  /** Total weight of the category in the final score (共性 : 个性 = 0.7 : 0.3); default 1. */
  weight?: number;
  /** Most a category can lose; default maxPoints (a category never goes below 0). */
  deductionCap?: number | null;
}

/** A band matches when the rate is ≥ atLeast and ≤ atMost (either may be absent); the first match wins. */
export interface RateBand {
  atLeast?: number;
  atMost?: number;
  points: number;
}

interface RuleBase {
  id: string;
  categoryId: string;
  name: string;
}
export interface PerItemRule extends RuleBase {
  kind: 'PER_ITEM';
  cause: ItemCause;
  pointsEach: number;
  cap?: number | null;
}
export interface RateThresholdRule extends RuleBase {
  kind: 'RATE_THRESHOLD';
  metric: RateMetric;
  /** Deduction points per band; a rate no band matches, or an unmeasurable rate (null), deducts nothing. */
  bands: RateBand[];
}
export interface BonusRule extends RuleBase {
  kind: 'BONUS';
  pointsEach: number;
  cap?: number | null;
}
export type AssessmentRule = PerItemRule | RateThresholdRule | BonusRule;

export interface AssessmentScheme {
  categories: Category[];
  rules: AssessmentRule[];
  /** Most all bonuses together may add (灌南: 10); null for no overall cap. */
  bonusCap?: number | null;
}

export interface UnitFacts {
  unitId: number;
  /** One entry per counted thing: `ref` names it (an obligation id, a record id; null for NO_CONTACT). */
  items: { cause: ItemCause; ref: number | null; label?: string }[];
  metrics: Partial<Record<RateMetric, number | null>>;
  /** Confirmed bonus claims; `points` (the declared points, at most the rule's pointsEach) defaults to pointsEach. */
  bonuses: { claimId: number; ruleId: string; points?: number; label?: string }[];
  /** Manual adjustments (±), added after the categories and bonuses. */
  adjustments: { id: number; points: number; reason: string }[];
  /** Categories that do not apply to this unit (容缺). */
  notApplicable?: string[];
  /** Row keys whose points an upheld appeal removed; they stay as rows with 0 points. */
  waived?: string[];
}

export type ScoreRowKind = 'PER_ITEM' | 'RATE_THRESHOLD' | 'BONUS' | 'MANUAL' | 'NOT_APPLICABLE';

export interface ScoreRow {
  /** Stable within a year: what an appeal names. */
  key: string;
  kind: ScoreRowKind;
  ruleId: string | null;
  categoryId: string | null;
  cause: ItemCause | RateMetric | null;
  ref: number | null;
  /** Signed: a deduction is negative, a bonus positive; 容缺 carries the category's average score. */
  points: number;
  /** Points the rule would have given before a cap (or an upheld appeal) cut them. */
  nominalPoints: number;
  capped: boolean;
  waived: boolean;
  label?: string;
  /** RATE_THRESHOLD: the rate measured and the band's index. */
  rate?: number | null;
  band?: number | null;
  /** NOT_APPLICABLE: how many units the average is taken over. */
  averageOf?: number;
}

export interface CategoryScore {
  categoryId: string;
  score: number;
  notApplicable: boolean;
}

export interface UnitScore {
  unitId: number;
  score: number;
  /** The categories (weighted) and the bonuses, before manual adjustments. */
  scoreBeforeAdjustments: number;
  categories: CategoryScore[];
  bonusTotal: number;
  adjustmentTotal: number;
  rows: ScoreRow[];
}

export const DEFAULT_CATEGORY_ID = 'REPORTING';

/** Today's rules (score.ts DEFAULT_SCORING_RULES) as a scheme: one category of 100 points, no caps. */
export function schemeFromSimpleRules(rules: {
  latePerReport: number;
  missingPerReport: number;
  excusedPerReport: number;
  noContact: number;
}): AssessmentScheme {
  const item = (id: string, name: string, cause: ItemCause, pointsEach: number): PerItemRule => ({
    kind: 'PER_ITEM', id, categoryId: DEFAULT_CATEGORY_ID, name, cause, pointsEach, cap: null,
  });
  return {
    categories: [{ id: DEFAULT_CATEGORY_ID, name: '报送工作', maxPoints: 100, weight: 1, deductionCap: null }],
    rules: [
      item('LATE', '迟报', 'LATE', rules.latePerReport),
      item('MISSING', '逾期未报', 'MISSING', rules.missingPerReport),
      item('EXCUSED', '未按时报送（说明已采纳）', 'EXCUSED', rules.excusedPerReport),
      item('NO_CONTACT', '未指定负责人', 'NO_CONTACT', rules.noContact),
    ],
    bonusCap: null,
  };
}

/** The first band the rate falls in, or null. */
export function matchBand(bands: RateBand[], rate: number | null | undefined): number | null {
  if (rate === null || rate === undefined) return null;
  const i = bands.findIndex((b) => (b.atLeast === undefined || rate >= b.atLeast) && (b.atMost === undefined || rate <= b.atMost));
  return i < 0 ? null : i;
}

const h = toHundredths;
const points = (hundredths: number) => (hundredths === 0 ? 0 : hundredths / 100); // never -0
const weightOf = (c: Category) => c.weight ?? 1;

/** A budget that rows draw from in order: what a cap leaves. */
class Budget {
  constructor(private left: number) {}
  take(wanted: number): number {
    const got = Math.min(wanted, this.left);
    this.left -= got;
    return got;
  }
}

interface Drawn {
  nominal: number;
  got: number;
  waived: boolean;
}

/** Draws a row's hundredths from the rule's and the category's budgets (a waived row draws nothing). */
function draw(nominal: number, waived: boolean, budgets: Budget[]): Drawn {
  if (waived) return { nominal, got: 0, waived };
  let got = nominal;
  for (const b of budgets) got = Math.min(got, b.take(got));
  return { nominal, got, waived };
}

/** One unit's rows and category scores, without 容缺 (which needs the other units). */
function scoreOwnCategories(scheme: AssessmentScheme, unit: UnitFacts) {
  const waived = new Set(unit.waived ?? []);
  const skipped = new Set(unit.notApplicable ?? []);
  const rows: ScoreRow[] = [];
  const categoryLoss = new Map<string, number>();
  const categoryBudget = new Map(
    scheme.categories.map((c) => [c.id, new Budget(h(c.deductionCap ?? c.maxPoints, `${c.id}.deductionCap`))]),
  );
  const push = (row: Omit<ScoreRow, 'points' | 'nominalPoints' | 'capped' | 'waived'>, d: Drawn, sign: 1 | -1) => {
    rows.push({ ...row, points: points(sign * d.got), nominalPoints: points(sign * d.nominal), capped: !d.waived && d.got < d.nominal, waived: d.waived });
  };
  for (const rule of scheme.rules) {
    if (rule.kind === 'BONUS' || skipped.has(rule.categoryId)) continue;
    const category = categoryBudget.get(rule.categoryId);
    if (!category) throw new RangeError(`Rule ${rule.id} names unknown category ${rule.categoryId}`);
    const lose = (hundredths: number) => categoryLoss.set(rule.categoryId, (categoryLoss.get(rule.categoryId) ?? 0) + hundredths);
    if (rule.kind === 'PER_ITEM') {
      const each = h(rule.pointsEach, `${rule.id}.pointsEach`);
      if (each === 0) continue;
      const budgets = [new Budget(rule.cap === null || rule.cap === undefined ? Infinity : h(rule.cap, `${rule.id}.cap`)), category];
      for (const item of unit.items) {
        if (item.cause !== rule.cause) continue;
        const key = `${rule.id}:${item.ref ?? 0}`;
        const d = draw(each, waived.has(key), budgets);
        lose(d.got);
        push({ key, kind: 'PER_ITEM', ruleId: rule.id, categoryId: rule.categoryId, cause: rule.cause, ref: item.ref, ...(item.label !== undefined ? { label: item.label } : {}) }, d, -1);
      }
    } else {
      const rate = unit.metrics[rule.metric] ?? null;
      const band = matchBand(rule.bands, rate);
      const nominal = band === null ? 0 : h(rule.bands[band]!.points, `${rule.id}.bands[${band}]`);
      if (nominal === 0) continue;
      const key = `${rule.id}:0`;
      const d = draw(nominal, waived.has(key), [category]);
      lose(d.got);
      push({ key, kind: 'RATE_THRESHOLD', ruleId: rule.id, categoryId: rule.categoryId, cause: rule.metric, ref: null, rate, band }, d, -1);
    }
  }
  const categories = scheme.categories.map((c) => ({
    categoryId: c.id,
    notApplicable: skipped.has(c.id),
    hundredths: h(c.maxPoints, `${c.id}.maxPoints`) - (categoryLoss.get(c.id) ?? 0),
  }));
  return { rows, categories };
}

function scoreBonuses(scheme: AssessmentScheme, unit: UnitFacts): { rows: ScoreRow[]; total: number } {
  const waived = new Set(unit.waived ?? []);
  const overall = new Budget(scheme.bonusCap === null || scheme.bonusCap === undefined ? Infinity : h(scheme.bonusCap, 'bonusCap'));
  const rows: ScoreRow[] = [];
  let total = 0;
  for (const rule of scheme.rules) {
    if (rule.kind !== 'BONUS') continue;
    const budgets = [new Budget(rule.cap === null || rule.cap === undefined ? Infinity : h(rule.cap, `${rule.id}.cap`)), overall];
    for (const claim of unit.bonuses) {
      if (claim.ruleId !== rule.id) continue;
      const key = `${rule.id}:${claim.claimId}`;
      const each = h(rule.pointsEach, `${rule.id}.pointsEach`);
      const declared = claim.points === undefined ? each : Math.min(each, h(claim.points, `claim ${claim.claimId}`));
      const d = draw(declared, waived.has(key), budgets);
      total += d.got;
      rows.push({
        key, kind: 'BONUS', ruleId: rule.id, categoryId: rule.categoryId, cause: null, ref: claim.claimId,
        points: points(d.got), nominalPoints: points(d.nominal), capped: !d.waived && d.got < d.nominal, waived: d.waived,
        ...(claim.label !== undefined ? { label: claim.label } : {}),
      });
    }
  }
  return { rows, total };
}

/** Σ weight × category score, in hundredths (weights are applied to hundredths, then rounded). */
function weighted(scheme: AssessmentScheme, categories: { categoryId: string; hundredths: number }[]): number {
  const weights = new Map(scheme.categories.map((c) => [c.id, weightOf(c)]));
  return Math.round(categories.reduce((sum, c) => sum + c.hundredths * (weights.get(c.categoryId) ?? 1), 0));
}

/**
 * Scores every unit of a year. 容缺: a unit's non-applicable category scores the average (to the hundredth) of
 * the units to which it applies; with none, its full points. The total is floored at 0.
 */
export function scoreYear(scheme: AssessmentScheme, units: UnitFacts[]): UnitScore[] {
  const own = units.map((u) => ({ unit: u, ...scoreOwnCategories(scheme, u) }));
  const averages = new Map<string, { hundredths: number; of: number }>();
  for (const c of scheme.categories) {
    const applicable = own.flatMap((o) => o.categories.filter((x) => x.categoryId === c.id && !x.notApplicable));
    const sum = applicable.reduce((s, x) => s + x.hundredths, 0);
    averages.set(c.id, applicable.length
      ? { hundredths: Math.round(sum / applicable.length), of: applicable.length }
      : { hundredths: h(c.maxPoints), of: 0 });
  }
  return own.map(({ unit, rows, categories }) => {
    const filled = categories.map((c) => (c.notApplicable ? { ...c, hundredths: averages.get(c.categoryId)!.hundredths } : c));
    const naRows: ScoreRow[] = filled.filter((c) => c.notApplicable).map((c) => {
      const avg = averages.get(c.categoryId)!;
      return {
        key: `NA:${c.categoryId}`, kind: 'NOT_APPLICABLE', ruleId: null, categoryId: c.categoryId, cause: null, ref: null,
        points: points(avg.hundredths), nominalPoints: points(avg.hundredths), capped: false, waived: false, averageOf: avg.of,
      };
    });
    const bonus = scoreBonuses(scheme, unit);
    const manualRows: ScoreRow[] = unit.adjustments.map((a) => ({
      key: `MANUAL:${a.id}`, kind: 'MANUAL', ruleId: null, categoryId: null, cause: null, ref: a.id,
      points: a.points, nominalPoints: a.points, capped: false, waived: false, label: a.reason,
    }));
    const adjustment = unit.adjustments.reduce((s, a) => s + Math.round(a.points * 100), 0);
    const before = weighted(scheme, filled) + bonus.total;
    return {
      unitId: unit.unitId,
      score: points(Math.max(0, before + adjustment)),
      scoreBeforeAdjustments: points(before),
      categories: filled.map((c) => ({ categoryId: c.categoryId, score: points(c.hundredths), notApplicable: c.notApplicable })),
      bonusTotal: points(bonus.total),
      adjustmentTotal: points(adjustment),
      rows: [...rows, ...naRows, ...bonus.rows, ...manualRows],
    };
  });
}

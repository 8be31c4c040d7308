// Plans a realistic filing history for a set of obligations: pure, deterministic for a seed, and dated by
// the domain's own rules (timeliness and correction windows come from domain/status.ts), so what the
// repository inserts is exactly what the live system would have recorded. Nothing is dated after `now`:
// a story that would go on later simply stops there (a filing waiting for review, a return not yet
// answered, an explanation not yet decided).
import { periodLabel } from '../domain/labels.ts';
import { correctionWindowEnd, obligationStatus, type SubmissionFacts } from '../domain/status.ts';
import {
  EXEMPTION_REASONS,
  EXPLANATION_REJECTIONS,
  EXPLANATIONS,
  LIST_RETURN_REASONS,
  NO_DATA_REASONS,
  RETURN_REASONS,
} from './history-text.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface HistoryObligation {
  id: number;
  unitOrder: number;
  unitName: string;
  streamCode: string;
  requiresCounts: boolean;
  correctionWorkdays: number;
  period: string;
  dueAt: Date;
}

export interface PlannedReview {
  decision: 'ACCEPT' | 'RETURN';
  reason: string | null;
  decidedAt: Date;
  timelinessAt: Date | null;
  correctionUntil: Date | null;
}

export interface PlannedSubmission {
  obligationId: number;
  version: number;
  kind: 'DATA' | 'NO_DATA';
  counts: [number, number, number, number] | null;
  reason: string | null;
  filedAt: Date;
  byOffice: boolean;
  review: PlannedReview | null;
  attachment: { fileName: string; text: string } | null;
}

export interface PlannedExplanation {
  obligationId: number;
  category: string;
  text: string;
  status: 'PENDING' | 'ACCEPTED' | 'REJECTED';
  filedAt: Date;
  decidedAt: Date | null;
  decisionReason: string | null;
}

export interface PlannedExemption {
  obligationId: number;
  reason: string;
  createdAt: Date;
}

export interface HistoryPlan {
  submissions: PlannedSubmission[];
  explanations: PlannedExplanation[];
  exemptions: PlannedExemption[];
}

/** How a unit behaves: the share of its reports filed on time, and how much it has to report. */
export interface UnitProfile {
  reliability: number;
  size: number;
}

/** Rates of the story's branches (per obligation unless said otherwise). */
export const HISTORY_RATES = {
  exempt: 0.012,
  /** Of the reports not on time, the share filed late (the rest are missing). */
  lateOfRest: 0.65,
  explainMissing: 0.55,
  explanationAccepted: 0.7,
  returnFirst: 0.12,
  returnAgain: 0.05,
  neverRefiled: 0.1,
  refiledInWindow: 0.75,
  slowReview: 0.15,
  noData: 0.06,
  lateRecordedByOffice: 0.15,
} as const;

/** 32-bit string hash (FNV-1a). */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A small seeded generator (mulberry32): the same key always tells the same story. */
export function rngFor(...key: (string | number)[]): () => number {
  let a = hashString(key.join('|'));
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const pick = <T>(rng: () => number, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

/** Most units file on time; some are sloppy, a few chronically late. */
export function unitProfile(seed: string | number, unitOrder: number): UnitProfile {
  const rng = rngFor(seed, 'unit', unitOrder);
  const r = rng();
  const reliability = r < 0.08 ? 0.45 + 0.2 * rng() : r < 0.3 ? 0.72 + 0.12 * rng() : 0.88 + 0.1 * rng();
  return { reliability, size: 0.2 + 2.8 * rng() * rng() };
}

function counts(rng: () => number, size: number): [number, number, number, number] {
  const n = (base: number, spread: number) => Math.max(0, Math.round(base * size * (spread * rng() + (1 - spread / 2))));
  return [n(30, 1.2), n(4, 1.6), n(12, 1.2), n(2, 1.8)];
}

/** The story of one obligation, appended to `plan`. */
function planObligation(o: HistoryObligation, seed: string | number, now: number, plan: HistoryPlan): void {
  const rng = rngFor(seed, o.unitOrder, o.streamCode, o.period);
  const profile = unitProfile(seed, o.unitOrder);
  const dueDayStart = o.dueAt.getTime() + 1 - DAY;
  const officeHours = () => (9 + 8.5 * rng()) * HOUR;
  const R = HISTORY_RATES;

  if (rng() < R.exempt) {
    const createdAt = dueDayStart - (3 + Math.floor(12 * rng())) * DAY + officeHours();
    if (createdAt <= now) plan.exemptions.push({ obligationId: o.id, reason: pick(rng, EXEMPTION_REASONS), createdAt: new Date(createdAt) });
    return;
  }

  const x = rng();
  const onTime = x < profile.reliability;
  const late = !onTime && x < profile.reliability + (1 - profile.reliability) * R.lateOfRest;
  if (!onTime && !late) {
    planExplanation(o, rng, dueDayStart + (2 + Math.floor(8 * rng())) * DAY + officeHours(), now, plan);
    return;
  }

  let filedAt = onTime
    ? dueDayStart - Math.floor(5 * rng()) * DAY + officeHours()
    : dueDayStart + (1 + Math.floor(24 * rng() * rng())) * DAY + officeHours();
  const byOffice = late && rng() < R.lateRecordedByOffice;
  const versions: SubmissionFacts[] = [];
  for (let version = 1; filedAt <= now; version++) {
    const s = submission(o, rng, profile, version, new Date(filedAt), byOffice && version === 1);
    plan.submissions.push(s);
    const facts: SubmissionFacts = { id: version, version, filedAt: s.filedAt, review: null };
    versions.push(facts);

    const returnIt = version < 3 && rng() < (version === 1 ? R.returnFirst : R.returnAgain);
    const decidedAt = filedAt + (rng() < R.slowReview ? (2 + 20 * rng()) * DAY : (4 + 36 * rng()) * HOUR);
    if (decidedAt > now) return; // still waiting for review
    const decided = new Date(decidedAt);
    facts.review = { decision: returnIt ? 'RETURN' : 'ACCEPT', decidedAt: decided };
    if (!returnIt) {
      const status = obligationStatus(
        { dueAt: o.dueAt, correctionWorkdays: o.correctionWorkdays, exemptedAt: null, explanations: [], submissions: versions },
        decided,
      );
      s.review = { decision: 'ACCEPT', reason: null, decidedAt: decided, timelinessAt: status.timelinessAt, correctionUntil: null };
      return;
    }
    s.review = {
      decision: 'RETURN',
      reason: pick(rng, o.requiresCounts ? RETURN_REASONS : LIST_RETURN_REASONS),
      decidedAt: decided,
      timelinessAt: null,
      correctionUntil: correctionWindowEnd(decided, o.correctionWorkdays),
    };
    const next = rng();
    if (next < R.neverRefiled) return;
    filedAt = decidedAt + (next < R.neverRefiled + R.refiledInWindow ? (2 + 18 * rng()) * HOUR : (5 + 10 * rng()) * DAY);
  }
}

function submission(
  o: HistoryObligation,
  rng: () => number,
  profile: UnitProfile,
  version: number,
  filedAt: Date,
  byOffice: boolean,
): PlannedSubmission {
  const base = { obligationId: o.id, version, filedAt, byOffice, review: null };
  if (rng() < HISTORY_RATES.noData) {
    return { ...base, kind: 'NO_DATA', counts: null, reason: pick(rng, NO_DATA_REASONS), attachment: null };
  }
  if (o.requiresCounts) return { ...base, kind: 'DATA', counts: counts(rng, profile.size), reason: null, attachment: null };
  const rows = Math.max(1, Math.round(profile.size * 3 * rng()));
  return {
    ...base,
    kind: 'DATA',
    counts: null,
    reason: null,
    attachment: {
      // A unit names its file in its own words: 区法院_2026年5月报送数据.csv (never by the stream's code).
      fileName: `${o.unitName}_${periodLabel(o.period)}报送数据.csv`,
      text: `单位,报送事项,期间,条数\n${o.unitName},${o.streamCode},${o.period},${rows}\n`,
    },
  };
}

/**
 * When the office decides the explanations of a quarter: while drafting the quarterly circular, in the
 * first weeks of the month after the quarter of the due day.
 */
function quarterDecisionTime(dueAt: Date, rng: () => number): number {
  const shanghai = new Date(dueAt.getTime() + 8 * HOUR);
  const quarterEnd = Math.ceil((shanghai.getUTCMonth() + 1) / 3) * 3; // 3, 6, 9, 12
  const firstOfNext = Date.UTC(shanghai.getUTCFullYear(), quarterEnd, 1) - 8 * HOUR;
  return firstOfNext + (5 + Math.floor(10 * rng())) * DAY + (9 + 8 * rng()) * HOUR;
}

/** A missed report: often explained some days after the due day; the office decides with the quarter's circular. */
function planExplanation(o: HistoryObligation, rng: () => number, filedAt: number, now: number, plan: HistoryPlan): void {
  if (rng() >= HISTORY_RATES.explainMissing || filedAt > now) return;
  const category = pick(rng, Object.keys(EXPLANATIONS));
  const decidedAt = Math.max(filedAt + DAY, quarterDecisionTime(o.dueAt, rng));
  const decided = decidedAt <= now;
  const accepted = rng() < HISTORY_RATES.explanationAccepted;
  plan.explanations.push({
    obligationId: o.id,
    category,
    text: pick(rng, EXPLANATIONS[category]!),
    status: !decided ? 'PENDING' : accepted ? 'ACCEPTED' : 'REJECTED',
    filedAt: new Date(filedAt),
    decidedAt: decided ? new Date(decidedAt) : null,
    decisionReason: decided && !accepted ? pick(rng, EXPLANATION_REJECTIONS) : null,
  });
}

/** The whole history of `obligations` as of `now`, the same for the same seed. */
export function planHistory(obligations: readonly HistoryObligation[], seed: string | number, now: Date): HistoryPlan {
  const plan: HistoryPlan = { submissions: [], explanations: [], exemptions: [] };
  for (const o of obligations) planObligation(o, seed, now.getTime(), plan);
  return plan;
}

// A year's results as they stand: computed live from the statuses while the year is open; the frozen snapshot
// once 初评 is published or the year finalised. A snapshot keeps what each unit was computed from, so an upheld
// appeal re-scores the published result (not the live one), and ids of rows survive a re-score.
import { Injectable } from '@nestjs/common';
import { Clock } from '../clock/clock.ts';
import type { Db, Tx } from '../database/prisma.service.ts';
import { schemeFromSimpleRules } from '../domain/assessment-scheme.ts';
import { DEFAULT_GRADE_BANDS } from '../domain/grades.ts';
import type { ScoringRules } from '../domain/score.ts';
import { ScoringRulesService } from '../scoring-rules/scoring-rules.service.ts';
import type { YearStatus } from '../scoring-rules/year-lock.sql.ts';
import { assessYear, fromFrozenDeduction, fromFrozenResult, type UnitDeduction, type YearExtras } from './assessment-results.ts';
import type { UnitResult, YearFactsRow, YearScheme } from './assessments.dto.ts';
import { AssessmentsRepository } from './assessments.repository.ts';

export interface YearEvaluation {
  status: YearStatus;
  finalised: boolean;
  finalisedAt: Date | null;
  rules: ScoringRules;
  scheme: YearScheme;
  rows: UnitResult[];
  deductionsOf(unitId: number | null): Promise<UnitDeduction[]>;
}

/** What one unit's result is computed from; frozen with the snapshot. */
export interface UnitInputs {
  row: YearFactsRow;
  adjustments: { id: number; points: number; reason: string }[];
  bonuses: { claimId: number; ruleId: string; points: number; label?: string }[];
  exclusions: string[];
}

type Computed = YearEvaluation & { inputs: Map<number, UnitInputs>; deductions: UnitDeduction[] };

@Injectable()
export class AssessmentEvaluator {
  constructor(
    private readonly clock: Clock,
    private readonly repo: AssessmentsRepository,
    private readonly scoringRules: ScoringRulesService,
  ) {}

  /** The year as it stands (see the file's comment). */
  async evaluate(year: number): Promise<YearEvaluation> {
    const state = await this.repo.yearState(year);
    if (!state || state.status === 'OPEN') return this.compute(year);
    const totals = await this.repo.frozenDeductionTotals(year);
    const rules = state.rules as unknown as ScoringRules;
    const finalised = state.status === 'FINALISED';
    const scheme = (state.scheme as unknown as YearScheme | null) ?? { ...schemeFromSimpleRules(rules), grades: [...DEFAULT_GRADE_BANDS] };
    return {
      status: state.status,
      finalised,
      finalisedAt: finalised ? state.finalisedAt : null,
      rules,
      scheme,
      rows: (await this.repo.frozenResults(year)).map((r) => ({ ...fromFrozenResult(r, totals.get(r.unitId) ?? 0), finalised })),
      deductionsOf: async (unitId) => (await this.repo.frozenDeductions(year, unitId)).map((d) => fromFrozenDeduction(d, scheme)),
    };
  }

  /** The year from the live statuses, under its scheme or a proposed one (the editor's preview). */
  async compute(year: number, db?: Db, proposed?: YearScheme): Promise<Computed> {
    const rules = await this.scoringRules.rulesFor(year);
    const scheme = proposed ?? (await this.scoringRules.schemeFor(year, db));
    // One after the other: inside a transaction they all run on its one connection.
    const facts = await this.repo.yearFacts(year, this.clock.now(), db);
    const extras: YearExtras = {
      adjustments: await this.repo.adjustmentsByUnit(year, db),
      bonuses: await this.repo.confirmedBonuses(year, db),
      exclusions: await this.repo.exclusions(year, db),
    };
    const inputs = new Map(facts.map((row) => [row.unit_id, {
      row,
      adjustments: extras.adjustments.get(row.unit_id) ?? [],
      bonuses: extras.bonuses.get(row.unit_id) ?? [],
      exclusions: extras.exclusions.get(row.unit_id) ?? [],
    }]));
    return this.scored(year, rules, scheme, [...inputs.values()], extras);
  }

  /**
   * The frozen snapshot scored again from its own inputs, with the appeals upheld so far: a contested row
   * keeps its place with 0 points, a refused bonus upheld on appeal counts.
   */
  async rescoreFrozen(tx: Tx, year: number): Promise<Computed> {
    const state = await this.repo.yearState(year, tx);
    const rules = state!.rules as unknown as ScoringRules;
    const scheme = state!.scheme as unknown as YearScheme;
    const units = (await this.repo.frozenResults(year, tx)).map((r) => r.inputs as unknown as UnitInputs);
    const upheld = await this.repo.upheldAppeals(year, tx);
    const extras: YearExtras = { adjustments: new Map(), bonuses: new Map(), exclusions: new Map(), waived: new Map() };
    for (const u of units) {
      const id = u.row.unit_id;
      const restored = upheld.bonuses.get(id) ?? [];
      extras.adjustments.set(id, u.adjustments);
      extras.bonuses.set(id, [...u.bonuses, ...restored.filter((b) => !u.bonuses.some((x) => x.claimId === b.claimId))]);
      extras.exclusions.set(id, u.exclusions);
      extras.waived!.set(id, upheld.rowKeys.get(id) ?? []);
    }
    return this.scored(year, rules, scheme, units, extras);
  }

  /** Writes a snapshot: results with their inputs, and every traced row, keeping the ids of rows kept. */
  async freeze(tx: Tx, year: number, c: Computed): Promise<void> {
    await this.repo.replaceResults(tx, year, c.rows, c.inputs);
    await this.repo.upsertDeductions(tx, year, c.deductions);
  }

  private scored(year: number, rules: ScoringRules, scheme: YearScheme, units: UnitInputs[], extras: YearExtras): Computed {
    const { results, deductions } = assessYear(units.map((u) => u.row), scheme, extras, year);
    return {
      status: 'OPEN',
      finalised: false,
      finalisedAt: null,
      rules,
      scheme,
      rows: results,
      inputs: new Map(units.map((u) => [u.row.unit_id, u])),
      deductions,
      deductionsOf: async (unitId) => (unitId === null ? deductions : deductions.filter((d) => d.unitId === unitId)),
    };
  }
}

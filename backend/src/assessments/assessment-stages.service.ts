import { Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client.ts';
import { AuditTrail } from '../audit-events/audit-trail.service.ts';
import { Clock } from '../clock/clock.ts';
import { conflict, invalid } from '../common/errors.ts';
import type { Tx } from '../database/prisma.service.ts';
import { addWorkdays, dueInstant } from '../domain/calendar.ts';
import { shanghaiDate } from '../domain/dates.ts';
import { chineseDate } from '../domain/labels.ts';
import type { ScoringRules } from '../domain/score.ts';
import type { AuthUser } from '../identity/current-user.ts';
import { ScoringRulesService } from '../scoring-rules/scoring-rules.service.ts';
import { AssessmentEvaluator } from './assessment-evaluator.ts';
import type { FinaliseDto, PreliminaryDto, ReopenDto } from './assessments.dto.ts';
import { AssessmentsRepository } from './assessments.repository.ts';
import { DecisionNotices } from '../notices/decision-notices.service.ts';
import { preliminaryPublished } from '../notices/decision-texts.ts';

/**
 * The stages of a year (DESIGN.md §2.7): OPEN (live) → PRELIMINARY (初评公示: a frozen result units may appeal
 * within the window) → FINALISED (locked). Finalising straight from OPEN stays possible for an office that does
 * not publish a preliminary result. Reopening (with a reason) goes back to OPEN from either.
 */
@Injectable()
export class AssessmentStagesService {
  constructor(
    private readonly clock: Clock,
    private readonly repo: AssessmentsRepository,
    private readonly evaluator: AssessmentEvaluator,
    private readonly scoringRules: ScoringRulesService,
    private readonly audit: AuditTrail,
    private readonly decisions: DecisionNotices,
  ) {}

  async state(year: number) {
    const s = await this.repo.yearState(year);
    const status = s?.status ?? 'OPEN';
    const rules = status !== 'OPEN' ? (s!.rules as unknown as ScoringRules) : await this.scoringRules.rulesFor(year);
    return {
      year,
      status,
      rules,
      finalisedAt: status === 'FINALISED' ? s!.finalisedAt : null,
      preliminaryAt: status !== 'OPEN' ? (s!.preliminaryAt ?? null) : null,
      appealDeadline: status !== 'OPEN' ? (s!.appealDeadline ?? null) : null,
      openAppeals: status === 'PRELIMINARY' ? await this.repo.countAppeals(year, 'OPEN') : 0,
      reopenedAt: s?.reopenedAt ?? null,
      reopenReason: s?.reopenReason ?? null,
    };
  }

  /** 初评公示: freezes every unit's result; units may appeal until the end of the window's last working day. */
  async publishPreliminary(year: number, dto: PreliminaryDto, user: AuthUser) {
    await this.audit.update({
      user,
      action: 'PRELIMINARY',
      resource: 'assessments',
      load: (tx) => this.lockedState(tx, year),
      work: async (tx, before) => {
        if (before.status !== 'OPEN') throw conflict(`${year}年度考核${before.status === 'FINALISED' ? '已经定稿' : '初评结果已经公示'}`);
        const now = this.clock.now();
        const appealDeadline = dueInstant(addWorkdays(shanghaiDate(now), dto.appealWorkdays));
        const live = await this.evaluator.compute(year, tx);
        await this.repo.deleteFrozen(tx, year);
        await this.evaluator.freeze(tx, year, live);
        await this.repo.saveYearState(tx, year, {
          status: 'PRELIMINARY',
          rules: live.rules as unknown as Prisma.InputJsonValue,
          scheme: live.scheme as unknown as Prisma.InputJsonValue,
          preliminaryAt: now,
          preliminaryById: user.id,
          appealDeadline,
        });
        const deadline = shanghaiDate(appealDeadline);
        await this.decisions.send(tx, live.rows.map((r) => ({
          unitId: r.unitId, unitName: r.unitName, stage: 'PRELIMINARY_PUBLISHED', key: `PRELIMINARY:${year}:${now.getTime()}`, obligationIds: [],
          text: preliminaryPublished({ unitName: r.unitName, year, score: r.score, gradeLabel: r.gradeLabel, rank: r.rank, units: live.rows.length, deadline }),
        })));
        return { id: year, status: 'PRELIMINARY', appealDeadline, units: live.rows.length };
      },
    });
    return this.state(year);
  }

  /**
   * Freezes the year. From 初评: refused while an appeal is open or before the window closes, unless the office
   * records that no unit appealed; the result is the preliminary one with the upheld appeals applied.
   */
  async finalise(year: number, dto: FinaliseDto, user: AuthUser) {
    await this.audit.update({
      user,
      action: 'FINALISE',
      resource: 'assessments',
      load: (tx) => this.lockedState(tx, year),
      work: async (tx, before) => {
        if (before.status === 'FINALISED') throw conflict(`${year}年度考核已经定稿`);
        const fromPreliminary = before.status === 'PRELIMINARY';
        if (fromPreliminary) await this.assertAppealsSettled(tx, year, dto.noAppeals === true);
        else if (dto.noAppeals) throw invalid('noAppeals', '尚未公示初评结果，无需确认无申诉');
        const result = fromPreliminary ? await this.evaluator.rescoreFrozen(tx, year) : await this.evaluator.compute(year, tx);
        if (!fromPreliminary) await this.repo.deleteFrozen(tx, year);
        await this.evaluator.freeze(tx, year, result);
        await this.repo.saveYearState(tx, year, {
          status: 'FINALISED',
          rules: result.rules as unknown as Prisma.InputJsonValue,
          scheme: result.scheme as unknown as Prisma.InputJsonValue,
          finalisedAt: this.clock.now(),
          finalisedById: user.id,
        });
        return { id: year, status: 'FINALISED', rules: result.rules, units: result.rows.length, noAppeals: dto.noAppeals === true };
      },
    });
    return this.state(year);
  }

  /** Unlocks a preliminary or finalised year; the reason is kept and audited; open appeals are void. */
  async reopen(year: number, dto: ReopenDto, user: AuthUser) {
    await this.audit.update({
      user,
      action: 'REOPEN',
      resource: 'assessments',
      load: (tx) => this.lockedState(tx, year),
      work: async (tx, before) => {
        if (before.status === 'OPEN') throw conflict(`${year}年度考核尚未定稿，无需重新打开`);
        const now = this.clock.now();
        await this.repo.deleteFrozen(tx, year);
        const voided = await this.repo.closeOpenAppeals(tx, year, `年度考核已重新打开（${dto.reason}），初评结果作废`, now);
        await this.repo.saveYearState(tx, year, {
          status: 'OPEN',
          reopenedAt: now,
          reopenedById: user.id,
          reopenReason: dto.reason,
          preliminaryAt: null,
          appealDeadline: null,
        });
        return { id: year, status: 'OPEN', reason: dto.reason, voidedAppeals: voided.count };
      },
    });
    return this.state(year);
  }

  /** Re-scores the preliminary result after an appeal decision (in the decision's transaction). */
  async rescorePreliminary(tx: Tx, year: number): Promise<void> {
    await this.evaluator.freeze(tx, year, await this.evaluator.rescoreFrozen(tx, year));
  }

  private async assertAppealsSettled(tx: Tx, year: number, noAppeals: boolean) {
    const open = await this.repo.countAppeals(year, 'OPEN', tx);
    if (open > 0) throw conflict(`尚有${open}件申诉未复核，复核完毕后才能定稿`);
    if (noAppeals) {
      if ((await this.repo.countAppeals(year, null, tx)) > 0) throw invalid('noAppeals', '已有单位提出申诉，不能确认为无申诉');
      return;
    }
    const deadline = (await this.repo.yearState(year, tx))!.appealDeadline!;
    if (this.clock.now() <= deadline) {
      throw conflict(`申诉期至${chineseDate(shanghaiDate(deadline))}止，申诉期结束后才能定稿；如确无单位申诉，请确认“无单位申诉”后定稿`);
    }
  }

  /** The year's state for the audit event's "before" (typed loosely: the "after" carries more). */
  private async lockedState(tx: Tx, year: number): Promise<{ id: number; status: string } & Record<string, unknown>> {
    return { id: year, status: await this.scoringRules.lockYear(tx, year) };
  }
}

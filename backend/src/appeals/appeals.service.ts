import { Injectable } from '@nestjs/common';
import { AssessmentStagesService } from '../assessments/assessment-stages.service.ts';
import { AuditTrail } from '../audit-events/audit-trail.service.ts';
import { Clock } from '../clock/clock.ts';
import { conflict, invalid, notFound } from '../common/errors.ts';
import { Page, type ListQuery } from '../common/list-query.ts';
import type { Tx } from '../database/prisma.service.ts';
import { shanghaiDate } from '../domain/dates.ts';
import { chineseDate } from '../domain/labels.ts';
import { type AuthUser, canSeeUnit, scopedUnitId } from '../identity/current-user.ts';
import { ScoringRulesService } from '../scoring-rules/scoring-rules.service.ts';
import { type AppealFilter, type DecideAppealDto, type FileAppealDto, toAppealResponse } from './appeals.dto.ts';
import { AppealsRepository } from './appeals.repository.ts';
import { Evidence } from '../attachments/evidence.ts';
import { DecisionNotices } from '../notices/decision-notices.service.ts';
import { appealDecided } from '../notices/decision-texts.ts';

/**
 * 申诉 → 复核 (DESIGN.md §2.7): while the preliminary result is published, a unit appeals one of its deductions
 * or a refused bonus within the window; the office upholds (the points come back, the result is re-scored) or
 * rejects (with a reason). Each step takes the year's lock, so a decision and a finalisation never interleave.
 */
@Injectable()
export class AppealsService {
  constructor(
    private readonly clock: Clock,
    private readonly repo: AppealsRepository,
    private readonly scoringRules: ScoringRulesService,
    private readonly stages: AssessmentStagesService,
    private readonly audit: AuditTrail,
    private readonly decisions: DecisionNotices,
    private readonly evidence: Evidence,
  ) {}

  async list(q: ListQuery<AppealFilter>, user: AuthUser) {
    const { items, total } = await this.repo.list(q, scopedUnitId(user));
    return new Page('appeals', items.map(toAppealResponse), total, q.skip);
  }

  async get(id: number, user: AuthUser) {
    const a = await this.repo.findById(id);
    if (!a || !canSeeUnit(user, a.unitId)) throw notFound('申诉');
    return toAppealResponse(a);
  }

  async file(year: number, dto: FileAppealDto, user: AuthUser) {
    const unitId = scopedUnitId(user) ?? dto.unitId;
    if (unitId === undefined) throw invalid('unitId', '请选择申诉单位');
    return this.audit.create({
      user,
      resource: 'appeals',
      unitField: 'unitId',
      work: async (tx) => {
        await this.assertWindowOpen(tx, year);
        const target = await this.target(tx, year, unitId, dto);
        if (await this.repo.findSame(tx, year, unitId, target)) throw conflict('该项已提出申诉，不能重复申诉');
        const a = await this.repo.create(tx, {
          year, unitId, ...target, reason: dto.reason, attachmentIds: await this.evidence.assertLoose(tx, unitId, dto.attachmentIds),
          createdById: user.id, createdAt: this.clock.now(),
        });
        return toAppealResponse(a);
      },
    });
  }

  async decide(id: number, dto: DecideAppealDto, user: AuthUser) {
    return this.audit.update({
      user,
      action: dto.decision,
      resource: 'appeals',
      unitField: 'unitId',
      load: async (tx) => {
        const a = await this.repo.findById(id, tx);
        return a ? toAppealResponse(a) : null;
      },
      work: async (tx, before) => {
        const status = await this.scoringRules.lockYear(tx, before.year);
        const current = await this.repo.findById(id, tx);
        if (current!.status !== 'OPEN') throw conflict('该申诉已复核，不能重复决定');
        if (status !== 'PRELIMINARY') throw conflict(`${before.year}年度考核不在初评公示阶段，不能复核申诉`);
        const now = this.clock.now();
        const upheld = dto.decision === 'UPHOLD';
        const a = await this.repo.update(tx, id, { status: upheld ? 'UPHELD' : 'REJECTED', decisionReason: dto.reason ?? null, decidedById: user.id, decidedAt: now });
        if (upheld && a.bonusId !== null) await this.repo.confirmClaim(tx, a.bonusId, `申诉成立${dto.reason ? `：${dto.reason}` : ''}`, user.id, now);
        if (upheld) await this.stages.rescorePreliminary(tx, before.year);
        await this.decisions.send(tx, [{
          unitId: a.unitId, unitName: a.unit.name, stage: upheld ? 'APPEAL_UPHELD' : 'APPEAL_REJECTED', key: `APPEAL:${a.id}`, obligationIds: [],
          text: appealDecided({ unitName: a.unit.name, year: a.year, subject: a.subject, points: a.points.toNumber(), upheld, reason: dto.reason ?? null }),
        }]);
        return toAppealResponse(a);
      },
    });
  }

  /** The year is in 初评 and its window has not closed (under the year's lock). */
  private async assertWindowOpen(tx: Tx, year: number) {
    const status = await this.scoringRules.lockYear(tx, year);
    if (status !== 'PRELIMINARY') throw conflict(`${year}年度考核${status === 'FINALISED' ? '已定稿' : '尚未公示初评结果'}，不能申诉`);
    const deadline = (await this.repo.yearState(year, tx))!.appealDeadline!;
    if (this.clock.now() > deadline) throw conflict(`申诉期已于${chineseDate(shanghaiDate(deadline))}截止`);
  }

  /** What the appeal contests, as published: a deduction row of the unit, or its refused bonus claim. */
  private async target(tx: Tx, year: number, unitId: number, dto: FileAppealDto) {
    if (dto.bonusId !== undefined) {
      const b = await this.repo.bonusClaim(dto.bonusId, tx);
      if (!b || b.year !== year || b.unitId !== unitId) throw invalid('bonusId', '没有这项加分申报');
      if (b.status !== 'REFUSED') throw invalid('bonusId', '只能对未予确认的加分申诉');
      return { deductionId: null, bonusId: b.id, rowKey: null, subject: `加分申报：${b.reason}`, points: b.points };
    }
    const row = await this.repo.frozenRow(dto.deductionId!, tx);
    if (!row || row.year !== year || row.unitId !== unitId) throw invalid('deductionId', '初评结果中没有这条扣分');
    if (!(row.kind === 'PER_ITEM' || row.kind === 'RATE_THRESHOLD') || row.points.toNumber() <= 0) {
      throw invalid('deductionId', '只能对扣了分的一条申诉');
    }
    return { deductionId: row.id, bonusId: null, rowKey: row.rowKey, subject: row.label ?? '', points: row.points };
  }
}

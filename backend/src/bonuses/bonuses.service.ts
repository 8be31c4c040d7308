import { Injectable } from '@nestjs/common';
import { AuditTrail } from '../audit-events/audit-trail.service.ts';
import { Clock } from '../clock/clock.ts';
import { conflict, invalid, notFound } from '../common/errors.ts';
import { Page, type ListQuery } from '../common/list-query.ts';
import { type AuthUser, canSeeUnit, scopedUnitId } from '../identity/current-user.ts';
import { ScoringRulesService, type YearScheme } from '../scoring-rules/scoring-rules.service.ts';
import { type BonusFilter, type DecideBonusDto, type DeclareBonusDto, toBonusResponse } from './bonuses.dto.ts';
import { BonusesRepository } from './bonuses.repository.ts';
import { Evidence } from '../attachments/evidence.ts';
import { DecisionNotices } from '../notices/decision-notices.service.ts';
import { bonusDecided } from '../notices/decision-texts.ts';

const ruleName = (scheme: YearScheme, id: string) => scheme.rules.find((r) => r.kind === 'BONUS' && r.id === id)?.name ?? null;

/**
 * 加分申报 (DESIGN.md §2.7): a unit declares a bonus item of the year's scheme with its reason; the office
 * confirms it (its points count in the assessment, within the rule's and the scheme's caps) or refuses it with
 * a reason. A finalised year takes neither.
 */
@Injectable()
export class BonusesService {
  constructor(
    private readonly clock: Clock,
    private readonly repo: BonusesRepository,
    private readonly scoringRules: ScoringRulesService,
    private readonly audit: AuditTrail,
    private readonly decisions: DecisionNotices,
    private readonly evidence: Evidence,
  ) {}

  async list(q: ListQuery<BonusFilter>, user: AuthUser) {
    const { items, total } = await this.repo.list(q, scopedUnitId(user));
    const schemes = new Map<number, YearScheme>();
    for (const year of new Set(items.map((b) => b.year))) schemes.set(year, await this.scoringRules.schemeFor(year));
    return new Page('bonuses', items.map((b) => toBonusResponse(b, ruleName(schemes.get(b.year)!, b.ruleId))), total, q.skip);
  }

  async get(id: number, user: AuthUser) {
    const b = await this.repo.findById(id);
    if (!b || !canSeeUnit(user, b.unitId)) throw notFound('加分申报');
    return toBonusResponse(b, ruleName(await this.scoringRules.schemeFor(b.year), b.ruleId));
  }

  async declare(year: number, dto: DeclareBonusDto, user: AuthUser) {
    const unitId = scopedUnitId(user) ?? dto.unitId;
    if (unitId === undefined) throw invalid('unitId', '请选择申报单位');
    return this.audit.create({
      user,
      resource: 'bonuses',
      unitField: 'unitId',
      work: async (tx) => {
        await this.scoringRules.assertYearOpen(tx, year);
        if (!(await this.repo.activeUnitExists(unitId, tx))) throw invalid('unitId', '单位不存在或已停用，不参加本年度考核');
        const scheme = await this.scoringRules.schemeFor(year, tx);
        const rule = scheme.rules.find((r) => r.kind === 'BONUS' && r.id === dto.category);
        if (!rule || rule.kind !== 'BONUS') throw invalid('category', '本年度考核方案中没有该加分项目');
        if (dto.points > rule.pointsEach) throw invalid('points', `“${rule.name}”每项最多加 ${rule.pointsEach} 分`);
        const b = await this.repo.create(tx, {
          year, unitId, ruleId: rule.id, points: dto.points, reason: dto.reason, attachmentIds: await this.evidence.assertLoose(tx, unitId, dto.attachmentIds),
          createdById: user.id, createdAt: this.clock.now(),
        });
        return toBonusResponse(b, rule.name);
      },
    });
  }

  async decide(id: number, dto: DecideBonusDto, user: AuthUser) {
    return this.audit.update({
      user,
      action: dto.decision,
      resource: 'bonuses',
      unitField: 'unitId',
      load: async (tx) => {
        const b = await this.repo.lock(tx, id);
        return b ? toBonusResponse(b, null) : null;
      },
      work: async (tx, before) => {
        if (before.status !== 'PENDING') throw conflict('该加分申报已处理，不能重复决定');
        await this.scoringRules.assertYearOpen(tx, before.year);
        const b = await this.repo.update(tx, id, {
          status: dto.decision === 'CONFIRM' ? 'CONFIRMED' : 'REFUSED',
          decisionReason: dto.reason ?? null,
          decidedById: user.id,
          decidedAt: this.clock.now(),
        });
        const item = ruleName(await this.scoringRules.schemeFor(b.year, tx), b.ruleId) ?? b.ruleId;
        await this.decisions.send(tx, [{
          unitId: b.unitId, unitName: b.unit.name, stage: dto.decision === 'CONFIRM' ? 'BONUS_CONFIRMED' : 'BONUS_REFUSED', key: `BONUS:${b.id}`, obligationIds: [],
          text: bonusDecided({ unitName: b.unit.name, year: b.year, item, points: b.points.toNumber(), confirmed: dto.decision === 'CONFIRM', reason: dto.reason ?? null }),
        }]);
        return toBonusResponse(b, item);
      },
    });
  }
}

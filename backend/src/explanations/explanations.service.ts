import { Injectable } from '@nestjs/common';
import { type AuthUser, canSeeUnit, scopedUnitId } from '../identity/current-user.ts';
import { AuditTrail } from '../audit-events/audit-trail.service.ts';
import { conflict, notFound } from '../common/errors.ts';
import { Page, type ListQuery } from '../common/list-query.ts';
import { ObligationAccess } from '../obligations/obligation-access.service.ts';
import {
  type CreateExplanationDto,
  type DecideExplanationDto,
  type ExplanationFilter,
  toExplanationResponse,
} from './explanations.dto.ts';
import { ExplanationsRepository } from './explanations.repository.ts';
import { Clock } from '../clock/clock.ts';
import { DecisionNotices } from '../notices/decision-notices.service.ts';
import { explanationDecided } from '../notices/decision-texts.ts';

/** 未报说明: a unit explains a missed report; the office accepts it (→ EXCUSED) or rejects it. */
@Injectable()
export class ExplanationsService {
  constructor(
    private readonly clock: Clock,
    private readonly repo: ExplanationsRepository,
    private readonly obligations: ObligationAccess,
    private readonly audit: AuditTrail,
    private readonly decisions: DecisionNotices,
  ) {}

  async list(q: ListQuery<ExplanationFilter>, user: AuthUser) {
    const { items, total } = await this.repo.list(q, scopedUnitId(user));
    return new Page('explanations', items.map(toExplanationResponse), total, q.skip);
  }

  async get(id: number, user: AuthUser) {
    const e = await this.repo.findById(id);
    if (!e || !canSeeUnit(user, e.obligation.unitId)) throw notFound('未报说明');
    return toExplanationResponse(e);
  }

  async create(dto: CreateExplanationDto, user: AuthUser) {
    return this.audit.create({
      user,
      resource: 'explanations',
      unitField: 'unitId',
      work: async (tx) => {
        const o = await this.obligations.lockVisible(tx, dto.obligationId, user);
        const now = await this.obligations.statusNow(tx, o.id);
        if (!now?.missing) {
          throw conflict('只有逾期未报的事项需要提交未报说明');
        }
        if (await this.repo.findOpenOrAccepted(tx, o.id)) throw conflict('该事项已有待处理或已采纳的未报说明');
        const e = await this.repo.create(tx, {
          obligationId: o.id,
          category: dto.category,
          text: dto.text,
          filedById: user.id,
          filedAt: this.clock.now(),
        });
        return toExplanationResponse(e);
      },
    });
  }

  async decide(id: number, dto: DecideExplanationDto, user: AuthUser) {
    return this.audit.update({
      user,
      action: dto.decision === 'ACCEPT' ? 'ACCEPT' : 'REJECT',
      resource: 'explanations',
      unitField: 'unitId',
      load: async (tx) => {
        const e = await this.repo.findById(id, tx);
        return e ? toExplanationResponse(e) : null;
      },
      work: async (tx, before) => {
        const o = await this.obligations.lockVisible(tx, before.obligationId, user);
        const current = await this.repo.findById(id, tx);
        if (current!.status !== 'PENDING') throw conflict('该说明已处理，不能重复决定');
        const e = await this.repo.update(tx, id, {
          status: dto.decision === 'ACCEPT' ? 'ACCEPTED' : 'REJECTED',
          decisionReason: dto.reason ?? null,
          decidedById: user.id,
          decidedAt: this.clock.now(),
        });
        await this.obligations.refresh(tx, before.obligationId);
        await this.decisions.send(tx, [{
          unitId: before.unitId,
          unitName: before.unitName,
          stage: dto.decision === 'ACCEPT' ? 'EXPLANATION_ACCEPTED' : 'EXPLANATION_REJECTED',
          key: `EXPLANATION:${id}`,
          obligationIds: [before.obligationId],
          text: explanationDecided({ unitName: before.unitName, streamName: o.stream.name, period: before.period, accepted: dto.decision === 'ACCEPT', reason: dto.reason ?? null }),
        }]);
        return toExplanationResponse(e);
      },
    });
  }
}

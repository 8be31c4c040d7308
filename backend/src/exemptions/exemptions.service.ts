import { Injectable } from '@nestjs/common';
import { type AuthUser, canSeeUnit, scopedUnitId } from '../identity/current-user.ts';
import { AuditTrail } from '../audit-events/audit-trail.service.ts';
import { conflict, notFound } from '../common/errors.ts';
import { Page, type ListQuery } from '../common/list-query.ts';
import { ObligationAccess } from '../obligations/obligation-access.service.ts';
import type { Tx } from '../database/prisma.service.ts';
import { type BulkExemptDto, type CreateExemptionDto, type ExemptionFilter, toExemptionResponse } from './exemptions.dto.ts';
import { ExemptionsRepository } from './exemptions.repository.ts';
import { Clock } from '../clock/clock.ts';

/** 免报: the office waives one obligation, with a reason; revoking the waiver restores it. */
@Injectable()
export class ExemptionsService {
  constructor(
    private readonly repo: ExemptionsRepository,
    private readonly obligations: ObligationAccess,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  async list(q: ListQuery<ExemptionFilter>, user: AuthUser) {
    const { items, total } = await this.repo.list(q, scopedUnitId(user));
    return new Page('exemptions', items.map(toExemptionResponse), total, q.skip);
  }

  async get(id: number, user: AuthUser) {
    const e = await this.repo.findById(id);
    if (!e || !canSeeUnit(user, e.obligation.unitId)) throw notFound('免报记录');
    return toExemptionResponse(e);
  }

  async create(dto: CreateExemptionDto, user: AuthUser) {
    return this.audit.create({ user, resource: 'exemptions', unitField: 'unitId', work: (tx) => this.exemptIn(tx, dto, user) });
  }

  /** 批量免报: every selected obligation waived with the one reason, in one transaction, each audited; all or nothing. */
  async exemptMany(dto: BulkExemptDto, user: AuthUser) {
    const exemptions = await this.audit.createEach({
      user,
      resource: 'exemptions',
      unitField: 'unitId',
      items: dto.obligationIds,
      field: 'obligationIds',
      name: (id) => this.obligations.label(id),
      work: (tx, obligationId) => this.exemptIn(tx, { obligationId, reason: dto.reason }, user),
    });
    return { count: exemptions.length, exemptions };
  }

  private async exemptIn(tx: Tx, dto: CreateExemptionDto, user: AuthUser) {
    const o = await this.obligations.lockVisible(tx, dto.obligationId, user);
    if (o.exemption) throw conflict('该事项已免报');
    const now = await this.obligations.statusNow(tx, o.id);
    if (now?.status === 'ON_TIME' || now?.status === 'LATE') throw conflict('该事项已审核通过，不能再免报');
    const e = await this.repo.create(tx, { obligationId: o.id, reason: dto.reason, createdById: user.id, createdAt: this.clock.now() });
    await this.obligations.refresh(tx, o.id);
    return toExemptionResponse(e);
  }

  async delete(id: number, user: AuthUser) {
    return this.audit.delete({
      user,
      resource: 'exemptions',
      unitField: 'unitId',
      load: async (tx) => {
        const e = await this.repo.findById(id, tx);
        return e ? toExemptionResponse(e) : null;
      },
      work: async (tx, before) => {
        await this.obligations.lockVisible(tx, before.obligationId, user);
        await this.repo.delete(tx, id);
        await this.obligations.refresh(tx, before.obligationId);
      },
    });
  }
}

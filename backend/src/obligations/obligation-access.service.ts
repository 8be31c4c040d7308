import { Injectable } from '@nestjs/common';
import { type AuthUser, canSeeUnit } from '../identity/current-user.ts';
import { notFound } from '../common/errors.ts';
import type { Db, Tx } from '../database/prisma.service.ts';
import { ObligationsRepository } from './obligations.repository.ts';
import { Clock } from '../clock/clock.ts';
import { periodLabel } from '../domain/labels.ts';

/**
 * What every write on an obligation needs (filing, review, explanation, exemption): find it as the user may
 * see it (another unit's is 404), lock it so writes on it serialise, and refresh its stored state afterwards.
 */
@Injectable()
export class ObligationAccess {
  constructor(
    private readonly clock: Clock,
    private readonly repo: ObligationsRepository,
  ) {}

  async lockVisible(db: Tx, obligationId: number, user: AuthUser) {
    await this.repo.lock(db, obligationId);
    return this.findVisible(db, obligationId, user);
  }

  /** `lockVisible` for the obligation a submission belongs to; null when there is no such submission. */
  async lockVisibleOfSubmission(db: Tx, submissionId: number, user: AuthUser) {
    const obligationId = await this.repo.lockOfSubmission(db, submissionId);
    return obligationId === null ? null : this.findVisible(db, obligationId, user);
  }

  /** The obligation as the user may see it, without a lock (reads that prepare a write, e.g. an import draft). */
  async findVisible(db: Db, obligationId: number, user: AuthUser) {
    const o = await this.repo.findForFiling(obligationId, db);
    if (!o || !canSeeUnit(user, o.unitId)) throw notFound('应报事项');
    return o;
  }

  statusNow(db: Db, obligationId: number) {
    return this.repo.findWithStatus(obligationId, this.clock.now(), db);
  }

  /** How an obligation is named to the office (a refused item of a bulk action): 区法院 “双公示”… 2026年9月. */
  async label(obligationId: number): Promise<string> {
    const o = await this.repo.findWithStatus(obligationId, this.clock.now());
    return o ? `${o.unit_name} ${o.stream_name} ${periodLabel(o.period)}` : `应报事项（编号 ${obligationId}）`;
  }

  refresh(db: Tx, obligationId: number) {
    return this.repo.refreshState(db, obligationId);
  }
}

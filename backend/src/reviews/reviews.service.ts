import { Injectable } from '@nestjs/common';
import { type AuthUser, canSeeUnit, scopedUnitId } from '../identity/current-user.ts';
import { AuditTrail } from '../audit-events/audit-trail.service.ts';
import { conflict, invalid, notFound } from '../common/errors.ts';
import { Page, type ListQuery } from '../common/list-query.ts';
import { correctionWindowEnd, obligationStatus } from '../domain/status.ts';
import { periodLabel } from '../domain/labels.ts';
import { ObligationAccess } from '../obligations/obligation-access.service.ts';
import { SubmissionsRepository } from '../submissions/submissions.repository.ts';
import type { Tx } from '../database/prisma.service.ts';
import { type BulkAcceptDto, type CreateReviewDto, type ReviewFilter, toReviewResponse } from './reviews.dto.ts';
import { ReviewsRepository } from './reviews.repository.ts';
import { Clock } from '../clock/clock.ts';
import { RecordFilingService } from '../records/record-filing.service.ts';
import { DecisionNotices } from '../notices/decision-notices.service.ts';
import { filingAccepted, filingReturned } from '../notices/decision-texts.ts';
import { shanghaiDate } from '../domain/dates.ts';

/** The office accepts a submission or returns it with a reason; timeliness is settled at acceptance. */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly clock: Clock,
    private readonly repo: ReviewsRepository,
    private readonly submissions: SubmissionsRepository,
    private readonly obligations: ObligationAccess,
    private readonly audit: AuditTrail,
    private readonly records: RecordFilingService,
    private readonly decisions: DecisionNotices,
  ) {}

  async list(q: ListQuery<ReviewFilter>, user: AuthUser) {
    const { items, total } = await this.repo.list(q, scopedUnitId(user));
    return new Page('reviews', items.map(toReviewResponse), total, q.skip);
  }

  async get(id: number, user: AuthUser) {
    const r = await this.repo.findById(id);
    if (!r || !canSeeUnit(user, r.submission.obligation.unitId)) throw notFound('审核记录');
    return toReviewResponse(r);
  }

  async decide(dto: CreateReviewDto, user: AuthUser) {
    return this.audit.create({ user, resource: 'reviews', unitField: 'unitId', work: (tx) => this.decideIn(tx, dto, user) });
  }

  /** 批量通过: every selected filing accepted in one transaction, each audited; all or nothing. */
  async acceptMany(dto: BulkAcceptDto, user: AuthUser) {
    const reviews = await this.audit.createEach({
      user,
      resource: 'reviews',
      unitField: 'unitId',
      items: dto.submissionIds,
      field: 'submissionIds',
      name: (id) => this.label(id),
      work: (tx, submissionId) => this.decideIn(tx, { submissionId, decision: 'ACCEPT' }, user),
    });
    return { count: reviews.length, reviews };
  }

  /** How a refused item of a bulk action is named: 区法院 2026年9月 第2版. */
  private async label(submissionId: number): Promise<string> {
    const s = await this.submissions.findById(submissionId);
    return s ? `${s.obligation.unit.name} ${periodLabel(s.obligation.period)} 第${s.version}版` : `报送（编号 ${submissionId}）`;
  }

  private async decideIn(tx: Tx, dto: CreateReviewDto, user: AuthUser) {
    // Reviewers are the office (they see every unit), so locking before the checks changes no answer.
    const o = await this.obligations.lockVisibleOfSubmission(tx, dto.submissionId, user);
    if (!o) throw invalid('submissionId', '报送记录不存在');
    const { all, history } = await this.submissions.versions(tx, o.id);
    const submission = all.find((s) => s.id === dto.submissionId)!;
    if (submission.withdrawnAt) throw conflict('该报送已由报送单位撤回，无需审核');
    if (submission.review) throw conflict('该版本已审核，不能重复审核');
    if (history.at(-1)!.id !== submission.id) throw conflict('只能审核最新版本');

    const decidedAt = this.clock.now();
    let timelinessAt: Date | null = null;
    let correctionUntil: Date | null = null;
    if (dto.decision === 'ACCEPT') {
      const facts = {
        dueAt: o.dueAt,
        correctionWorkdays: o.stream.correctionWorkdays,
        exemptedAt: null,
        explanations: [],
        submissions: history.map((h) => ({
          id: h.id,
          version: h.version,
          filedAt: h.filedAt,
          review: h.id === submission.id ? { decision: 'ACCEPT' as const, decidedAt } : h.review,
        })),
      };
      timelinessAt = obligationStatus(facts, decidedAt).timelinessAt;
    } else {
      correctionUntil = correctionWindowEnd(decidedAt, o.stream.correctionWorkdays);
    }
    const review = await this.repo.create(tx, {
      submissionId: submission.id,
      decision: dto.decision,
      reason: dto.reason ?? null,
      reviewerId: user.id,
      decidedAt,
      timelinessAt,
      correctionUntil,
    });
    if (dto.decision === 'RETURN') await this.records.leave(tx, submission.id);
    await this.obligations.refresh(tx, o.id);
    // The unit hears of the decision (issue 17), in this transaction: exactly once per review.
    const words = { unitName: o.unit.name, streamName: o.stream.name, period: o.period, version: submission.version };
    await this.decisions.send(tx, [{
      unitId: o.unitId,
      unitName: words.unitName,
      stage: dto.decision === 'ACCEPT' ? 'FILING_ACCEPTED' : 'FILING_RETURNED',
      key: `REVIEW:${review.id}`,
      obligationIds: [o.id],
      text: dto.decision === 'ACCEPT'
        ? filingAccepted({ ...words, late: timelinessAt !== null && timelinessAt > o.dueAt })
        : filingReturned({ ...words, reason: dto.reason ?? null, correctionUntil: correctionUntil && shanghaiDate(correctionUntil) }),
    }]);
    return toReviewResponse({ ...review, submission: { obligationId: o.id, obligation: { unitId: o.unitId } } });
  }
}

// The two ways back of a filing (issue 13): the unit withdraws a version still in review, and the office reopens
// one it accepted. Each is one transaction with its audit event; the obligation's stored state is refreshed from its
// history, so the status rules of DESIGN.md §2.3 keep holding:
// - withdrawn, the version counts as never filed: the obligation is 未到期 before its due time, 逾期未报 after
//   (or 已退回 again when an earlier version was returned: that return and its correction window stand);
// - reopened, the version is 待审核 again; a new acceptance fixes its timeliness from the filing times as before
//   (DESIGN.md §2.3 derives it from when versions were filed, never from when they were decided), so a filing made
//   on time stays 按时 when it is accepted again.
import { Injectable } from '@nestjs/common';
import { type AuthUser, canSeeUnit } from '../identity/current-user.ts';
import { AuditTrail } from '../audit-events/audit-trail.service.ts';
import { conflict, notFound } from '../common/errors.ts';
import type { Tx } from '../database/prisma.service.ts';
import { ObligationAccess } from '../obligations/obligation-access.service.ts';
import { RecordFilingService } from '../records/record-filing.service.ts';
import { Clock } from '../clock/clock.ts';
import { type ReopenSubmissionDto, toSubmissionResponse } from './submissions.dto.ts';
import { SubmissionsRepository } from './submissions.repository.ts';

@Injectable()
export class SubmissionTransitions {
  constructor(
    private readonly clock: Clock,
    private readonly repo: SubmissionsRepository,
    private readonly obligations: ObligationAccess,
    private readonly audit: AuditTrail,
    private readonly records: RecordFilingService,
  ) {}

  /** The unit takes back its own version while it waits for review (409 once reviewed). */
  withdraw(id: number, user: AuthUser) {
    return this.transition(id, user, 'WITHDRAW', async (tx, s) => {
      if (s.withdrawnAt) throw conflict('该报送已撤回');
      if (s.review) throw conflict('该报送已审核，不能撤回');
      if (s.recordedByOffice) throw conflict('该报送由信用办补录，不能由单位撤回');
      // A data file's records leave the library with it, as on a return.
      await this.records.leave(tx, s.id);
      return this.repo.withdraw(tx, s.id, this.clock.now());
    });
  }

  /** The office reviews an accepted version again (the unit is told nothing: no notice kind fits; audited). */
  reopen(id: number, dto: ReopenSubmissionDto, user: AuthUser) {
    return this.transition(id, user, 'REOPEN', async (tx, s) => {
      if (s.review?.decision !== 'ACCEPT') throw conflict('只有已审核通过的报送可以重新打开');
      return this.repo.reopen(tx, s.id, this.clock.now(), dto.reason);
    });
  }

  /** Finds the version as the user may see it (404 otherwise), locks its obligation, applies `work`, refreshes, audits. */
  private transition(id: number, user: AuthUser, action: string, work: (tx: Tx, s: Loaded) => Promise<Loaded>) {
    return this.audit.update({
      user,
      resource: 'submissions',
      unitField: 'unitId',
      action,
      load: async (tx) => {
        const found = await this.repo.findById(id, tx);
        if (!found || !canSeeUnit(user, found.obligation.unitId)) throw notFound('报送记录');
        await this.obligations.lockVisible(tx, found.obligationId, user);
        // Read again under the lock: a review or a withdrawal may have landed meanwhile.
        return toSubmissionResponse((await this.repo.findById(id, tx))!);
      },
      work: async (tx) => {
        const changed = await work(tx, (await this.repo.findById(id, tx))!);
        await this.obligations.refresh(tx, changed.obligationId);
        return toSubmissionResponse(changed);
      },
    });
  }
}

type Loaded = NonNullable<Awaited<ReturnType<SubmissionsRepository['findById']>>>;

// The notices job of DESIGN.md §2.5 for day D: select (set-based) what is owed a chase step, compose the
// digests, store them with their ledger rows and queued mails in ONE transaction under an advisory lock,
// then deliver the outbox. Exactly once: the lock serialises runs across instances, the ledger's key refuses
// a second notice of a step, the dedupe key a second identical notice; a crash before the commit stores
// nothing, a crash after it leaves the rest of the mails in the outbox for the next pass.
import type { RunResult } from '@credit/contract/api';
import { Injectable, Logger } from '@nestjs/common';
import type { AuthUser } from '../identity/current-user.ts';
import { AuditTrail } from '../audit-events/audit-trail.service.ts';
import { invalid } from '../common/errors.ts';
import { type Db, PrismaService } from '../database/prisma.service.ts';
import { CALENDAR_UNKNOWN_WARNING, isCalendarKnown } from '../domain/calendar.ts';
import { escalationCutoff, reminderHorizon } from '../domain/chase.ts';
import { endOfDayShanghai, shanghaiDate, toShanghaiIso } from '../domain/dates.ts';
import { MailOutbox } from '../mail/mail-outbox.service.ts';
import { Settings } from '../settings/settings.service.ts';
import type { ChannelSettingsStored, NoticeSettingsValues } from '../settings/settings-keys.ts';
import { type NoticeDraft, noticeDrafts, recipientLabel, summaryKey } from './notice-composer.ts';
import { NoticeDelivery } from './notice-delivery.ts';
import { NoticeSettings } from './notice-settings.ts';
import { NoticesRepository } from './notices.repository.ts';
import { Clock } from '../clock/clock.ts';
import { TransactionRunner } from '../database/transaction-runner.ts';

/**
 * Notices stored, and their messages queued, per step of a run. Small: a slice's JSON parameters then stay
 * small objects that die young, where 500 made megabyte strings that survive into the old space (measured at
 * 10,000 units: ~30 MB less peak RSS and a little faster).
 */
const NOTICES_PER_SLICE = 100;

export interface RunOptions {
  dryRun?: boolean;
  /** Who asked (null: the schedule). */
  user?: AuthUser | null;
  now?: Date;
  /** Stop starting new mail attempts after this long; the outbox's next pass sends the rest. */
  deliveryBudgetMs?: number;
}

@Injectable()
export class NoticeJob {
  private readonly logger = new Logger('NoticeJob');

  /** Test seam: runs inside the run's transaction after everything is written; a throw rolls it all back. */
  hooks: { beforeCommit?: (noticeIds: number[]) => void | Promise<void> } = {};

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly prisma: PrismaService,
    private readonly repo: NoticesRepository,
    private readonly settings: NoticeSettings,
    private readonly officeSettings: Settings,
    private readonly outbox: MailOutbox,
    private readonly delivery: NoticeDelivery,
    private readonly audit: AuditTrail,
  ) {}

  /** Runs (or previews) the job for the day of `asOf`; answers what was, or would be, noticed. */
  async run(requested: Date, options: RunOptions = {}): Promise<RunResult> {
    const now = options.now ?? this.clock.now();
    const dryRun = options.dryRun ?? false;
    const asOf = dryRun ? requested : this.notInTheFuture(requested, now);
    const day = shanghaiDate(asOf);

    if (dryRun) {
      const { drafts, thresholds } = await this.compose(this.prisma, asOf);
      return this.result(asOf, true, thresholds, Array.from(drafts, (d) => answered(d, null)));
    }

    const { stored, thresholds } = await this.transactions.run(async (tx) => {
      await this.repo.lockRuns(tx);
      const composed = await this.compose(tx, asOf);
      // Slice by slice (stored, then its mails and channel messages queued), still in this one transaction:
      // only one slice's texts are held at once, and the answer keeps what it lists of each notice.
      const stored: RunNotice[] = [];
      for (const slice of slices(composed.drafts, NOTICES_PER_SLICE)) {
        const ids = await this.repo.insertDrafts(tx, slice, now);
        const notices = slice.filter((d) => ids.has(d.dedupeKey)).map((d) => ({ draft: d, id: ids.get(d.dedupeKey)! }));
        await this.delivery.enqueue(tx, notices, composed.channels);
        for (const n of notices) stored.push(answered(n.draft, n.id));
      }
      const noticeIds = stored.map((n) => n.id!);
      if (options.user || noticeIds.length > 0) {
        await this.audit.record(tx, {
          user: options.user ?? null,
          action: 'RUN',
          resource: 'notice-jobs',
          recordId: day,
          after: {
            asOf: toShanghaiIso(asOf),
            notices: noticeIds.length,
          },
        });
      }
      await this.hooks.beforeCommit?.(noticeIds);
      return { stored, thresholds: composed.thresholds };
    });
    if (stored.length > 0) this.logger.log(`Notices for ${day}: ${stored.length} stored`);
    const budget = options.deliveryBudgetMs;
    const mail = await this.outbox.deliverDue(this.clock.now(), budget === undefined ? undefined : new Date(this.clock.nowMs() + budget));
    return { ...this.result(asOf, false, thresholds, stored), mail };
  }

  /** A real run may not act for a later day (it would chase what is not yet due); later today means now. */
  private notInTheFuture(asOf: Date, now: Date): Date {
    if (asOf <= now) return asOf;
    if (shanghaiDate(asOf) > shanghaiDate(now)) throw invalid('asOf', '不能为将来的日期执行催报，请使用预览（dryRun）');
    return now;
  }

  /** The day's drafts, and the channel settings read to address them (each slice's queueing reuses them). */
  private async compose(
    db: Db,
    asOf: Date,
  ): Promise<{ drafts: Iterable<NoticeDraft>; thresholds: NoticeSettingsValues; channels?: ChannelSettingsStored }> {
    const day = shanghaiDate(asOf);
    const thresholds = await this.settings.get(db);
    const remindUntil = endOfDayShanghai(reminderHorizon(day, thresholds.reminderWorkdays));
    const escalateUntil = endOfDayShanghai(escalationCutoff(day, thresholds.escalateWorkdays));
    // The office summary of the latest monthly due day, unless sent: its list comes from the chase's own scan.
    const latestDue = await this.repo.latestMonthlyDueBefore(db, asOf);
    let summaryDue = latestDue ? shanghaiDate(latestDue) : null;
    if (summaryDue && (await this.repo.noticeExists(db, summaryKey(summaryDue)))) summaryDue = null;
    const { candidates, missing } = await this.repo.chaseCandidates(
      db,
      asOf,
      remindUntil,
      escalateUntil,
      summaryDue ? endOfDayShanghai(summaryDue) : null,
    );
    const summary = summaryDue ? { dueDate: summaryDue, missing } : null;

    const { contacts, channels } = await this.delivery.addressing(db, [...new Set(candidates.map((c) => c.unitId))]);
    const office = await this.officeSettings.office(db);
    const drafts = noticeDrafts({
      day,
      thresholds,
      candidates,
      summary,
      contacts,
      office: { name: office.name, email: office.email ?? null },
    });
    return { drafts, thresholds, channels };
  }

  private result(
    asOf: Date,
    dryRun: boolean,
    thresholds: NoticeSettingsValues,
    notices: RunNotice[],
  ): RunResult {
    const day = shanghaiDate(asOf);
    const counts = { REMINDER: 0, OVERDUE: 0, ESCALATION: 0, SUMMARY: 0 };
    for (const n of notices) counts[n.kind as keyof typeof counts]++;
    const unknownYear = isCalendarKnown(Number(day.slice(0, 4))) ? null : Number(day.slice(0, 4));
    if (unknownYear) this.logger.warn(CALENDAR_UNKNOWN_WARNING(unknownYear));
    return {
      asOf: toShanghaiIso(asOf),
      forDate: day,
      dryRun,
      thresholds,
      ...(unknownYear ? { calendarKnown: false, warning: CALENDAR_UNKNOWN_WARNING(unknownYear) } : { calendarKnown: true }),
      counts,
      notices,
    };
  }
}

type RunNotice = RunResult['notices'][number];

/** What a run's answer lists of a notice (not its body). */
const answered = (d: NoticeDraft, id: number | null): RunNotice => ({
  id,
  kind: d.kind,
  unitId: d.unitId,
  unitName: d.unitName,
  stage: d.stage,
  title: d.title,
  obligationIds: d.obligationIds,
  recipients: d.recipients.map(recipientLabel),
});

/** The items in arrays of up to `size`, taken from the iterable as each is asked for. */
function* slices<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let slice: T[] = [];
  for (const item of items) {
    slice.push(item);
    if (slice.length === size) {
      yield slice;
      slice = [];
    }
  }
  if (slice.length > 0) yield slice;
}

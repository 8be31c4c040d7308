import { Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client.ts';
import type { Tx } from '../database/prisma.service.ts';
import type { AuthUser } from '../identity/current-user.ts';
import { AuditTrail } from '../audit-events/audit-trail.service.ts';
import { conflict, invalid, notFound } from '../common/errors.ts';
import { Page, type ListQuery } from '../common/list-query.ts';
import { ComplianceService } from '../compliance/compliance.service.ts';
import { ScoringRulesService } from '../scoring-rules/scoring-rules.service.ts';
import { fromDbDateOrNull, toDbDate } from '../database/db-dates.ts';
import { addDays, shanghaiDate } from '../domain/dates.ts';
import { chineseDate, quarterLabel } from '../domain/labels.ts';
import { parseMonthOrQuarterOrYearRange, periodEnd } from '../domain/periods.ts';
import { rankUnits } from '../domain/ranking.ts';
import type { ScoringRules } from '../domain/score.ts';
import { Settings } from '../settings/settings.service.ts';
import type { OfficeSettings } from '../settings/settings-keys.ts';
import { renderCircularDocx } from './circular-docx.ts';
import { draftBody, summarise } from './circular-draft.ts';
import { circularNumber, circularTitle, type CircularSummary } from './circular-text.ts';
import {
  type CircularFilter,
  type CircularWithLinks,
  type CorrectCircularDto,
  type CreateCircularDto,
  type PublishCircularDto,
  toCircularResponse,
  toRankedRow,
  type UpdateCircularDto,
} from './circulars.dto.ts';
import { CircularsRepository } from './circulars.repository.ts';
import { Clock } from '../clock/clock.ts';
import { DecisionNotices } from '../notices/decision-notices.service.ts';
import { circularPublished } from '../notices/decision-texts.ts';
import { PdfConverter } from '../documents/pdf-converter.ts';


const PUBLISHED_IS_FINAL = '通报已发布，不能修改或删除；如需更正，请在该通报上发布更正版本';

/** The audit log keeps the text and the number, not the (possibly large) summary. */
function auditView(c: CircularWithLinks) {
  const { summary: _summary, ...rest } = toCircularResponse(c);
  return rest;
}

/** 季度通报 (DESIGN.md §2.6): frozen snapshot, draft text, numbered publication, corrections as versions. */
@Injectable()
export class CircularsService {
  constructor(
    private readonly clock: Clock,
    private readonly repo: CircularsRepository,
    private readonly compliance: ComplianceService,
    private readonly scoringRules: ScoringRulesService,
    private readonly settings: Settings,
    private readonly audit: AuditTrail,
    private readonly pdfs: PdfConverter,
    private readonly decisions: DecisionNotices,
  ) {}

  /** Units see published circulars only; drafts are the office's. */
  async list(q: ListQuery<CircularFilter>, user: AuthUser) {
    const { items, total } = await this.repo.list(q, user.role === 'UNIT');
    return new Page('circulars', items.map(toCircularResponse), total, q.skip);
  }

  async get(id: number, user: AuthUser) {
    const c = await this.visible(id, user);
    const rows = await this.repo.rows(id);
    return { ...toCircularResponse(c), rows: rows.map(toRankedRow) };
  }

  async draft(dto: CreateCircularDto, user: AuthUser) {
    const { year, quarter } = dto;
    const range = this.quarterRange(year, quarter);
    const asOf = this.clock.now();
    if (shanghaiDate(asOf) <= periodEnd(`${year}-Q${quarter}`)) {
      throw conflict(`${quarterLabel(year, quarter)}尚未结束，暂不能起草通报`);
    }
    const due = await this.repo.quarterDue(range.fromMonth, range.toMonth);
    if (due.obligations === 0) throw conflict(`${quarterLabel(year, quarter)}没有应报事项，无需通报`);
    if (due.lastDue && asOf.getTime() <= due.lastDue.getTime()) {
      throw conflict(
        `${quarterLabel(year, quarter)}最后一个月的报送截止时间（${chineseDate(shanghaiDate(due.lastDue))}）尚未过，暂不能起草通报`,
      );
    }
    const rules = await this.scoringRules.rulesFor(year);
    const created = await this.audit.create({
      user,
      resource: 'circulars',
      work: async (tx) => {
        if ((await this.repo.latestVersion(tx, year, quarter)) > 0) {
          throw conflict(`${quarterLabel(year, quarter)}已有通报；草稿请直接修改，已发布的请在原通报上发布更正`);
        }
        return auditView(await this.freeze(tx, { year, quarter, version: 1 }, asOf, rules, user));
      },
    });
    return this.get(created.id, user);
  }

  async update(id: number, dto: UpdateCircularDto, user: AuthUser) {
    await this.audit.update({
      user,
      resource: 'circulars',
      load: (tx) => this.lockAndLoad(tx, id),
      work: async (tx, before) => {
        if (before.state !== 'DRAFT') throw conflict(PUBLISHED_IS_FINAL);
        return auditView(await this.repo.update(tx, id, { title: dto.title, body: dto.body }));
      },
    });
    return this.get(id, user);
  }

  /** Numbers the draft 召信用办〔YYYY〕N号 (N consecutive per year) and makes it final. */
  async publish(id: number, dto: PublishCircularDto, user: AuthUser) {
    const office = await this.office();
    await this.audit.update({
      user,
      action: 'PUBLISH',
      resource: 'circulars',
      load: (tx) => this.lockAndLoad(tx, id),
      work: async (tx, before) => {
        if (before.state !== 'DRAFT') throw conflict(PUBLISHED_IS_FINAL);
        const issuedOn = this.issuedOn(dto.issuedOn, before.year, before.quarter);
        const cutOff = shanghaiDate(new Date(before.asOf));
        if (issuedOn < cutOff) {
          throw conflict(`成文日期（${chineseDate(issuedOn)}）不能早于通报数据的截止时间（${chineseDate(cutOff)}）`);
        }
        const numberYear = Number(issuedOn.slice(0, 4));
        const seq = await this.repo.nextNumber(tx, numberYear); // locks the year's counter: publishes serialise
        const previous = await this.repo.latestIssued(tx, numberYear);
        const previousOn = fromDbDateOrNull(previous?.issuedOn ?? null);
        if (previous && previousOn && issuedOn < previousOn) {
          throw conflict(`成文日期（${chineseDate(issuedOn)}）不能早于本年度已发布的${previous.number}（${chineseDate(previousOn)}）：文号按成文日期先后编排`);
        }
        const published = await this.repo.update(tx, id, {
          state: 'PUBLISHED',
          number: circularNumber(office.circularPrefix, numberYear, seq),
          numberYear,
          numberSeq: seq,
          issuedOn: toDbDate(issuedOn),
          issuingBody: office.issuingBody,
          publishedAt: this.clock.now(),
          publishedById: user.id,
        });
        // Every unit of the circular hears of it, once per published version.
        const units = await this.repo.rows(id, tx);
        await this.decisions.send(tx, units.map((u) => ({
          unitId: u.unitId, unitName: u.unitName, stage: 'CIRCULAR_PUBLISHED', key: `CIRCULAR:${id}`, obligationIds: [],
          text: circularPublished({ unitName: u.unitName, title: published.title, number: published.number!, issuedOn }),
        })));
        return auditView(published);
      },
    });
    return this.get(id, user);
  }

  /** A correction: a new draft version, freshly frozen, naming the published circular it replaces. */
  async correct(id: number, dto: CorrectCircularDto, user: AuthUser) {
    const created = await this.audit.create({
      user,
      resource: 'circulars',
      work: async (tx) => {
        const c = await this.lockAndLoad(tx, id);
        if (!c) throw notFound('通报');
        if (c.state !== 'PUBLISHED') throw conflict('只有已发布的通报需要更正；草稿请直接修改');
        if (c.replacedBy) {
          throw conflict(`该通报已有更正版本（${c.replacedBy.number ?? '草稿'}），请在最新版本上操作`);
        }
        const rules = await this.scoringRules.rulesFor(c.year);
        const correction = { number: c.number!, title: c.title, reason: dto.reason };
        const next = { year: c.year, quarter: c.quarter, version: c.version + 1, replacesId: c.id, correction };
        return auditView(await this.freeze(tx, next, this.clock.now(), rules, user));
      },
    });
    return this.get(created.id, user);
  }

  async remove(id: number, user: AuthUser) {
    return this.audit.delete({
      user,
      resource: 'circulars',
      load: (tx) => this.lockAndLoad(tx, id),
      work: async (tx, before) => {
        if (before.state !== 'DRAFT') throw conflict(PUBLISHED_IS_FINAL);
        await this.repo.delete(tx, id);
      },
    });
  }

  async docx(id: number, user: AuthUser): Promise<{ fileName: string; content: Buffer }> {
    const c = await this.visible(id, user);
    const settings = await this.settings.office();
    const office = c.issuingBody ? null : await this.office();
    const rows = (await this.repo.rows(id)).map(toRankedRow);
    const draftYear = Number(shanghaiDate(this.clock.now()).slice(0, 4));
    const summary = c.summary as unknown as Partial<CircularSummary> | null;
    const content = await renderCircularDocx({
      issuingBody: c.issuingBody ?? office!.issuingBody,
      numberText: c.number ?? `${office!.circularPrefix}〔${draftYear}〕　号`,
      title: c.title,
      body: c.body,
      issuedOn: toCircularResponse(c).issuedOn,
      rows,
      rules: summary?.rules ?? null,
      copyTo: settings.copyTo?.trim() || null,
      madeAt: c.publishedAt ?? c.asOf,
    });
    return { fileName: `${c.number ?? `${c.title}（草稿）`}.docx`, content };
  }

  /** The circular as PDF, converted from its .docx (queued, cached by the .docx's hash). */
  async pdf(id: number, user: AuthUser): Promise<{ fileName: string; content: Buffer }> {
    const { fileName, content } = await this.docx(id, user);
    return { fileName: fileName.replace(/\.docx$/, '.pdf'), content: await this.pdfs.toPdf(content) };
  }

  /**
   * Freezes the statuses of the quarter at `asOf`, ranks the units from the frozen statuses, and drafts the
   * text; all in the caller's transaction.
   */
  private async freeze(
    tx: Tx,
    ctx: { year: number; quarter: number; version: number; replacesId?: number; correction?: { number: string; title: string; reason: string } },
    asOf: Date,
    rules: ScoringRules,
    user: AuthUser,
  ): Promise<CircularWithLinks> {
    const range = this.quarterRange(ctx.year, ctx.quarter);
    const c = await this.repo.create(tx, {
      year: ctx.year,
      quarter: ctx.quarter,
      version: ctx.version,
      replacesId: ctx.replacesId ?? null,
      correctionReason: ctx.correction?.reason ?? null,
      title: circularTitle(ctx.year, ctx.quarter),
      body: '',
      asOf,
      summary: {},
      createdById: user.id,
      createdAt: this.clock.now(),
    });
    await this.repo.freezeStatuses(tx, c.id, range.fromMonth, range.toMonth, asOf);
    const counts = await this.repo.frozenCounts(tx, c.id);
    const ranked = rankUnits(counts.map((r) => this.compliance.scoreRow(r, rules)));
    await this.repo.insertRows(tx, c.id, ranked);
    const explanations = (await this.repo.acceptedExplanations(tx, c.id)).map((e) => ({
      unitName: e.unit_name,
      streamName: e.stream_name,
      period: e.period,
      category: e.category,
      text: e.text,
    }));
    const [office, due, trackingStart, missed] = await Promise.all([
      this.settings.office(tx),
      this.repo.quarterDue(range.fromMonth, range.toMonth),
      this.settings.get('tracking.start', tx),
      this.repo.missedItems(tx, c.id),
    ]);
    const summary = summarise(ranked, missed, explanations, { from: range.fromMonth, to: range.toMonth, trackingStart: trackingStart ?? null, asOf, rules });
    const body = draftBody(summary, {
      year: ctx.year,
      quarter: ctx.quarter,
      correction: ctx.correction ?? null,
      plan: { title: office.planTitle, number: office.planNumber },
      dueDay: due.monthlyDueDay,
    });
    return this.repo.update(tx, c.id, { body, summary: summary as unknown as Prisma.InputJsonValue });
  }

  private async lockAndLoad(tx: Tx, id: number) {
    await this.repo.lock(tx, id);
    const c = await this.repo.findById(id, tx);
    return c ? auditView(c) : null;
  }

  /** A UNIT user sees published circulars only; a draft is 404 to them. */
  private async visible(id: number, user: AuthUser) {
    const c = await this.repo.findById(id);
    if (!c || (user.role === 'UNIT' && c.state !== 'PUBLISHED')) throw notFound('通报');
    return c;
  }

  private quarterRange(year: number, quarter: number) {
    return parseMonthOrQuarterOrYearRange(`${year}-Q${quarter}`, `${year}-Q${quarter}`)!;
  }

  /** 成文日期: given or today (Asia/Shanghai); after the quarter ended and not in the future. */
  private issuedOn(given: string | undefined, year: number, quarter: number): string {
    const today = shanghaiDate(this.clock.now());
    const issuedOn = given ?? today;
    const firstDay = addDays(periodEnd(`${year}-Q${quarter}`), 1);
    if (issuedOn > today) throw invalid('issuedOn', '成文日期不能晚于今天');
    if (issuedOn < firstDay) throw invalid('issuedOn', `成文日期应在季度结束之后（不早于${chineseDate(firstDay)}）`);
    return issuedOn;
  }

  private async office(): Promise<{ [F in 'issuingBody' | 'circularPrefix']: NonNullable<OfficeSettings[F]> }> {
    const office = await this.settings.office();
    if (!office.issuingBody || !office.circularPrefix) {
      throw conflict('尚未设置发文机关和发文字号前缀（系统设置 office 的 issuingBody、circularPrefix）');
    }
    return { issuingBody: office.issuingBody, circularPrefix: office.circularPrefix };
  }
}

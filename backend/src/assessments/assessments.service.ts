import { Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client.ts';
import { type AuthUser, scopedUnitId } from '../identity/current-user.ts';
import { AuditTrail } from '../audit-events/audit-trail.service.ts';
import { conflict, invalid, notFound } from '../common/errors.ts';
import { Page, type ListQuery } from '../common/list-query.ts';
import type { Db, Tx } from '../database/prisma.service.ts';
import { shanghaiDate } from '../domain/dates.ts';
import type { ScoringRules } from '../domain/score.ts';
import { ScoringRulesService } from '../scoring-rules/scoring-rules.service.ts';
import { Settings } from '../settings/settings.service.ts';
import { assessmentWorkbook } from './assessment-export.ts';
import { AssessmentEvaluator } from './assessment-evaluator.ts';
import {
  type AdjustmentDto,
  type AssessmentFilter,
  type AssessmentSortField,
  type ExclusionDto,
  exclusionId,
  type ReopenDto,
  toExclusionResponse,
  type YearScheme,
  toAdjustmentResponse,
  type UnitResult,
} from './assessments.dto.ts';
import { AssessmentsRepository } from './assessments.repository.ts';
import { PdfConverter } from '../documents/pdf-converter.ts';
import { Clock } from '../clock/clock.ts';
import type { Download } from '../common/downloads.ts';
import { officeContact } from '../documents/office-contact.ts';
import { chineseDate } from '../domain/labels.ts';
import { assessmentNoticeTitle, renderAssessmentNoticeDocx } from './assessment-notice-docx.ts';


/** 年度目标考核 (DESIGN.md §2.7): the results, their rows, the scheme, adjustments and 容缺 (stages: assessment-stages). */
@Injectable()
export class AssessmentsService {
  constructor(
    private readonly clock: Clock,
    private readonly repo: AssessmentsRepository,
    private readonly evaluator: AssessmentEvaluator,
    private readonly scoringRules: ScoringRulesService,
    private readonly settings: Settings,
    private readonly audit: AuditTrail,
    private readonly pdfs: PdfConverter,
  ) {}

  /** Every unit's result of the year (default: this year); a UNIT user gets its own row only. */
  async list(q: ListQuery<AssessmentFilter>, user: AuthUser) {
    const f = q.filter;
    const scope = scopedUnitId(user);
    const ids = f.id === undefined ? null : new Set([f.id].flat());
    const rows = (await this.evaluator.evaluate(f.year ?? this.currentYear())).rows.filter(
      (r) =>
        (scope === null || r.unitId === scope) &&
        (f.unitId === undefined || r.unitId === f.unitId) &&
        (ids === null || ids.has(r.id)) &&
        (!f.q || r.unitName.includes(f.q)),
    );
    const field = q.sort.field as AssessmentSortField;
    const sign = q.sort.order === 'asc' ? 1 : -1;
    const value = (r: UnitResult) => r[field];
    rows.sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      const c = typeof x === 'string' ? x.localeCompare(String(y), 'zh-CN') : Number(x) - Number(y);
      return sign * c || a.rank - b.rank || a.sortOrder - b.sortOrder;
    });
    return new Page('assessments', rows.slice(q.skip, q.skip + q.take), rows.length, q.skip);
  }

  /** One unit's year and why: each deduction with its cause, each adjustment with its reason. */
  async get(year: number, unitId: number, user: AuthUser) {
    return (await this.detail(year, unitId, user)).result;
  }

  /** One unit's result and its rows, and how many units the year scores (one evaluation of the year). */
  private async detail(year: number, unitId: number, user: AuthUser) {
    const scope = scopedUnitId(user);
    if (scope !== null && scope !== unitId) throw notFound('考核记录');
    const y = await this.evaluator.evaluate(year);
    const row = y.rows.find((r) => r.unitId === unitId);
    if (!row) throw notFound('考核记录');
    const deductions = (await y.deductionsOf(unitId)).map(({ unitId: _u, ...d }) => d);
    const adjustments = (await this.repo.adjustments(year, unitId)).map(toAdjustmentResponse);
    const exclusions = (await this.repo.listExclusions(year, unitId)).map(toExclusionResponse);
    return { result: { ...row, rules: y.rules, scheme: y.scheme, deductions, adjustments, exclusions }, units: y.rows.length };
  }

  async addAdjustment(year: number, dto: AdjustmentDto, user: AuthUser) {
    const created = await this.audit.create({
      user,
      resource: 'assessment-adjustments',
      unitField: 'unitId',
      work: async (tx) => {
        await this.scoringRules.assertYearOpen(tx, year);
        if (!(await this.repo.activeUnitExists(dto.unitId, tx))) throw invalid('unitId', '单位不存在或已停用，不参加本年度考核');
        const a = await this.repo.createAdjustment(tx, { year, unitId: dto.unitId, points: dto.points, reason: dto.reason, createdById: user.id, createdAt: this.clock.now() });
        return { id: a.id, year, unitId: a.unitId, points: a.points.toNumber(), reason: a.reason };
      },
    });
    return this.get(year, created.unitId, user);
  }

  async removeAdjustment(year: number, id: number, user: AuthUser) {
    return this.audit.delete({
      user,
      resource: 'assessment-adjustments',
      unitField: 'unitId',
      load: async (tx) => {
        const a = await this.repo.findAdjustment(id, tx);
        return a && a.year === year ? { id: a.id, year, unitId: a.unitId, points: a.points.toNumber(), reason: a.reason } : null;
      },
      work: async (tx) => {
        await this.scoringRules.assertYearOpen(tx, year);
        await this.repo.deleteAdjustment(tx, id);
      },
    });
  }

  /** The 考核结果通知 of one unit (a unit gets its own only), as .docx in the house style. */
  async noticeDocx(year: number, unitId: number, user: AuthUser): Promise<Download> {
    const { result: r, units } = await this.detail(year, unitId, user);
    const state = await this.repo.yearState(year);
    const office = await this.settings.office();
    const issuingBody = office.issuingBody ?? office.signature;
    const today = shanghaiDate(this.clock.now());
    const stage = state?.status ?? 'OPEN';
    const plan = office.planNumber ? `《${office.planTitle}》（${office.planNumber}）` : `《${office.planTitle}》`;
    const content = await renderAssessmentNoticeDocx({
      issuingBody,
      officeName: office.name,
      unitName: r.unitName,
      year,
      stage,
      appealDeadlineLabel: stage === 'PRELIMINARY' && state?.appealDeadline ? chineseDate(shanghaiDate(state.appealDeadline)) : null,
      basis: plan,
      score: r.score,
      gradeLabel: r.gradeLabel,
      failed: r.grade === 'FAIL',
      rank: r.rank,
      units,
      categories: r.categories.map((c) => ({ ...c, maxPoints: r.scheme.categories.find((x) => x.id === c.categoryId)?.maxPoints ?? 0 })),
      bonusTotal: r.bonusTotal,
      adjustments: r.adjustments,
      rows: r.deductions,
      dateLabel: chineseDate(today),
      contact: officeContact(office),
      madeAt: new Date(`${today}T00:00:00+08:00`),
    });
    return { fileName: `${assessmentNoticeTitle(r.unitName, year)}${stage === 'FINALISED' ? '' : stage === 'PRELIMINARY' ? '（初评）' : '（未定稿）'}.docx`, content };
  }

  /** The same notice as LibreOffice prints it (503 with what to install when the server has none). */
  async noticePdf(year: number, unitId: number, user: AuthUser): Promise<Download> {
    const { fileName, content } = await this.noticeDocx(year, unitId, user);
    return { fileName: fileName.replace(/\.docx$/, '.pdf'), content: await this.pdfs.toPdf(content) };
  }

  async exportXlsx(year: number): Promise<{ fileName: string; content: Buffer }> {
    const y = await this.evaluator.evaluate(year);
    const office = await this.settings.office();
    const deductions = await y.deductionsOf(null);
    const content = await assessmentWorkbook({
      year,
      issuingBody: office.issuingBody ?? '',
      finalisedAt: y.finalisedAt,
      at: this.clock.now(),
      rules: y.rules,
      scheme: y.scheme,
      rows: y.rows,
      appeals: await this.repo.appealsForExport(year),
      deductions,
      adjustments: (await this.repo.adjustments(year, null)).map(toAdjustmentResponse),
      times: await this.repo.obligationTimes(deductions.flatMap((d) => (d.obligationId === null ? [] : [d.obligationId]))),
      trackingStart: (await this.settings.get('tracking.start')) ?? null,
    });
    return { fileName: `${year}年度目标考核得分表${y.finalised ? '' : '（未定稿）'}.xlsx`, content };
  }

  /** Every unit's score and grade under a proposed scheme, nothing written (the rules editor's live preview). */
  async preview(year: number, scheme: YearScheme) {
    const y = await this.evaluator.compute(year, undefined, scheme);
    const now = await this.evaluator.compute(year);
    const current = new Map(now.rows.map((r) => [r.unitId, r]));
    return y.rows.map((r) => ({
      unitId: r.unitId, unitName: r.unitName, rank: r.rank, score: r.score, grade: r.grade, gradeLabel: r.gradeLabel,
      currentScore: current.get(r.unitId)?.score ?? null, currentGrade: current.get(r.unitId)?.grade ?? null,
    }));
  }

  getScheme(year: number) {
    return this.scoringRules.getScheme(year);
  }

  saveScheme(year: number, scheme: YearScheme, user: AuthUser) {
    return this.scoringRules.saveScheme(year, scheme, user);
  }

  /** 容缺: a category of the year's scheme does not apply to a unit (an open year; the category must exist). */
  async addExclusion(year: number, dto: ExclusionDto, user: AuthUser) {
    await this.audit.create({
      user,
      resource: 'assessment-exclusions',
      unitField: 'unitId',
      work: async (tx) => {
        await this.scoringRules.assertYearOpen(tx, year);
        if (!(await this.repo.activeUnitExists(dto.unitId, tx))) throw invalid('unitId', '单位不存在或已停用，不参加本年度考核');
        const scheme = await this.scoringRules.schemeFor(year, tx);
        if (!scheme.categories.some((c) => c.id === dto.categoryId)) throw invalid('categoryId', '本年度考核方案中没有该类别');
        if (await this.repo.findExclusion(year, dto.unitId, dto.categoryId, tx)) throw conflict('该单位的这一类别已设为容缺');
        const e = await this.repo.createExclusion(tx, { year, unitId: dto.unitId, categoryId: dto.categoryId, reason: dto.reason, createdAt: this.clock.now() });
        return { id: exclusionId(e), ...toExclusionResponse(e) };
      },
    });
    return this.get(year, dto.unitId, user);
  }

  async removeExclusion(year: number, unitId: number, categoryId: string, user: AuthUser) {
    return this.audit.delete({
      user,
      resource: 'assessment-exclusions',
      unitField: 'unitId',
      load: async (tx) => {
        const e = await this.repo.findExclusion(year, unitId, categoryId, tx);
        return e ? { id: exclusionId(e), ...toExclusionResponse(e) } : null;
      },
      work: async (tx) => {
        await this.scoringRules.assertYearOpen(tx, year);
        await this.repo.deleteExclusion(tx, year, unitId, categoryId);
      },
    });
  }

  private currentYear(): number {
    return Number(shanghaiDate(this.clock.now()).slice(0, 4));
  }
}

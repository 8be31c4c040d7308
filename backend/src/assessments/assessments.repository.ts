import { Injectable } from '@nestjs/common';
import { Prisma } from '../generated/prisma/client.ts';
import { APPEAL_STATUS_LABELS } from '../domain/labels.ts';
import { type Db, PrismaService, type Tx } from '../database/prisma.service.ts';
import { unitCountsSql } from '../compliance/compliance.repository.ts';
import { recordFiguresSql } from '../records/record-figures.sql.ts';
import { reportMonthBetween, statusesAt } from '../obligations/obligation-status.sql.ts';
import type { AdjustmentRow, DeductionRow, UnitResult, YearFactsRow } from './assessments.dto.ts';

const sql = Prisma.sql;

/** Everything set-based: a year of 10,000 units is one status query, and a finalisation two inserts. */
@Injectable()
export class AssessmentsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Per unit of the year (every active unit, in the plan's order): the counts of DESIGN.md §2.4 and, as
   * JSON, the obligations that cost points. One statement, so counts and deductions agree.
   */
  yearFacts(year: number, now: Date, db: Db = this.prisma) {
    return db.$queryRaw<YearFactsRow[]>(sql`
      WITH s AS MATERIALIZED (${statusesAt(null, reportMonthBetween(`${year}-01`, `${year}-12`), now)})
      SELECT c.*, d.facts
      FROM (${unitCountsSql(sql`SELECT * FROM s`, null, recordFiguresSql(reportMonthBetween(`${year}-01`, `${year}-12`), null))}) c
      LEFT JOIN (
        SELECT s.unit_id,
          json_agg(json_build_object('obligationId', s.id, 'streamName', st.name, 'period', s.period,
            'status', s.status, 'pastDue', s.past_due, 'daysLate', s.days_late)
            ORDER BY s.report_month, st.sort_order, s.id) AS facts
        FROM s JOIN streams st ON st.id = s.stream_id
        WHERE s.missing OR s.status IN ('LATE', 'EXCUSED')
        GROUP BY s.unit_id
      ) d ON d.unit_id = c.unit_id
      ORDER BY c.sort_order`);
  }

  /** Every adjustment of the year, per unit (the rows that trace them). */
  async adjustmentsByUnit(year: number, db: Db = this.prisma) {
    const rows = await db.assessmentAdjustment.findMany({ where: { year }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    return groupBy(rows, (a) => a.unitId, (a) => ({ id: a.id, points: a.points.toNumber(), reason: a.reason }));
  }

  /** The confirmed bonus claims of the year, per unit. */
  async confirmedBonuses(year: number, db: Db = this.prisma) {
    const rows = await db.bonusClaim.findMany({ where: { year, status: 'CONFIRMED' }, orderBy: { id: 'asc' } });
    return groupBy(rows, (b) => b.unitId, (b) => ({ claimId: b.id, ruleId: b.ruleId, points: b.points.toNumber(), label: b.reason }));
  }

  /** 容缺: the categories that do not apply, per unit. */
  async exclusions(year: number, db: Db = this.prisma) {
    const rows = await db.assessmentExclusion.findMany({ where: { year }, orderBy: [{ unitId: 'asc' }, { categoryId: 'asc' }] });
    return groupBy(rows, (e) => e.unitId, (e) => e.categoryId);
  }

  listExclusions(year: number, unitId: number | null, db: Db = this.prisma) {
    return db.assessmentExclusion.findMany({ where: { year, ...(unitId !== null ? { unitId } : {}) }, orderBy: [{ unitId: 'asc' }, { categoryId: 'asc' }] });
  }

  findExclusion(year: number, unitId: number, categoryId: string, db: Db = this.prisma) {
    return db.assessmentExclusion.findUnique({ where: { year_unitId_categoryId: { year, unitId, categoryId } } });
  }

  createExclusion(db: Tx, data: Prisma.AssessmentExclusionUncheckedCreateInput) {
    return db.assessmentExclusion.create({ data });
  }

  deleteExclusion(db: Tx, year: number, unitId: number, categoryId: string) {
    return db.assessmentExclusion.delete({ where: { year_unitId_categoryId: { year, unitId, categoryId } } });
  }

  adjustments(year: number, unitId: number | null, db: Db = this.prisma) {
    return db.$queryRaw<AdjustmentRow[]>(sql`
      SELECT a.id, a.year, a.unit_id, a.points::text AS points, a.reason, a.created_at, u.username AS created_by
      FROM assessment_adjustments a LEFT JOIN users u ON u.id = a.created_by_id
      WHERE a.year = ${year} AND ${unitId !== null ? sql`a.unit_id = ${unitId}` : sql`true`}
      ORDER BY a.unit_id, a.created_at, a.id`);
  }

  findAdjustment(id: number, db: Db = this.prisma) {
    return db.assessmentAdjustment.findUnique({ where: { id } });
  }

  createAdjustment(db: Tx, data: Prisma.AssessmentAdjustmentUncheckedCreateInput) {
    return db.assessmentAdjustment.create({ data });
  }

  deleteAdjustment(db: Tx, id: number) {
    return db.assessmentAdjustment.delete({ where: { id } });
  }

  /** The units an assessment scores are the active ones: an adjustment for any other would be stored unseen. */
  activeUnitExists(id: number, db: Db = this.prisma) {
    return db.unit.count({ where: { id, active: true } }).then((n) => n > 0);
  }

  yearState(year: number, db: Db = this.prisma) {
    return db.assessmentYear.findUnique({ where: { year } });
  }

  saveYearState(db: Tx, year: number, data: Omit<Prisma.AssessmentYearUncheckedCreateInput, 'year'>) {
    return db.assessmentYear.upsert({ where: { year }, create: { year, ...data }, update: data });
  }

  frozenResults(year: number, db: Db = this.prisma) {
    return db.assessmentResult.findMany({ where: { year }, orderBy: [{ rank: 'asc' }, { sortOrder: 'asc' }] });
  }

  async frozenDeductionTotals(year: number, db: Db = this.prisma): Promise<Map<number, number>> {
    const rows = await db.assessmentDeduction.groupBy({
      by: ['unitId'],
      where: { year, OR: [{ kind: null }, { kind: { in: ['PER_ITEM', 'RATE_THRESHOLD'] } }] },
      _sum: { points: true },
    });
    return new Map(rows.map((r) => [r.unitId, r._sum.points?.toNumber() ?? 0]));
  }

  frozenDeductions(year: number, unitId: number | null, db: Db = this.prisma) {
    return db.assessmentDeduction.findMany({
      where: { year, ...(unitId !== null ? { unitId } : {}) },
      orderBy: { id: 'asc' },
    });
  }

  async deleteFrozen(db: Tx, year: number): Promise<void> {
    await db.assessmentDeduction.deleteMany({ where: { year } });
    await db.assessmentResult.deleteMany({ where: { year } });
  }

  /** The year's results replaced by these, each with what it was computed from (unnest of column arrays). */
  async replaceResults(db: Tx, year: number, rows: readonly UnitResult[], inputs: ReadonlyMap<number, unknown>) {
    await db.assessmentResult.deleteMany({ where: { year } });
    const col = <T>(pick: (r: UnitResult) => T) => rows.map(pick);
    await db.$executeRaw(sql`
      INSERT INTO assessment_results (year, unit_id, unit_name, sort_order, rank, has_contact, expected, on_time, late,
        missing, excused, in_review, days_late, computed_score, adjustment_total, score, bonus_total, grade, categories, inputs)
      SELECT ${year}::int, r.* FROM unnest(
        ${col((r) => r.unitId)}::int[], ${col((r) => r.unitName)}::text[], ${col((r) => r.sortOrder)}::int[],
        ${col((r) => r.rank)}::int[], ${col((r) => r.hasContact)}::boolean[], ${col((r) => r.expected)}::int[],
        ${col((r) => r.onTime)}::int[], ${col((r) => r.late)}::int[], ${col((r) => r.missing)}::int[],
        ${col((r) => r.excused)}::int[], ${col((r) => r.inReview)}::int[], ${col((r) => r.daysLate)}::int[],
        ${col((r) => r.computedScore)}::numeric[], ${col((r) => r.adjustmentTotal)}::numeric[],
        ${col((r) => r.score)}::numeric[], ${col((r) => r.bonusTotal)}::numeric[], ${col((r) => r.grade)}::text[],
        ${col((r) => JSON.stringify(r.categories))}::jsonb[], ${col((r) => JSON.stringify(inputs.get(r.unitId) ?? null))}::jsonb[]) AS r`);
  }

  /**
   * The year's traced rows set to these, in the order given: a row whose (unit, key) was already frozen keeps
   * its id (an appeal names it), new rows are added, rows no longer traced are removed.
   */
  async upsertDeductions(db: Tx, year: number, rows: readonly (DeductionRow & { unitId: number })[]) {
    const col = <T>(pick: (r: DeductionRow & { unitId: number }) => T) => rows.map(pick);
    await db.$executeRaw(sql`
      DELETE FROM assessment_deductions d WHERE d.year = ${year} AND (d.row_key IS NULL OR NOT EXISTS (
        SELECT 1 FROM unnest(${col((r) => r.unitId)}::int[], ${col((r) => r.key)}::text[]) AS k(unit_id, row_key)
        WHERE k.unit_id = d.unit_id AND k.row_key = d.row_key))`);
    await db.$executeRaw(sql`
      INSERT INTO assessment_deductions (year, unit_id, cause, obligation_id, stream_name, period, status, days_late, points,
        row_key, kind, rule_id, category_id, label)
      SELECT ${year}::int, r.unit_id, r.cause::"DeductionCause", r.obligation_id, r.stream_name, r.period, r.status, r.days_late,
        r.points, r.row_key, r.kind, r.rule_id, r.category_id, r.label
      FROM unnest(
        ${col((r) => r.unitId)}::int[], ${col((r) => r.cause)}::text[], ${col((r) => r.obligationId)}::int[],
        ${col((r) => r.streamName)}::text[], ${col((r) => r.period)}::text[], ${col((r) => r.status)}::text[],
        ${col((r) => r.daysLate)}::int[], ${col((r) => r.points)}::numeric[], ${col((r) => r.key)}::text[],
        ${col((r) => r.kind)}::text[], ${col((r) => r.ruleId)}::text[], ${col((r) => r.categoryId)}::text[],
        ${col((r) => r.label)}::text[]
      ) WITH ORDINALITY AS r(unit_id, cause, obligation_id, stream_name, period, status, days_late, points, row_key, kind,
        rule_id, category_id, label, n)
      ORDER BY r.n
      ON CONFLICT (year, unit_id, row_key) DO UPDATE SET cause = EXCLUDED.cause, obligation_id = EXCLUDED.obligation_id,
        stream_name = EXCLUDED.stream_name, period = EXCLUDED.period, status = EXCLUDED.status, days_late = EXCLUDED.days_late,
        points = EXCLUDED.points, kind = EXCLUDED.kind, rule_id = EXCLUDED.rule_id, category_id = EXCLUDED.category_id,
        label = EXCLUDED.label`);
  }

  /** The appeals of the year upheld so far: the rows they removed, the refused bonuses they restored. */
  async upheldAppeals(year: number, db: Db = this.prisma) {
    const appeals = await db.appeal.findMany({ where: { year, status: 'UPHELD' }, orderBy: { id: 'asc' } });
    const claims = await db.bonusClaim.findMany({ where: { id: { in: appeals.flatMap((a) => (a.bonusId ? [a.bonusId] : [])) } } });
    return {
      rowKeys: groupBy(appeals.filter((a) => a.rowKey && !a.bonusId), (a) => a.unitId, (a) => a.rowKey!),
      bonuses: groupBy(claims, (b) => b.unitId, (b) => ({ claimId: b.id, ruleId: b.ruleId, points: b.points.toNumber(), label: b.reason })),
    };
  }

  /** The year's appeals with their decisions, for the export. */
  async appealsForExport(year: number, db: Db = this.prisma) {
    const rows = await db.appeal.findMany({ where: { year }, orderBy: [{ unitId: 'asc' }, { id: 'asc' }] });
    return rows.map((a) => ({ unitId: a.unitId, subject: a.subject, points: a.points.toNumber(), reason: a.reason, createdAt: a.createdAt, statusLabel: APPEAL_STATUS_LABELS[a.status], decisionReason: a.decisionReason, decidedAt: a.decidedAt }));
  }

  countAppeals(year: number, status: 'OPEN' | null, db: Db = this.prisma) {
    return db.appeal.count({ where: { year, ...(status ? { status } : {}) } });
  }

  /** Reopening a year voids the appeals still open against its preliminary result. */
  closeOpenAppeals(db: Tx, year: number, reason: string, at: Date) {
    return db.appeal.updateMany({ where: { year, status: 'OPEN' }, data: { status: 'REJECTED', decisionReason: reason, decidedAt: at } });
  }

  /** Due time and accepted filing time (timeliness) of the obligations, for the deduction lines. */
  async obligationTimes(ids: readonly number[], db: Db = this.prisma): Promise<Map<number, { dueAt: Date; filedAt: Date | null }>> {
    const rows = await db.obligation.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, dueAt: true, timelinessAt: true } });
    return new Map(rows.map((r) => [r.id, { dueAt: r.dueAt, filedAt: r.timelinessAt }]));
  }
}

function groupBy<T, V>(rows: readonly T[], key: (row: T) => number, value: (row: T) => V): Map<number, V[]> {
  const map = new Map<number, V[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(value(row));
    else map.set(key(row), [value(row)]);
  }
  return map;
}

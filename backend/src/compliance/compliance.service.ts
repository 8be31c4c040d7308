import { Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { type AuthUser, scopedUnitId } from '../identity/current-user.ts';
import { invalid, ValidationFailed } from '../common/errors.ts';
import { toMetrics } from '../domain/metrics.ts';
import { figuresFromCounts } from '../records/domain/index.ts';
import { parseMonthOrQuarterOrYearRange, monthsBetween } from '../domain/periods.ts';
import { scoreFromCounts, type ScoringRules } from '../domain/score.ts';
import { fromDbDate } from '../database/db-dates.ts';
import { ScoringRulesService } from '../scoring-rules/scoring-rules.service.ts';
import type { RankingQuery, UnitCountsRow } from './compliance.dto.ts';
import { ComplianceRepository, type RangeFilter } from './compliance.repository.ts';
import { Page, parsePageRange } from '../common/list-query.ts';
import { RankingCache } from './ranking-cache.ts';
import { type CachedRanking, placesOf, updatedRanking } from './ranking-update.ts';
import { ROW_SEPARATOR } from './ranking.sql.ts';
import { JsonRows } from '../common/json-text.ts';
import { Clock } from '../clock/clock.ts';
import { roundWindow } from '../domain/rounds.ts';
import { RoundsService } from '../rounds/rounds.service.ts';

/**
 * Beyond this many units changed since a cached ranking's snapshot, it is computed whole (placing each unit's
 * row costs a little; the whole computation costs the same however many changed).
 */
const MAX_UNITS_UPDATED = 500;

@Injectable()
export class ComplianceService {
  constructor(
    private readonly clock: Clock,
    private readonly repo: ComplianceRepository,
    private readonly scoringRules: ScoringRulesService,
    private readonly cache: RankingCache,
    private readonly rounds: RoundsService,
  ) {}

  /**
   * Ranking of DESIGN.md §2.4 for a range of periods; a UNIT user sees its own row only. The current ranking
   * is cached (see RankingCache); a ranking as of a past instant is computed each time.
   */
  async ranking(q: RankingQuery, user: AuthUser) {
    const range = await this.range(q, async () => {
      const { month } = await this.rounds.at(q.asOf ? new Date(q.asOf) : null, q.stream ?? null);
      return { from: month, to: month };
    });
    const scope = scopedUnitId(user);
    const all = q.asOf ? await this.computeRanking(range, new Date(q.asOf), this.clock.now()) : await this.currentRanking(range);
    const rows = scope === null ? all : all.only(scope);
    if (!q.range) return rows.all();
    const page = parsePageRange(q.range);
    return new Page('ranking', rows.slice(page.start, page.end + 1), rows.length, page.start);
  }

  /**
   * The ranking now: its JSON, serialised once per computation (see RankingCache). After a filing, only the
   * rows of the units it changed are computed again and placed among the others (ranking-update.ts).
   */
  private async currentRanking(range: Omit<RangeFilter, 'unitId'>): Promise<JsonRows> {
    const now = this.clock.now();
    const key = `${range.fromMonth}|${range.toMonth}|${range.streamCode ?? ''}`;
    const expiry = async () => {
      const next = await this.repo.nextDueAfter({ ...range, unitId: null }, now);
      return next ? next.getTime() + 1 : Number.POSITIVE_INFINITY;
    };
    const ranking = await this.cache.get<CachedRanking>(
      key,
      now.getTime(),
      (since) => this.repo.changedSince(since),
      async () => {
        const [rows, expiresAt] = await Promise.all([this.computeRanking(range, null, now), expiry()]);
        return { value: { rows, places: null }, expiresAt };
      },
      async (previous, since) => {
        const rules = await this.scoringRules.rulesFor(Number(range.toMonth.slice(0, 4)));
        const options = { maxUnits: MAX_UNITS_UPDATED, withSortOrders: previous.places === null };
        const [delta, expiresAt] = await Promise.all([this.repo.rankingDelta({ ...range, unitId: null }, since, now, rules, options), expiry()]);
        const places = delta && (previous.places ?? placesOf(previous.rows, delta.sortOrders!));
        if (!delta || !places) return null;
        const updated = updatedRanking(previous.rows, places, new Set(delta.units), delta.rows);
        return { value: { rows: JsonRows.ofArray(updated.text, ROW_SEPARATOR), places: updated.places }, expiresAt, snapshot: delta.snapshot };
      },
    );
    return ranking.rows;
  }

  /**
   * Hourly: forgets change rows of the last hour's past. A cached ranking lives at most RANKING_MAX_AGE and a
   * transaction at most minutes, so no snapshot a cache holds can miss a change that old.
   */
  @Cron('0 23 * * * *', { timeZone: 'Asia/Shanghai', name: 'data-changes-prune' })
  pruneDataChanges(): Promise<number> {
    return this.repo.pruneChanges();
  }

  /**
   * The ranking rows in rank order as JSON, aggregated, scored, ranked and serialised by the database (the rules
   * of domain/ranking.ts in ranking.sql.ts).
   */
  private async computeRanking(range: Omit<RangeFilter, 'unitId'>, asOf: Date | null, now: Date): Promise<JsonRows> {
    const rules = await this.scoringRules.rulesFor(Number(range.toMonth.slice(0, 4)));
    return JsonRows.ofArray(await this.repo.rankedRows({ ...range, unitId: null }, asOf, now, rules), ROW_SEPARATOR);
  }

  /** Units × months of statuses (one cell per month, one entry per stream owed that month). */
  async matrix(q: RankingQuery, user: AuthUser) {
    const scope = scopedUnitId(user);
    const asOf = q.asOf ? new Date(q.asOf) : null;
    const rounds = await this.rounds.at(asOf, q.stream ?? null);
    const range = await this.range(q, async () => roundWindow(rounds));
    const page = q.range ? parsePageRange(q.range) : null;
    const units = await this.repo.activeUnits(scope, page && { skip: page.start, take: page.end - page.start + 1 });
    const unitIds = page ? units.items.map((u) => u.id) : undefined;
    const rows = await this.repo.matrix({ ...range, unitId: scope, unitIds }, asOf, this.clock.now());
    const months = monthsBetween(range.fromMonth, range.toMonth);
    type Cell = { obligationId: number; streamCode: string; period: string; status: string; daysLate: number | null };
    const byUnit = new Map<number, Record<string, Cell[]>>();
    for (const r of rows) {
      const cells = byUnit.get(r.unit_id) ?? {};
      const month = fromDbDate(r.report_month).slice(0, 7);
      (cells[month] ??= []).push({
        obligationId: r.obligation_id,
        streamCode: r.stream_code,
        period: r.period,
        status: r.status,
        daysLate: r.days_late,
      });
      byUnit.set(r.unit_id, cells);
    }
    return {
      from: range.fromMonth,
      to: range.toMonth,
      open: rounds.open && months.includes(rounds.open) ? rounds.open : null,
      stream: q.stream ?? null,
      months,
      total: units.total,
      rows: units.items.map((u) => ({ unitId: u.id, unitName: u.name, cells: byUnit.get(u.id) ?? {} })),
    };
  }

  /** One unit's counts with its rates and score under `rules` (shared by the ranking, circulars, assessments). */
  scoreRow(r: UnitCountsRow, rules: ScoringRules) {
    const metrics = toMetrics(r);
    return {
      unitId: r.unit_id,
      unitName: r.unit_name,
      sortOrder: r.sort_order,
      ...metrics,
      ...figuresFromCounts({ recordsFiled: r.records_filed, recordsValid: r.records_valid, recordsLate: r.records_late }),
      hasContact: r.has_contact,
      score: scoreFromCounts(metrics, r.has_contact, rules),
    };
  }

  /** The range asked for, or (neither bound given) the default of `fallback`; one bound alone stands for both. */
  private async range(q: RankingQuery, fallback: () => Promise<{ from: string; to: string }>): Promise<Omit<RangeFilter, 'unitId'>> {
    const asked = q.from ?? q.to;
    const { from, to } = asked ? { from: q.from ?? asked, to: q.to ?? asked } : await fallback();
    const range = parseMonthOrQuarterOrYearRange(from, to);
    if (!range) throw new ValidationFailed({ to: '结束期间不能早于开始期间' });
    if (q.stream && !(await this.repo.streamExists(q.stream))) throw invalid('stream', '报送事项不存在');
    return { ...range, streamCode: q.stream ?? null };
  }
}

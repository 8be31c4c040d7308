import type { YearRules } from '@credit/contract/api';
import { Injectable } from '@nestjs/common';
import { AuditTrail } from '../audit-events/audit-trail.service.ts';
import { conflict } from '../common/errors.ts';
import type { Db, Tx } from '../database/prisma.service.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { Clock } from '../clock/clock.ts';
import { schemeFromSimpleRules } from '../domain/assessment-scheme.ts';
import { DEFAULT_GRADE_BANDS, type GradeBand } from '../domain/grades.ts';
import type { AssessmentScheme } from '../domain/assessment-scheme.ts';

/** The scheme of a year as stored and scored: categories, rules, bonus cap and grade bands. */
export type YearScheme = AssessmentScheme & { grades: GradeBand[] };
import { DEFAULT_SCORING_RULES, type ScoringRules } from '../domain/score.ts';
import type { AuthUser } from '../identity/current-user.ts';
import type { ScoringRulesDto } from './scoring-rules.dto.ts';
import { ScoringRulesRepository } from './scoring-rules.repository.ts';
import { yearLockedMessage, type YearStatus } from './year-lock.sql.ts';

/**
 * The scoring rules of a year (DESIGN.md §2.4) and the year lock that freezes them with its assessment (§2.7):
 * the ranking, the circulars and the assessment read the rules here; every write a finalised year refuses
 * takes the lock here first.
 */
@Injectable()
export class ScoringRulesService {
  constructor(
    private readonly repo: ScoringRulesRepository,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  async rulesFor(year: number): Promise<ScoringRules> {
    const row = await this.repo.find(year);
    if (!row) return { ...DEFAULT_SCORING_RULES };
    return {
      latePerReport: row.latePerReport.toNumber(),
      missingPerReport: row.missingPerReport.toNumber(),
      excusedPerReport: row.excusedPerReport.toNumber(),
      noContact: row.noContact.toNumber(),
    };
  }

  /** The year's assessment scheme: the one saved for it, else its simple rules as one category of 100 points. */
  async schemeFor(year: number, db?: Db): Promise<YearScheme> {
    const row = await this.repo.findScheme(year, db);
    if (row) return row.scheme as unknown as YearScheme;
    return { ...schemeFromSimpleRules(await this.rulesFor(year)), grades: [...DEFAULT_GRADE_BANDS] };
  }

  async getScheme(year: number) {
    return { year, isDefault: !(await this.repo.findScheme(year)), scheme: await this.schemeFor(year) };
  }

  /** Saves the year's scheme (an open year only); the scheme replaces the simple rules for the assessment. */
  async saveScheme(year: number, scheme: YearScheme, user: AuthUser) {
    await this.audit.update({
      user,
      resource: 'assessment-schemes',
      load: async () => ({ id: year, ...(await this.schemeFor(year)) }),
      work: async (tx) => {
        await this.assertYearOpen(tx, year);
        await this.repo.saveScheme(tx, year, scheme as unknown as Prisma.InputJsonValue, this.clock.now());
        return { id: year, ...scheme };
      },
    });
    return this.getScheme(year);
  }

  async getRules(year: number): Promise<YearRules> {
    return { year, ...(await this.rulesFor(year)), isDefault: !(await this.repo.find(year)) };
  }

  async saveRules(year: number, dto: ScoringRulesDto, user: AuthUser) {
    await this.audit.update({
      user,
      resource: 'scoring-rules',
      load: async () => ({ id: year, ...(await this.rulesFor(year)) }),
      work: async (tx) => {
        // The rules of a finalised year are frozen with its assessment (DESIGN.md §2.7).
        await this.assertYearOpen(tx, year);
        await this.repo.save(tx, year, dto);
        return { id: year, ...dto };
      },
    });
    return this.getRules(year);
  }

  /** Takes the year's lock until the transaction ends; the year's status. */
  lockYear(tx: Tx, year: number): Promise<YearStatus> {
    return this.repo.lockYear(tx, year);
  }

  /** Takes the year's lock; a year not open (初评 published, or finalised) is a 409. */
  async assertYearOpen(tx: Tx, year: number): Promise<void> {
    const status = await this.repo.lockYear(tx, year);
    if (status !== 'OPEN') throw conflict(yearLockedMessage(year, status));
  }
}

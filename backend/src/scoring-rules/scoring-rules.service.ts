import type { YearRules } from '@credit/contract/api';
import { Injectable } from '@nestjs/common';
import { AuditTrail } from '../audit-events/audit-trail.service.ts';
import { conflict } from '../common/errors.ts';
import type { Tx } from '../database/prisma.service.ts';
import { DEFAULT_SCORING_RULES, type ScoringRules } from '../domain/score.ts';
import type { AuthUser } from '../identity/current-user.ts';
import type { ScoringRulesDto } from './scoring-rules.dto.ts';
import { ScoringRulesRepository } from './scoring-rules.repository.ts';
import { yearFinalisedMessage } from './year-lock.sql.ts';

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

  /** Takes the year's lock until the transaction ends; true when the year's assessment is finalised. */
  lockYear(tx: Tx, year: number): Promise<boolean> {
    return this.repo.lockYear(tx, year);
  }

  /** Takes the year's lock; a finalised year is a 409. */
  async assertYearOpen(tx: Tx, year: number): Promise<void> {
    if (await this.repo.lockYear(tx, year)) throw conflict(yearFinalisedMessage(year));
  }
}

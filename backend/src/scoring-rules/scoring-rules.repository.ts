import { Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client.ts';
import { type Db, PrismaService, type Tx } from '../database/prisma.service.ts';
import { assessmentYearStatus, lockAssessmentYear, type YearStatus } from './year-lock.sql.ts';

@Injectable()
export class ScoringRulesRepository {
  constructor(private readonly prisma: PrismaService) {}

  find(year: number) {
    return this.prisma.scoringRules.findUnique({ where: { year } });
  }

  findScheme(year: number, db: Db = this.prisma) {
    return db.assessmentScheme.findUnique({ where: { year } });
  }

  saveScheme(db: Tx, year: number, scheme: Prisma.InputJsonValue, at: Date) {
    return db.assessmentScheme.upsert({ where: { year }, create: { year, scheme, updatedAt: at }, update: { scheme, updatedAt: at } });
  }

  save(db: Tx, year: number, data: Omit<Prisma.ScoringRulesCreateInput, 'year'>) {
    return db.scoringRules.upsert({ where: { year }, create: { year, ...data }, update: data });
  }

  /** Takes the lock of the year's assessment (until the transaction ends) and reads the year's status. */
  async lockYear(db: Tx, year: number): Promise<YearStatus> {
    await db.$executeRaw(lockAssessmentYear(year));
    const [row] = await db.$queryRaw<{ status: YearStatus }[]>(assessmentYearStatus(year));
    return row?.status ?? 'OPEN';
  }
}

import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.ts';
import { PrismaService } from '../database/prisma.service.ts';
import { toDbDate } from '../database/db-dates.ts';
import { shanghaiDate } from '../domain/dates.ts';
import { generatePassword } from '../identity/passwords.ts';
import { UsersService } from '../users/users.service.ts';
import { readPlan } from './plan.ts';
import { SeedRepository } from './seed.repository.ts';
import { Settings } from '../settings/settings.service.ts';
import { Clock } from '../clock/clock.ts';
import { TransactionRunner } from '../database/transaction-runner.ts';

export interface SeedResult {
  units: number;
  streams: number;
  assignments: number;
  settings: number;
  /** Set only when this run created the first admin with a generated password. */
  generatedAdminPassword?: string;
  adminCreated: boolean;
}

/** Seeds the plan's units, streams and assignments, the office's details and the first admin. Idempotent. */
@Injectable()
export class SeedService {
  private readonly logger = new Logger('Seed');

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
    private readonly repo: SeedRepository,
    private readonly users: UsersService,
    private readonly settings: Settings,
  ) {}

  async run(): Promise<SeedResult> {
    const plan = await readPlan();
    const trackingStart = this.config.trackingStart ?? shanghaiDate(this.clock.now()).slice(0, 7);
    const validFrom = toDbDate(`${trackingStart}-01`);

    // What the seed creates is dated by the app's clock, like everything else (not by the database's now()).
    const createdAt = this.clock.now();
    const counts = await this.transactions.run(async (tx) => {
      const units = await this.repo.insertUnits(tx, plan.units.map((name, i) => ({ name, sortOrder: i + 1, createdAt })));
      const streams = await this.repo.insertStreams(
        tx,
        plan.streams.map((s) => ({
          code: s.code,
          name: s.name,
          cadence: s.cadence,
          dueDay: s.dueDay,
          sortOrder: s.sortOrder,
          requiresCounts: s.requiresCounts,
          recordKinds: s.recordKinds,
          since: s.since ? toDbDate(s.since) : null,
          description: s.description,
          createdAt,
        })),
      );
      const unitId = new Map((await this.repo.unitIdsByName(tx)).map((u) => [u.name, u.id]));
      const streamId = new Map((await this.repo.streamIdsByCode(tx)).map((s) => [s.code, s.id]));
      const taken = new Set((await this.repo.assignedPairs(tx)).map((a) => `${a.unitId}:${a.streamId}`));
      const rows = plan.streams.flatMap((s) =>
        (s.units === 'ALL' ? plan.units : s.units)
          .map((name) => ({ unitId: unitId.get(name), streamId: streamId.get(s.code) }))
          .filter((r): r is { unitId: number; streamId: number } => r.unitId !== undefined && r.streamId !== undefined)
          .filter((r) => !taken.has(`${r.unitId}:${r.streamId}`))
          .map((r) => ({ ...r, validFrom, createdAt })),
      );
      const assignments = await this.repo.insertAssignments(tx, rows);
      const settings = await this.repo.insertSettings(tx, {
        office: plan.office,
        'tracking.start': trackingStart,
      });
      // An office row seeded before a field was added to the plan gets that field (what is stored stays).
      await this.settings.addMissingFields(tx, 'office', plan.office);
      return { units, streams, assignments, settings };
    });

    const admin = await this.ensureAdmin();
    return { ...counts, ...admin };
  }

  /**
   * The first start creates `admin`; a start that finds no active administrator (the last one deactivated,
   * demoted or deleted by hand in the database) re-creates access the same way: `admin` with ADMIN_PASSWORD,
   * or with a generated password printed once.
   */
  private async ensureAdmin(): Promise<Pick<SeedResult, 'adminCreated' | 'generatedAdminPassword'>> {
    if (await this.repo.hasActiveAdmin(this.prisma)) return { adminCreated: false };
    const password = this.config.adminPassword ?? generatePassword();
    const outcome = await this.users.restoreAdmin(password);
    if (outcome === 'present') return { adminCreated: false };
    if (outcome === 'restored') this.logger.warn('No active administrator was found: "admin" has been re-activated with ADMIN_PASSWORD or the password below');
    if (this.config.adminPassword) return { adminCreated: outcome === 'created' };
    this.logger.warn(`Administrator "admin" ${outcome === 'created' ? 'created' : 'restored'} with password: ${password} (shown once; change it after signing in)`);
    return { adminCreated: outcome === 'created', generatedAdminPassword: password };
  }
}

// The reusable history generator: a year (or any number of months) of realistic filings, reviews,
// explanations and exemptions for any number of units, written set-based. `npm run demo` uses it for the
// 33 units of the plan; the province-scale benchmark uses it for 10,000.
import type { INestApplicationContext } from '@nestjs/common';
import { Clock } from '../clock/clock.ts';
import { PrismaService } from '../database/prisma.service.ts';
import { shanghaiDate } from '../domain/dates.ts';
import { addMonths } from '../domain/months.ts';
import { ObligationsService } from '../obligations/obligations.service.ts';
import { DemoRepository } from './demo.repository.ts';
import { planContacts } from './history-people.ts';
import { planHistory } from './history-plan.ts';

export interface HistoryOptions {
  /** Units that get a history, the first ones in the office's order; synthetic units are added beyond the existing ones. Default: all active units. */
  units?: number;
  /** Months of history before the current month (which is included too). Default 12. */
  months?: number;
  /** The same seed tells the same story. Default 'demo'. */
  seed?: string | number;
  /** The history ends here (default: now); nothing is dated later. */
  now?: Date;
  /** Give units without contacts a primary contact (and often a leader). Default true. */
  contacts?: boolean;
  /** Rows per insert statement. */
  batchSize?: number;
}

export interface HistoryResult {
  fromMonth: string;
  units: number;
  unitsAdded: number;
  obligations: number;
  submissions: number;
  explanations: number;
  exemptions: number;
  contacts: number;
  statesRefreshed: number;
}

export class HistoryAlreadyPresent extends Error {}

const UNITS_PER_SLICE = 500;

async function inBatches<T>(rows: T[], size: number, insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

export class HistoryGenerator {
  constructor(
    private readonly repo: DemoRepository,
    private readonly obligations: ObligationsService,
    private readonly clock: Clock,
  ) {}

  async generate(options: HistoryOptions = {}): Promise<HistoryResult> {
    if (await this.repo.hasFacts()) {
      throw new HistoryAlreadyPresent('This database already holds filings: a history is only written into an untouched one.');
    }
    const now = options.now ?? this.clock.now();
    const seed = options.seed ?? 'demo';
    const batchSize = options.batchSize ?? 20_000;
    const currentMonth = shanghaiDate(now).slice(0, 7);
    const fromMonth = addMonths(currentMonth, -(options.months ?? 12));
    const validFrom = `${fromMonth}-01`;

    const unitsAdded = options.units ? await this.repo.addUnitsUpTo(options.units, validFrom) : 0;
    const units = await this.repo.units(options.units ?? Number.MAX_SAFE_INTEGER);
    const unitIds = units.map((u) => u.id);
    await this.repo.backdateAssignments(unitIds, validFrom);
    // The stock reports (一次性): the office set their date some months ago.
    await this.repo.setOneOffDueDates(`${addMonths(currentMonth, -7)}-20`);
    await this.obligations.generate(now);

    let contacts = 0;
    if (options.contacts !== false) {
      const without = new Set(await this.repo.unitsWithoutContacts(unitIds));
      const rows = planContacts(units.filter((u) => without.has(u.id)), seed);
      await inBatches(rows, batchSize, async (b) => (contacts += await this.repo.insertContacts(b)));
    }

    // Unit by unit in slices: a province's years of history never sit in memory at once. Each obligation's
    // story depends on itself and the seed only, so slicing does not change it.
    const adminId = await this.repo.firstAdminId();
    const totals = { obligations: 0, submissions: 0, explanations: 0, exemptions: 0 };
    for (let i = 0; i < unitIds.length; i += UNITS_PER_SLICE) {
      const obligations = await this.repo.obligations(unitIds.slice(i, i + UNITS_PER_SLICE), fromMonth);
      const plan = planHistory(obligations, seed, now);
      await inBatches(plan.submissions, batchSize, (b) => this.repo.insertSubmissions(b, adminId));
      await inBatches(plan.explanations, batchSize, (b) => this.repo.insertExplanations(b, adminId));
      await inBatches(plan.exemptions, batchSize, (b) => this.repo.insertExemptions(b, adminId));
      totals.obligations += obligations.length;
      totals.submissions += plan.submissions.length;
      totals.explanations += plan.explanations.length;
      totals.exemptions += plan.exemptions.length;
    }
    const statesRefreshed = await this.repo.refreshAllStates();

    return {
      fromMonth,
      units: units.length,
      unitsAdded,
      ...totals,
      contacts,
      statesRefreshed,
    };
  }
}

/** Runs the generator inside a started app (the demo, the benchmark, the tests). */
export function generateHistory(app: INestApplicationContext, options?: HistoryOptions): Promise<HistoryResult> {
  const generator = new HistoryGenerator(new DemoRepository(app.get(PrismaService)), app.get(ObligationsService), app.get(Clock));
  return generator.generate(options);
}

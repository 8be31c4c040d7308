// The district plan's registry (召政〔2018〕3号 三(五)), kept as data in prisma/seed/plan.json.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { RecordKind } from '../generated/prisma/client.ts';

export interface PlanStream {
  code: string;
  name: string;
  cadence: 'MONTHLY' | 'QUARTERLY' | 'YEARLY' | 'ONCE';
  dueDay: number;
  sortOrder: number;
  since: string | null;
  description: string;
  /** 'ALL' = every unit of the plan. */
  units: 'ALL' | string[];
  requiresCounts: boolean;
  /** The kinds of record the stream takes as an import (RECORDS.md §1). */
  recordKinds: RecordKind[];
}

export interface Plan {
  source: string;
  office: Record<string, string>;
  units: string[];
  streams: PlanStream[];
}

export const PLAN_FILE = path.resolve(import.meta.dirname, '..', '..', '..', 'prisma', 'seed', 'plan.json');

export async function readPlan(file = PLAN_FILE): Promise<Plan> {
  return JSON.parse(await readFile(file, 'utf8')) as Plan;
}

// Shared steps of the notices suites: an app wired to the in-process SMTP server, obligations generated,
// contacts with e-mail addresses, runs of the job, and filings recorded on a given day.
import type { RunResult } from '@credit/contract/api';
import { expect } from '@jest/globals';
import { ObligationsService } from '../../backend/src/obligations/obligations.service.ts';
import { TestSmtp } from './smtp.ts';
import { bearer, startTestApp, type TestApp } from './test-app.ts';

export const PUBLIC_URL = 'https://xyb.example.gov.cn';
export const OFFICE_EMAIL = 'fgw5859@126.com';

export type { RunNotice, RunResult } from '@credit/contract/api';

export interface ChaseApp {
  t: TestApp;
  admin: string;
  smtp: TestSmtp | null;
  unitId(name: string): number;
  /** Obligation id of a unit's report for a stream and period. */
  obligation(unit: string, period: string, stream?: string): Promise<number>;
  run(asOf: string, dryRun?: boolean): Promise<RunResult>;
  /** The office records a filing (NO_DATA with a reason) received at `receivedAt`. */
  file(unit: string, period: string, receivedAt: string, stream?: string): Promise<void>;
  contact(unit: string, name: string, email: string, flags?: { primary?: boolean; leader?: boolean }): Promise<void>;
  close(): Promise<void>;
}

/**
 * A test app on its own database (or `databaseUrl`'s), obligations generated up to `generatedUpTo`, and,
 * unless `mail` is false, an SMTP server the app mails to.
 */
export async function startChaseApp(
  options: { generatedUpTo?: string; mail?: boolean; smtp?: TestSmtp; databaseUrl?: string } = {},
): Promise<ChaseApp> {
  const smtp = options.mail === false ? null : (options.smtp ?? (await TestSmtp.start()));
  const env: Record<string, string> = { PUBLIC_URL, ...(smtp ? { SMTP_URL: smtp.url } : {}) };
  const t = await startTestApp(env, options.databaseUrl ? { databaseUrl: options.databaseUrl } : {});
  if (options.generatedUpTo) await t.app.get(ObligationsService).generate(new Date(options.generatedUpTo));
  const admin = await t.adminToken();
  const units = new Map((await t.prisma.unit.findMany()).map((u) => [u.name, u.id]));
  const unitId = (name: string) => {
    const id = units.get(name);
    if (id === undefined) throw new Error(`no unit ${name}`);
    return id;
  };
  const obligation = async (unit: string, period: string, stream = 'SGS_MONTHLY') =>
    (await t.prisma.obligation.findFirstOrThrow({ where: { unitId: unitId(unit), period, stream: { code: stream } } })).id;

  return {
    t,
    admin,
    smtp,
    unitId,
    obligation,
    async run(asOf, dryRun = false) {
      const res = await t.http().post('/api/notices/jobs/run').set(bearer(admin)).send({ asOf, dryRun });
      if (res.status !== 200) throw new Error(`run ${asOf}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body as RunResult;
    },
    async file(unit, period, receivedAt, stream) {
      const res = await t
        .http()
        .post('/api/submissions')
        .set(bearer(admin))
        .send({ obligationId: await obligation(unit, period, stream), kind: 'NO_DATA', reason: '本期未产生相关信息', receivedAt });
      expect(res.status).toBe(201);
    },
    async contact(unit, name, email, flags = {}) {
      const res = await t
        .http()
        .post('/api/contacts')
        .set(bearer(admin))
        .send({ unitId: unitId(unit), name, email, primary: flags.primary ?? false, leader: flags.leader ?? false });
      expect(res.status).toBe(201);
    },
    async close() {
      await t.close();
      if (!options.smtp) await smtp?.down();
    },
  };
}

/** Kinds noticed to a unit by a run, in order. */
export const kindsFor = (result: RunResult, unitId: number) =>
  result.notices.filter((n) => n.unitId === unitId).map((n) => n.kind);

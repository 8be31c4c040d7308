// A realistic reporting history built through the API (filings recorded by the office with their received
// time, reviews, explanations, exemptions), shared by the circular, assessment and report suites.
import { ObligationsService } from '../../backend/src/obligations/obligations.service.ts';
import { bearer, type TestApp } from './test-app.ts';

export const COUNTS = { legalPersonLicenses: 12, legalPersonPenalties: 3, naturalPersonLicenses: 40, naturalPersonPenalties: 1 };
const DAY = 86_400_000;

export interface ObligationRef {
  id: number;
  unitId: number;
  period: string;
  streamCode: string;
  dueAt: Date;
}

export interface Scenario {
  admin: string;
  /** The plan's units in their order. */
  units: { id: number; name: string }[];
  /** The obligations of a unit whose period lies in the months (inclusive), in period then stream order. */
  obligations(unit: number, fromMonth: string, toMonth: string, streamCode?: string): Promise<ObligationRef[]>;
  /** POSTs as the office and fails loudly on an unexpected status. */
  post(url: string, body: object, expected?: number): Promise<Record<string, unknown>>;
  /** Files (`daysFromDue` days from the due time; negative = early) and accepts. */
  fileAndAccept(o: ObligationRef, daysFromDue: number, extra?: object): Promise<number>;
  /** An explanation for a missed obligation, accepted by the office. */
  excuse(o: ObligationRef, text?: string): Promise<void>;
  addContact(unit: number): Promise<void>;
}

export async function buildScenario(t: TestApp): Promise<Scenario> {
  const admin = await t.adminToken();
  await t.app.get(ObligationsService).generate(new Date('2026-11-27T10:00:00+08:00'));
  const units = await t.prisma.unit.findMany({ orderBy: { sortOrder: 'asc' }, select: { id: true, name: true } });

  const post = async (url: string, body: object, expected = 201) => {
    const res = await t.http().post(url).set(bearer(admin)).send(body);
    if (res.status !== expected) throw new Error(`${url} ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as Record<string, unknown>;
  };

  return {
    admin,
    units,
    post,
    async obligations(unit, fromMonth, toMonth, streamCode) {
      const rows = await t.prisma.obligation.findMany({
        where: {
          unitId: units[unit]!.id,
          reportMonth: { gte: new Date(`${fromMonth}-01T00:00:00Z`), lte: new Date(`${toMonth}-01T00:00:00Z`) },
          ...(streamCode ? { stream: { code: streamCode } } : {}),
        },
        include: { stream: { select: { code: true, sortOrder: true } } },
      });
      return rows
        .sort((a, b) => a.period.localeCompare(b.period) || a.stream.sortOrder - b.stream.sortOrder)
        .map((o) => ({ id: o.id, unitId: o.unitId, period: o.period, streamCode: o.stream.code, dueAt: o.dueAt }));
    },
    async fileAndAccept(o, daysFromDue, extra = { kind: 'DATA', counts: COUNTS }) {
      const receivedAt = new Date(o.dueAt.getTime() + daysFromDue * DAY - (daysFromDue < 0 ? 0 : 3_600_000)).toISOString();
      const body = o.streamCode === 'SGS_MONTHLY' ? extra : { kind: 'NO_DATA', reason: '本月未产生相关信息' };
      const submission = await post('/api/submissions', { obligationId: o.id, receivedAt, ...body });
      await post('/api/reviews', { submissionId: submission.id, decision: 'ACCEPT' });
      return submission.id as number;
    },
    async excuse(o, text = '原联系人调岗，新联系人尚未交接') {
      const e = await post('/api/explanations', { obligationId: o.id, category: 'STAFF_CHANGE', text });
      await post(`/api/explanations/${e.id}/decision`, { decision: 'ACCEPT' }, 200);
    },
    async addContact(unit) {
      await t.prisma.contact.create({ data: { unitId: units[unit]!.id, name: `联系人${unit}`, primary: true } });
    },
  };
}

// A cached ranking brought up to date after a change (compliance/ranking-update.ts): after each kind of write the
// answer is, text for text, the ranking computed whole at that moment, and it was not computed whole (only the
// rows of the units the change named) — except after a change to every unit (the scoring rules), which is.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { ComplianceRepository } from '../backend/src/compliance/compliance.repository.ts';
import { parseMonthOrQuarterOrYearRange } from '../backend/src/domain/periods.ts';
import { ScoringRulesService } from '../backend/src/scoring-rules/scoring-rules.service.ts';
import { buildScenario, COUNTS, type Scenario } from './support/scenario.ts';
import { bearer, startTestApp, type TestApp } from './support/test-app.ts';

const PERIODS = ['2026-Q3', '2026'];

describe('a cached ranking updated after a change = the ranking computed whole', () => {
  let t: TestApp;
  let s: Scenario;
  let repo: ComplianceRepository;
  let created = 0;

  const api = async (from: string) => {
    const res = await t.http().get('/api/compliance/ranking').query({ from, to: from }).set(bearer(s.admin));
    expect(res.status).toBe(200);
    return res.text;
  };
  /** The ranking computed whole now, as the database writes it (what the API answers when nothing is cached). */
  const whole = async (from: string) => {
    const range = parseMonthOrQuarterOrYearRange(from, from)!;
    const rules = await t.app.get(ScoringRulesService).rulesFor(Number(range.toMonth.slice(0, 4)));
    return repo.rankedRows({ ...range, streamCode: null, unitId: null }, null, t.clock.now(), rules);
  };
  const unitId = (i: number) => s.units[i]!.id;
  const put = async (url: string, body: object) => {
    const res = await t.http().put(url).set(bearer(s.admin)).send(body);
    expect(res.status).toBe(200);
  };

  beforeAll(async () => {
    t = await startTestApp({ TRACKING_START: '2026-01' });
    s = await buildScenario(t);
    repo = t.app.get(ComplianceRepository);
    await s.addContact(0);
    for (const unit of [0, 1, 2]) for (const o of await s.obligations(unit, '2026-07', '2026-09')) await s.fileAndAccept(o, -1);
    for (const [i, o] of (await s.obligations(3, '2026-07', '2026-09')).entries()) await s.fileAndAccept(o, i === 0 ? 4 : -1);
  });
  afterAll(() => t.close());

  it.each<[string, (() => Promise<unknown>) | null, 'rows' | 'whole']>([
    ['nothing changed', null, 'rows'],
    ['a filing, still in review', async () => {
      const [o] = await s.obligations(4, '2026-09', '2026-09', 'SGS_MONTHLY');
      await s.post('/api/submissions', { obligationId: o!.id, kind: 'DATA', counts: COUNTS });
    }, 'rows'],
    ['filings accepted late, moving a unit past its peers', async () => {
      for (const o of await s.obligations(5, '2026-07', '2026-09')) await s.fileAndAccept(o, 2);
    }, 'rows'],
    ['an explanation accepted (excused)', async () => s.excuse((await s.obligations(6, '2026-08', '2026-08'))[0]!), 'rows'],
    ['a contact added (the score without the no-contact deduction)', () => s.addContact(1), 'rows'],
    ['a unit renamed', () => put(`/api/units/${unitId(2)}`, { name: '区统计局（更名）' }), 'rows'],
    ['a unit moved in the plan: it changes places with its peers', () => put(`/api/units/${unitId(7)}`, { sortOrder: 999_999 }), 'rows'],
    ['a unit stopped (its obligations keep it in the ranking)', () => put(`/api/units/${unitId(8)}`, { active: false }), 'rows'],
    ['a new unit (nothing expected: ranked after every unit with a rate)', async () => (created = (await s.post('/api/units', { name: '区新设单位' })).id as number), 'rows'],
    ['the new unit stopped (nothing in range: it leaves the ranking)', () => put(`/api/units/${created}`, { active: false }), 'rows'],
    ['two units at once, in one transaction each', async () => {
      await put(`/api/units/${unitId(9)}`, { name: '区甲局' });
      await s.fileAndAccept((await s.obligations(10, '2026-09', '2026-09'))[0]!, -1);
    }, 'rows'],
    ['the scoring rules (every unit)', () => put('/api/compliance/scoring-rules/2026', { latePerReport: 2.5, missingPerReport: 6, excusedPerReport: 0.5, noContact: 1 }), 'whole'],
  ])('%s', async (name, write, computed) => {
    for (const from of PERIODS) await api(from); // cached
    await write?.();
    const wholly = jest.spyOn(repo, 'rankedRows');
    const updated = jest.spyOn(repo, 'rankingDelta');
    try {
      for (const from of PERIODS) expect(await api(from)).toBe(await whole(from));
      if (created) expect(JSON.parse(await api(PERIODS[0]!)).some((r: { unitId: number }) => r.unitId === created)).toBe(name.startsWith('a new unit'));
      // The API's own computations (whole() above calls rankedRows once per period itself).
      expect(wholly.mock.calls.length - PERIODS.length).toBe(computed === 'whole' ? PERIODS.length : 0);
      if (write && computed === 'rows') expect(updated.mock.calls.length).toBe(PERIODS.length);
    } finally {
      wholly.mockRestore();
      updated.mockRestore();
    }
  });
});

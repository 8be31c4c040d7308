// The ranking the database builds as JSON (compliance/ranking.sql.ts) against the pure rules it twins: the
// counts scored by ComplianceService.scoreRow (domain/metrics.ts, domain/score.ts, the records figures) and
// ranked by domain/ranking.ts rankUnits — the same rows, keys, numbers, ranks and tie order, under the default
// rules and under other rules, for months, quarters, a year, a stream, a past instant, pages and a unit's own row.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ComplianceRepository } from '../backend/src/compliance/compliance.repository.ts';
import { ComplianceService } from '../backend/src/compliance/compliance.service.ts';
import { parseMonthOrQuarterOrYearRange } from '../backend/src/domain/periods.ts';
import { rankUnits } from '../backend/src/domain/ranking.ts';
import { ROW_SEPARATOR } from '../backend/src/compliance/ranking.sql.ts';
import { ScoringRulesService } from '../backend/src/scoring-rules/scoring-rules.service.ts';
import { buildScenario, type Scenario } from './support/scenario.ts';
import { bearer, startTestApp, type TestApp } from './support/test-app.ts';

/** JSON text with each character outside ASCII as a \uXXXX escape (what JSON.parse reads back the same). */
const asciiJson = (text: string) => text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

describe('ranking built in SQL = ranking by the domain rules', () => {
  let t: TestApp;
  let s: Scenario;

  /** The ranking as the domain computes it from the database's counts (what the API answered before). */
  const byDomain = async (from: string, stream: string | null = null, asOf: Date | null = null) => {
    const range = parseMonthOrQuarterOrYearRange(from, from)!;
    const rules = await t.app.get(ScoringRulesService).rulesFor(Number(range.toMonth.slice(0, 4)));
    const counts = await t.app.get(ComplianceRepository).unitCounts({ ...range, streamCode: stream, unitId: null }, asOf, t.clock.now());
    const compliance = t.app.get(ComplianceService);
    return rankUnits(counts.map((r) => compliance.scoreRow(r, rules))).map(({ sortOrder, ...row }) => row);
  };
  const byApi = async (query: Record<string, string>, token = s.admin) => {
    const res = await t.http().get('/api/compliance/ranking').query(query).set(bearer(token));
    expect(res.status).toBe(200);
    return res;
  };

  beforeAll(async () => {
    t = await startTestApp({ TRACKING_START: '2026-01' });
    s = await buildScenario(t);
    await s.addContact(0);
    await s.addContact(3);
    // A spread of histories: on time, late by different days, excused, some filed and still in review, and
    // units with the same history (peers: one rank, the plan's order).
    for (const unit of [0, 1]) for (const o of await s.obligations(unit, '2026-07', '2026-09')) await s.fileAndAccept(o, -1);
    for (const [i, o] of (await s.obligations(2, '2026-07', '2026-09')).entries()) await s.fileAndAccept(o, i === 0 ? 3 : -1);
    // Unit 3 as unit 2 but later: the same score, rate and missing, more days late.
    for (const [i, o] of (await s.obligations(3, '2026-07', '2026-09')).entries()) await s.fileAndAccept(o, i === 0 ? 6 : -1);
    for (const [i, o] of (await s.obligations(4, '2026-01', '2026-09')).entries()) await s.fileAndAccept(o, i % 3 === 0 ? 5 : -2);
    for (const o of await s.obligations(5, '2026-09', '2026-09')) await s.excuse(o);
    for (const o of await s.obligations(6, '2026-08', '2026-08', 'SGS_MONTHLY')) {
      await s.post('/api/submissions', { obligationId: o.id, kind: 'DATA', counts: { legalPersonLicenses: 1, legalPersonPenalties: 0, naturalPersonLicenses: 0, naturalPersonPenalties: 0 } });
    }
  });
  afterAll(() => t.close());

  it.each(['2026-09', '2026-Q3', '2026', '2026-Q1'])('%s: the same rows, in the same order, with the same text', async (from) => {
    const res = await byApi({ from, to: from });
    const expected = await byDomain(from);
    expect(res.body).toEqual(expected);
    // Key order and number formatting too: the text is JSON.stringify's, with every non-ASCII character escaped
    // (the names; see ranking.sql.ts).
    expect(res.text.replaceAll(ROW_SEPARATOR, ',')).toBe(asciiJson(JSON.stringify(expected)));
    expect(res.text).toMatch(/^[\x20-\x7e\n]*$/);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(new Set(expected.map((r) => r.rank)).size).toBeLessThan(expected.length); // there are peers
  });

  it.each([
    ['区法院'], ['ASCII only'], [''], ['quote " backslash \\ slash /'], ['tab\tnewline\n'], ['𠮷 and 😀 (above U+FFFF)'], ['（全角）·—'],
  ])('json_ascii(%j) is ASCII JSON text that reads back as the name', async (name) => {
    const [row] = await t.prisma.$queryRaw<{ json: string }[]>`SELECT json_ascii(${name}) AS json`;
    expect(row!.json).toBe(asciiJson(JSON.stringify(name)));
    expect(JSON.parse(row!.json)).toBe(name);
    expect(row!.json).toMatch(/^[\x20-\x7e]*$/);
  });

  it('a renamed unit is ranked under its new name', async () => {
    const unit = s.units[1]!.id;
    const put = await t.http().put(`/api/units/${unit}`).set(bearer(s.admin)).send({ name: '区市场监督管理局（更名）' });
    expect(put.status).toBe(200);
    const rows = (await byApi({ from: '2026-Q3', to: '2026-Q3' })).body as { unitId: number; unitName: string }[];
    expect(rows.find((r) => r.unitId === unit)?.unitName).toBe('区市场监督管理局（更名）');
    expect(rows).toEqual(await byDomain('2026-Q3'));
  });

  it('a stream, and a past instant', async () => {
    expect((await byApi({ from: '2026-Q3', to: '2026-Q3', stream: 'SGS_MONTHLY' })).body).toEqual(await byDomain('2026-Q3', 'SGS_MONTHLY'));
    const asOf = new Date('2026-10-20T12:00:00+08:00');
    expect((await byApi({ from: '2026-Q3', to: '2026-Q3', asOf: asOf.toISOString() })).body).toEqual(await byDomain('2026-Q3', null, asOf));
  });

  it('other scoring rules (a floor of 0 reached, a rule of 0)', async () => {
    const put = await t.http().put('/api/compliance/scoring-rules/2026').set(bearer(s.admin))
      .send({ latePerReport: 7.25, missingPerReport: 9.5, excusedPerReport: 0, noContact: 0.75 });
    expect(put.status).toBe(200);
    const rows = (await byApi({ from: '2026', to: '2026' })).body as { score: number }[];
    expect(rows).toEqual(await byDomain('2026'));
    expect(rows.some((r) => r.score === 0)).toBe(true);
  });

  it('pages, and a unit sees its own row', async () => {
    const all = (await byApi({ from: '2026-Q3', to: '2026-Q3' })).body as { unitId: number }[];
    const page = await byApi({ from: '2026-Q3', to: '2026-Q3', range: '[2,6]' });
    expect(page.body).toEqual(all.slice(2, 7));
    expect(page.headers['content-range']).toBe(`ranking 2-6/${all.length}`);
    const past = await byApi({ from: '2026-Q3', to: '2026-Q3', range: '[100,109]' });
    expect(past.body).toEqual([]);
    const unit = s.units[4]!.id;
    const mine = await byApi({ from: '2026-Q3', to: '2026-Q3' }, await t.userToken('UNIT', unit));
    expect(mine.body).toEqual(all.filter((r) => r.unitId === unit));
  });

  it('the whole ranking carries an ETag: the same while cached, 304 when the client has it', async () => {
    const first = await byApi({ from: '2026-Q3', to: '2026-Q3' });
    const again = await t.http().get('/api/compliance/ranking').query({ from: '2026-Q3', to: '2026-Q3' }).set(bearer(s.admin)).set('If-None-Match', first.headers.etag!);
    expect(again.status).toBe(304);
    await s.addContact(7); // a change: computed anew, another tag
    const after = await byApi({ from: '2026-Q3', to: '2026-Q3' });
    expect(after.headers.etag).not.toBe(first.headers.etag);
  });
});

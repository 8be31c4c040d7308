// The latest complete round (issue 13): one backend notion, GET /api/compliance/rounds, and the default period
// of the ranking, the matrix, the trend and 附件5/6. On 2 December November's reports (due 7 December) are still
// being collected: every default is October, and November is the open month, marked as such.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generateHistory } from '../backend/src/demo/history.ts';
import { cellValue, download, readXlsx } from './support/office-files.ts';
import { bearer, startTestApp, type TestApp } from './support/test-app.ts';

const NOW = '2026-12-02T10:00:00+08:00';

describe('the latest complete round', () => {
  let t: TestApp;
  let admin: string;
  const get = (url: string, query: Record<string, string> = {}, token = admin) => t.http().get(url).query(query).set(bearer(token));

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(NOW);
    await generateHistory(t.app, { now: new Date(NOW), seed: 'rounds', months: 13 });
    admin = await t.adminToken();
  });
  afterAll(() => t.close());

  it('GET /api/compliance/rounds: October is complete, November open (due 7 December), for every role', async () => {
    const res = await get('/api/compliance/rounds');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ month: '2026-10', known: true, quarter: '2026-Q3', year: '2025', open: '2026-11', openDueAt: '2026-12-07T15:59:59.999Z' });
    const unit = await t.userToken('UNIT', (await t.prisma.unit.findFirstOrThrow({ orderBy: { sortOrder: 'asc' } })).id);
    expect((await get('/api/compliance/rounds', {}, unit)).body.month).toBe('2026-10');
  });

  it('a round completes when the last of its reports falls due: as of instants around 5 November', async () => {
    for (const [asOf, month, open] of [
      ['2026-11-05T23:00:00+08:00', '2026-09', '2026-10'],
      ['2026-11-06T00:00:00+08:00', '2026-10', '2026-11'],
      ['2026-12-08T09:00:00+08:00', '2026-11', '2026-12'],
    ]) {
      const res = await get('/api/compliance/rounds', { asOf });
      expect([asOf, res.body.month, res.body.open]).toEqual([asOf, month, open]);
    }
  });

  it('an unknown stream is a 400 in Chinese', async () => {
    const res = await get('/api/compliance/rounds', { stream: 'NOPE' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({ stream: '报送事项不存在' });
  });

  it('the ranking without from/to is the latest complete month’s, not the open one’s', async () => {
    const byDefault = await get('/api/compliance/ranking');
    const october = await get('/api/compliance/ranking', { from: '2026-10', to: '2026-10' });
    const november = await get('/api/compliance/ranking', { from: '2026-11', to: '2026-11' });
    expect(byDefault.status).toBe(200);
    expect(byDefault.body).toEqual(october.body);
    expect(byDefault.body).not.toEqual(november.body);
    expect(byDefault.body).toHaveLength(33);
    expect(byDefault.body.every((r: { expected: number }) => r.expected > 0)).toBe(true);
    // One bound alone stands for both.
    expect((await get('/api/compliance/ranking', { from: '2026-10' })).body).toEqual(october.body);
  });

  it('the matrix and the trend: the last 12 complete months, then the open one marked', async () => {
    const matrix = await get('/api/compliance/matrix');
    expect(matrix.status).toBe(200);
    expect({ from: matrix.body.from, to: matrix.body.to, open: matrix.body.open, months: matrix.body.months.length }).toEqual({
      from: '2025-11',
      to: '2026-11',
      open: '2026-11',
      months: 13,
    });
    const trend = await get('/api/dashboard/trend');
    expect(trend.status).toBe(200);
    expect({ from: trend.body.from, to: trend.body.to, open: trend.body.open }).toEqual({ from: '2025-11', to: '2026-11', open: '2026-11' });
    expect(trend.body.months.map((m: { open: boolean }) => m.open)).toEqual([...Array(12).fill(false), true]);
    // A range asked for is kept; the open month is marked only when it lies in it.
    const asked = await get('/api/dashboard/trend', { to: '2026-09', months: '3' });
    expect({ from: asked.body.from, to: asked.body.to, open: asked.body.open }).toEqual({ from: '2026-07', to: '2026-09', open: null });
    expect((await get('/api/compliance/matrix', { from: '2026-01', to: '2026-03' })).body.open).toBeNull();
  });

  it('附件5 and 附件6 without a period are the latest complete month’s', async () => {
    const summary = await download(t, admin, '/api/reports/sgs-summary.xlsx');
    expect(decodeURIComponent(summary.disposition)).toContain('（截至2026年10月）.xlsx');
    const summarySheet = (await readXlsx(summary.body)).worksheets[0]!;
    expect(String(cellValue(summarySheet, 2, 1))).toMatch(/至2026年10月（累计）$/);
    const increment = await download(t, admin, '/api/reports/sgs-increment.xlsx');
    expect(decodeURIComponent(increment.disposition)).toContain('（2026年10月）.xlsx');
    expect(cellValue((await readXlsx(increment.body)).worksheets[0]!, 2, 1)).toBe('统计期间：2026年10月（本期新增）');
  });
});

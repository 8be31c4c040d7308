// The answers of the running app hold to the contract package (@credit/contract/api) the dashboard and these
// tests type them with: each route the contract describes is called on a generated history and its JSON
// parsed with the contract's schema, which is strict (a field the server adds or drops fails here).
import { API_RESPONSES } from '@credit/contract/api';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generateHistory } from '../backend/src/demo/history.ts';
import { ADMIN_PASSWORD, bearer, startTestApp, type TestApp } from './support/test-app.ts';

const NOW = new Date('2026-09-20T12:00:00+08:00');

describe('the API answers as the contract describes', () => {
  let t: TestApp;
  let admin: string;
  let unitToken: string;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    t = await startTestApp();
    await generateHistory(t.app, { now: NOW, seed: 'contract', months: 3 });
    admin = await t.adminToken();
    // Notices to list, and ids for the routes that read one record.
    await t.http().post('/api/notices/jobs/run').set(bearer(admin)).send({ asOf: '2026-09-20' }).expect(200);
    for (const resource of ['obligations', 'notices', 'units', 'audit-events']) {
      const list = await t.http().get(`/api/${resource}?range=[0,0]`).set(bearer(admin)).expect(200);
      ids[resource] = list.body[0].id;
    }
    // An accepted filing to reopen, which its unit then withdraws (in review again).
    const accepted = await t.prisma.submission.findFirstOrThrow({ where: { review: { is: { decision: 'ACCEPT' } }, recordedByOffice: false }, include: { obligation: true } });
    ids.submissions = accepted.id;
    unitToken = await t.userToken('UNIT', accepted.obligation.unitId);
    // The bulk actions' bodies name real records: a filing waiting for review, an overdue obligation and its unit.
    const pending = await t.http().get(`/api/submissions?range=[0,0]&filter=${encodeURIComponent('{"reviewState":"PENDING"}')}`).set(bearer(admin)).expect(200);
    const overdue = await t.http().get(`/api/obligations?range=[0,1]&filter=${encodeURIComponent('{"status":"OVERDUE"}')}`).set(bearer(admin)).expect(200);
    BODIES['post /api/reviews/bulk'] = { submissionIds: [pending.body[0].id] };
    BODIES['post /api/notices/jobs/chase'] = { unitIds: [overdue.body[0].unitId] };
    BODIES['post /api/exemptions/bulk'] = { obligationIds: [overdue.body[1].id], reason: '职能划转，本期不再报送' };
  });
  afterAll(() => t.close());

  /** A request body for each write the contract describes. */
  const BODIES: Record<string, object> = {
    'post /api/auth/login': { username: 'admin', password: ADMIN_PASSWORD },
    'post /api/auth/password': { currentPassword: ADMIN_PASSWORD, newPassword: 'contract-pass-456' },
    'post /api/notices/jobs/run': { asOf: '2026-09-21', dryRun: true },
    'put /api/notices/jobs/settings': { reminderWorkdays: 3 },
    'put /api/mail/settings': { sender: 'credit@example.cn', maxAttempts: 5 },
    'put /api/compliance/scoring-rules/{year}': { latePerReport: 0.5, missingPerReport: 1, excusedPerReport: 0.25, noContact: 1 },
    'post /api/submissions/{id}/reopen': { reason: '统计数与附件不一致，重新审核' },
    'put /api/settings/return-reasons': { returnReasons: ['请加盖公章后重新报送'] },
    'put /api/settings/channels': { defaults: { reminders: ['EMAIL'], overdue: ['EMAIL', 'SMS'], decisions: ['SMS'] } },
    'post /api/settings/channels/test': { channel: 'SMS', mobile: '13800000000' },
    'put /api/units/{id}/robots': [{ kind: 'DINGTALK', webhookUrl: 'http://127.0.0.1:9/robot/send?access_token=contract1234', secret: 'SECcontract' }],
  };
  /** Routes a unit takes (the rest: the office). */
  const AS_UNIT = new Set(['post /api/submissions/{id}/withdraw']);

  const call = (key: string) => {
    const [method, path] = key.split(' ') as ['get' | 'post' | 'put', string];
    const url = path.replace('{year}', '2026').replace('{id}', () => String(ids[path.split('/')[2]]));
    const query = path === '/api/compliance/matrix' || path === '/api/compliance/ranking' ? '?from=2026-07&to=2026-09'
      : path.endsWith('/overview') || path === '/api/calendar/holidays' ? '?year=2026' : '';
    const req = t.http()[method](url + query).set(bearer(AS_UNIT.has(key) ? unitToken : admin));
    return method === 'get' ? req : req.send(BODIES[key] ?? {});
  };

  it.each(Object.keys(API_RESPONSES))('%s', async (key) => {
    const res = await call(key);
    // A new password ends the other sessions: go on with the fresh token it answers.
    if (key === 'post /api/auth/password' && res.status === 200) admin = res.body.token;
    expect([key, res.status]).toEqual([key, 200]);
    const parsed = API_RESPONSES[key].safeParse(res.body);
    expect([key, parsed.success ? 'ok' : parsed.error.issues.slice(0, 5)]).toEqual([key, 'ok']);
  });
});

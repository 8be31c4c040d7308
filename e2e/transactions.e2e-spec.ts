// Writes that mean it: every write route leaves its audit event in the same transaction, one unit's burst of
// uploads cannot stall the server, and uploads never filed are bounded per unit and swept after a day.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AttachmentsService } from '../backend/src/attachments/attachments.service.ts';
import { buildOpenApiDocument } from '../backend/src/openapi/openapi.ts';
import { VALID } from '../backend/src/records/domain/samples.ts';
import { csvFile } from './support/record-files.ts';
import { COUNTS } from './support/scenario.ts';
import { bearer, startTestApp, type TestApp } from './support/test-app.ts';

const XLSX = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(2_000, 1)]);
const WRITE_METHODS = new Set(['post', 'put', 'patch', 'delete']);
/** POSTs that only compute (a body too rich for a query string): they must write nothing, audit included. */
const READ_ONLY_POSTS = new Set(['post /api/assessments/{year}/scheme/preview']);
const SCHEME = {
  categories: [{ id: 'BS', name: '报送工作', maxPoints: 100 }],
  rules: [
    { kind: 'PER_ITEM', id: 'LATE', categoryId: 'BS', name: '迟报', cause: 'LATE', pointsEach: 0.5 },
    { kind: 'PER_ITEM', id: 'MISSING', categoryId: 'BS', name: '逾期未报', cause: 'MISSING', pointsEach: 1 },
    { kind: 'BONUS', id: 'CX', categoryId: 'BS', name: '创新做法', pointsEach: 2, cap: 4 },
  ],
  grades: [{ grade: 'PASS', minScore: 60 }, { grade: 'FAIL', minScore: 0 }],
};

type Call = { method: 'post' | 'put' | 'delete'; url: string; as?: 'ADMIN' | 'UNIT'; body?: object; file?: Buffer; fileName?: string; fields?: Record<string, string> };

describe('every write route commits its change with its audit event', () => {
  let t: TestApp;
  let admin: string;
  let unit: string;
  let unitId: number;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
    unitId = (await t.prisma.unit.findFirstOrThrow({ where: { name: '区编办' } })).id;
    unit = await t.userToken('UNIT', unitId);
  });
  afterAll(() => t.close());

  const obligation = async (period: string, code = 'SGS_MONTHLY') =>
    (await t.prisma.obligation.findFirstOrThrow({ where: { unitId, period, stream: { code } } })).id;

  const send = (c: Call) => {
    let r = t.http()[c.method](c.url).set(bearer(c.as === 'UNIT' ? unit : admin));
    for (const [k, v] of Object.entries(c.fields ?? {})) r = r.field(k, v);
    if (c.file) return r.attach('file', c.file, c.fileName ?? 'tongji.xlsx');
    return c.body ? r.send(c.body) : r;
  };

  // In order: what one step creates, a later one changes or deletes. Keyed by the route as OpenAPI names it.
  const steps: [string, () => Promise<Call>, string?][] = [
    ['post /api/units', async () => ({ method: 'post', url: '/api/units', body: { name: '区审计测试局' } }), 'unit'],
    ['put /api/units/{id}', async () => ({ method: 'put', url: `/api/units/${ids.unit}`, body: { address: '审计测试地址' } })],
    ['post /api/contacts', async () => ({ method: 'post', url: '/api/contacts', body: { unitId: ids.unit, name: '张三', primary: true } }), 'contact'],
    ['put /api/contacts/{id}', async () => ({ method: 'put', url: `/api/contacts/${ids.contact}`, body: { post: '科员' } })],
    ['delete /api/contacts/{id}', async () => ({ method: 'delete', url: `/api/contacts/${ids.contact}` })],
    ['post /api/streams', async () => ({ method: 'post', url: '/api/streams', body: { code: 'AUDIT_T', name: '审计测试事项', cadence: 'MONTHLY' } }), 'stream'],
    ['put /api/streams/{id}', async () => ({ method: 'put', url: `/api/streams/${ids.stream}`, body: { name: '审计测试事项（改）' } })],
    ['post /api/assignments', async () => ({ method: 'post', url: '/api/assignments', body: { unitId: ids.unit, streamId: ids.stream, validFrom: '2027-01-01' } }), 'assignment'],
    ['put /api/assignments/{id}', async () => ({ method: 'put', url: `/api/assignments/${ids.assignment}`, body: { validTo: '2027-06-30' } })],
    ['delete /api/assignments/{id}', async () => ({ method: 'delete', url: `/api/assignments/${ids.assignment}` })],
    ['delete /api/streams/{id}', async () => ({ method: 'delete', url: `/api/streams/${ids.stream}` })],
    ['delete /api/units/{id}', async () => ({ method: 'delete', url: `/api/units/${ids.unit}` })],
    ['post /api/users', async () => ({ method: 'post', url: '/api/users', body: { username: 'audit_leader', password: 'password-123', role: 'LEADER' } }), 'user'],
    ['put /api/users/{id}', async () => ({ method: 'put', url: `/api/users/${ids.user}`, body: { displayName: '审计测试' } })],
    ['delete /api/users/{id}', async () => ({ method: 'delete', url: `/api/users/${ids.user}` })],
    ['post /api/auth/login', async () => ({ method: 'post', url: '/api/auth/login', body: { username: 'admin', password: 'admin-pass-123' } })],
    ['post /api/auth/password', async () => ({ method: 'post', url: '/api/auth/password', as: 'UNIT', body: { currentPassword: 'password-123', newPassword: 'Password-456' } })],
    ['post /api/obligations/generate', async () => ({ method: 'post', url: '/api/obligations/generate', body: {} })],
    ['post /api/attachments', async () => ({ method: 'post', url: '/api/attachments', as: 'UNIT', file: XLSX }), 'attachment'],
    ['post /api/records/imports', async () => ({ method: 'post', url: '/api/records/imports', as: 'UNIT', fields: { obligationId: String(await obligation('2026-09')) }, file: csvFile('CF_NATURAL', [VALID.CF_NATURAL], 'utf8'), fileName: '附件3.csv' })],
    ['post /api/submissions', async () => ({ method: 'post', url: '/api/submissions', as: 'UNIT', body: { obligationId: await obligation('2026-10'), kind: 'DATA', counts: COUNTS, attachmentIds: [ids.attachment] } }), 'submission'],
    ['post /api/reviews', async () => ({ method: 'post', url: '/api/reviews', body: { submissionId: ids.submission, decision: 'ACCEPT' } })],
    ['post /api/submissions/{id}/reopen', async () => ({ method: 'post', url: `/api/submissions/${ids.submission}/reopen`, body: { reason: '附件与统计数不一致，重新审核' } })],
    ['post /api/submissions/{id}/withdraw', async () => ({ method: 'post', url: `/api/submissions/${ids.submission}/withdraw`, as: 'UNIT' })],
    ['put /api/settings/return-reasons', async () => ({ method: 'put', url: '/api/settings/return-reasons', body: { returnReasons: ['请加盖公章后重新报送'] } })],
    ['post /api/explanations', async () => ({ method: 'post', url: '/api/explanations', as: 'UNIT', body: { obligationId: await obligation('2026-09'), category: 'STAFF_CHANGE', text: '原联系人调岗，新联系人尚未交接' } }), 'explanation'],
    ['post /api/explanations/{id}/decision', async () => ({ method: 'post', url: `/api/explanations/${ids.explanation}/decision`, body: { decision: 'ACCEPT' } })],
    ['post /api/exemptions', async () => ({ method: 'post', url: '/api/exemptions', body: { obligationId: await obligation('2026-08'), reason: '职能划转，本月不再报送' } }), 'exemption'],
    ['post /api/exemptions/bulk', async () => ({ method: 'post', url: '/api/exemptions/bulk', body: { obligationIds: [await obligation('2026-07'), await obligation('2026-06')], reason: '职能划转，本期不再报送' } })],
    ['post /api/reviews/bulk', async () => ({ method: 'post', url: '/api/reviews/bulk', body: { submissionIds: [(await send({ method: 'post', url: '/api/submissions', as: 'UNIT', body: { obligationId: await obligation('2026-05'), kind: 'NO_DATA', reason: '本月未产生双公示信息' } })).body.id] } })],
    ['post /api/notices/jobs/chase', async () => ({ method: 'post', url: '/api/notices/jobs/chase', body: { unitIds: [unitId] } })],
    ['delete /api/exemptions/{id}', async () => ({ method: 'delete', url: `/api/exemptions/${ids.exemption}` })],
    ['put /api/compliance/scoring-rules/{year}', async () => ({ method: 'put', url: '/api/compliance/scoring-rules/2026', body: { latePerReport: 0.5, missingPerReport: 1, excusedPerReport: 0.25, noContact: 1 } })],
    ['post /api/assessments/{year}/adjustments', async () => ({ method: 'post', url: '/api/assessments/2026/adjustments', body: { unitId, points: 1, reason: '主动报送典型案例，予以加分' } }), 'adjustment'],
    ['delete /api/assessments/{year}/adjustments/{adjustmentId}', async () => ({ method: 'delete', url: `/api/assessments/2026/adjustments/${ids.adjustment}` })],
    ['put /api/assessments/{year}/scheme', async () => ({ method: 'put', url: '/api/assessments/2026/scheme', body: SCHEME })],
    ['post /api/assessments/{year}/exclusions', async () => ({ method: 'post', url: '/api/assessments/2026/exclusions', body: { unitId, categoryId: 'BS', reason: '职能调整，报送工作不适用' } })],
    ['delete /api/assessments/{year}/exclusions/{unitId}/{categoryId}', async () => ({ method: 'delete', url: `/api/assessments/2026/exclusions/${unitId}/BS` })],
    ['post /api/assessments/{year}/bonuses', async () => ({ method: 'post', url: '/api/assessments/2026/bonuses', as: 'UNIT', body: { category: 'CX', points: 1, reason: '推行信用承诺制，形成典型经验' } }), 'bonus'],
    ['post /api/bonuses/{id}/decision', async () => ({ method: 'post', url: `/api/bonuses/${ids.bonus}/decision`, body: { decision: 'CONFIRM' } })],
    ['post /api/assessments/{year}/finalise', async () => ({ method: 'post', url: '/api/assessments/2026/finalise' })],
    ['post /api/assessments/{year}/reopen', async () => ({ method: 'post', url: '/api/assessments/2026/reopen', body: { reason: '发现审核结论有误，重新核算' } })],
    ['post /api/assessments/{year}/preliminary', async () => ({ method: 'post', url: '/api/assessments/2026/preliminary', body: { appealWorkdays: 5 } })],
    ['post /api/assessments/{year}/appeals', async () => ({ method: 'post', url: '/api/assessments/2026/appeals', as: 'UNIT', body: { deductionId: (await t.prisma.assessmentDeduction.findFirstOrThrow({ where: { year: 2026, unitId, kind: 'PER_ITEM', points: { gt: 0 } } })).id, reason: '该月已通过公文交换报送，附回执' } }), 'appeal'],
    ['post /api/appeals/{id}/decision', async () => ({ method: 'post', url: `/api/appeals/${ids.appeal}/decision`, body: { decision: 'UPHOLD', reason: '回执属实' } })],
    ['put /api/settings/channels', async () => ({ method: 'put', url: '/api/settings/channels', body: { quietHours: { enabled: true, start: '21:00', end: '07:30' } } })],
    ['put /api/units/{id}/robots', async () => ({ method: 'put', url: `/api/units/${unitId}/robots`, as: 'UNIT', body: [{ kind: 'WECOM', name: '区编办工作群', webhookUrl: 'http://127.0.0.1:9/cgi-bin/webhook/send?key=audit-test-key' }] })],
    ['post /api/settings/channels/test', async () => ({ method: 'post', url: '/api/settings/channels/test', body: { channel: 'SMS', mobile: '13800000000' } })],
    ['put /api/mail/settings', async () => ({ method: 'put', url: '/api/mail/settings', body: { maxAttempts: 5 } })],
    ['put /api/notices/jobs/settings', async () => ({ method: 'put', url: '/api/notices/jobs/settings', body: { reminderWorkdays: 4 } })],
    ['post /api/notices/jobs/run', async () => ({ method: 'post', url: '/api/notices/jobs/run', body: { asOf: '2026-11-27' } })],
    ['post /api/notices/{id}/read', async () => ({ method: 'post', url: `/api/notices/${(await t.prisma.notice.findFirstOrThrow({ where: { unitId } })).id}/read`, as: 'UNIT' })],
    ['post /api/circulars', async () => ({ method: 'post', url: '/api/circulars', body: { year: 2026, quarter: 3 } }), 'circular'],
    ['put /api/circulars/{id}', async () => ({ method: 'put', url: `/api/circulars/${ids.circular}`, body: { title: '关于2026年第三季度信用信息报送情况的通报', body: '各有关单位：……' } })],
    ['post /api/circulars/{id}/publish', async () => ({ method: 'post', url: `/api/circulars/${ids.circular}/publish`, body: { issuedOn: '2026-11-27' } })],
    ['post /api/circulars/{id}/corrections', async () => ({ method: 'post', url: `/api/circulars/${ids.circular}/corrections`, body: { reason: '区法院7月报送的审核结论有误，予以更正' } }), 'correction'],
    ['delete /api/circulars/{id}', async () => ({ method: 'delete', url: `/api/circulars/${ids.correction}` })],
    // Last: it ends the unit's session.
    ['post /api/auth/logout', async () => ({ method: 'post', url: '/api/auth/logout', as: 'UNIT' })],
  ];

  it('the table covers every write route the app serves (a new route must say how it is audited)', () => {
    const paths = buildOpenApiDocument(t.app).paths as Record<string, Record<string, unknown>>;
    const routes = Object.entries(paths)
      .flatMap(([p, ops]) => Object.keys(ops).filter((m) => WRITE_METHODS.has(m)).map((m) => `${m} ${p}`))
      .filter((r) => !READ_ONLY_POSTS.has(r));
    expect(routes.length).toBeGreaterThan(30);
    expect(steps.map(([route]) => route).sort()).toEqual(routes.sort());
  });

  it('each write answers 2xx and adds its audit event in the same commit', async () => {
    for (const [route, call, keep] of steps) {
      const c = await call(); // (after the step's own preparation, which may write and audit too)
      const before = await t.prisma.auditEvent.count();
      const res = await send(c);
      expect({ route, status: res.status, body: res.status < 300 ? null : res.body }).toEqual({ route, status: expect.any(Number), body: null });
      expect(res.status).toBeLessThan(300);
      // An adjustment answers with the unit's assessment: the new adjustment is its last.
      if (keep) ids[keep] = keep === 'adjustment' ? res.body.adjustments.at(-1).id : res.body.id;
      if (c.as === 'UNIT' && res.body.token) unit = res.body.token; // a password change ends the old session
      expect({ route, added: (await t.prisma.auditEvent.count()) > before }).toEqual({ route, added: true });
    }
  });

  it('a read-only POST writes nothing, not even an audit event', async () => {
    const before = await t.prisma.auditEvent.count();
    const schemes = await t.prisma.assessmentScheme.count();
    const res = await send({ method: 'post', url: '/api/assessments/2026/scheme/preview', body: SCHEME });
    expect(res.status).toBe(200);
    expect([await t.prisma.auditEvent.count(), await t.prisma.assessmentScheme.count()]).toEqual([before, schemes]);
  });

  it('no attachment row exists without the audit event that created it', async () => {
    const rows = await t.prisma.attachment.findMany({ select: { id: true } });
    const audited = await t.prisma.auditEvent.findMany({ where: { resource: 'attachments', action: 'CREATE' }, select: { recordId: true } });
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(audited.map((a) => a.recordId))).toEqual(new Set(rows.map((r) => String(r.id))));
  });
});

describe('one unit uploading at once cannot stall the server', () => {
  let t: TestApp;
  let unit: string;
  beforeAll(async () => {
    t = await startTestApp({ UNATTACHED_QUOTA_MB: '1' });
    const unitId = (await t.prisma.unit.findFirstOrThrow({ where: { name: '区法院' } })).id;
    unit = await t.userToken('UNIT', unitId);
  });
  afterAll(() => t.close());

  it('40 parallel uploads: each answers 2xx, 413 or 429 within 5 s, health within 1 s meanwhile, every row audited', async () => {
    const timed = async <T>(work: () => PromiseLike<T>) => {
      const start = performance.now();
      const result = await work();
      return { result, ms: performance.now() - start };
    };
    const uploads = Array.from({ length: 40 }, (_, i) =>
      timed(() => t.http().post('/api/attachments').set(bearer(unit)).attach('file', XLSX, `第${i}份.xlsx`)),
    );
    const health: { status: number; ms: number }[] = [];
    const probe = (async () => {
      for (let i = 0; i < 5; i++) {
        const h = await timed(() => t.http().get('/api/health'));
        health.push({ status: h.result.status, ms: h.ms });
      }
    })();
    const answers = await Promise.all(uploads);
    await probe;
    const statuses = answers.map((a) => a.result.status);
    expect(statuses.filter((s) => ![201, 413, 429].includes(s))).toEqual([]);
    expect(statuses).toContain(201);
    expect(statuses).toContain(429);
    for (const a of answers.filter((x) => x.result.status === 429)) expect(a.result.body.message).toMatch(/请求过多/);
    expect(Math.max(...answers.map((a) => a.ms))).toBeLessThan(5_000);
    expect(health.every((h) => h.status === 200 && h.ms < 1_000)).toBe(true);
    const rows = await t.prisma.attachment.count();
    expect(await t.prisma.auditEvent.count({ where: { resource: 'attachments', action: 'CREATE' } })).toBe(rows);
    expect(rows).toBe(statuses.filter((s) => s === 201).length);
  });

  it('a unit holds at most its quota of uploads not yet filed (413 in Chinese); a day later they are swept', async () => {
    await t.prisma.attachment.deleteMany();
    const big = Buffer.concat([XLSX, Buffer.alloc(400 * 1024)]);
    const put = () => t.http().post('/api/attachments').set(bearer(unit)).attach('file', big, '存量.xlsx');
    expect((await put()).status).toBe(201);
    expect((await put()).status).toBe(201);
    const refused = await put();
    expect(refused.status).toBe(413);
    expect(refused.body.message).toMatch(/尚未提交的附件将超过 1 MB/);
    expect(await t.prisma.attachment.count()).toBe(2);

    const sweeper = t.app.get(AttachmentsService);
    expect(await sweeper.sweepUnattached()).toBe(0);
    t.clock.advance(25 * 3_600_000);
    expect(await sweeper.sweepUnattached()).toBe(2);
    expect(await t.prisma.auditEvent.count({ where: { resource: 'attachments', action: 'SWEEP' } })).toBe(1);
    // Tokens expire on the app's clock too: a day later the unit signs in again.
    unit = await t.userToken('UNIT', (await t.prisma.unit.findFirstOrThrow({ where: { name: '区法院' } })).id);
    expect((await put()).status).toBe(201);
  });
});

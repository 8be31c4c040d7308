// Who may file what, and bad filings: 4xx with a clear message and the database unchanged.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { ObligationsService } from '../backend/src/obligations/obligations.service.ts';
import { bearer, binaryParser, startTestApp, type TestApp } from './support/test-app.ts';

const COUNTS = { legalPersonLicenses: 1, legalPersonPenalties: 0, naturalPersonLicenses: 2, naturalPersonPenalties: 0 };
const CHINESE = /[\u4e00-\u9fff]/;
const XLSX = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]);

describe('filing rules', () => {
  let t: TestApp;
  let admin: string;
  let leader: string;
  let unitUser: string;
  let own: number[];
  let others: number[];
  let snapshot: () => Promise<unknown>;

  beforeAll(async () => {
    t = await startTestApp({ TRACKING_START: '2026-01' });
    await t.app.get(ObligationsService).generate(new Date('2026-11-27T10:00:00+08:00'));
    const [u1, u2] = await t.prisma.unit.findMany({ orderBy: { sortOrder: 'asc' }, take: 2 });
    admin = await t.adminToken();
    leader = await t.userToken('LEADER');
    unitUser = await t.userToken('UNIT', u1.id);
    const ids = async (unitId: number) =>
      (await t.prisma.obligation.findMany({ where: { unitId, stream: { code: 'SGS_MONTHLY' } }, orderBy: { period: 'asc' } })).map((o) => o.id);
    own = await ids(u1.id);
    others = await ids(u2.id);
    snapshot = async () => ({
      submissions: await t.prisma.submission.count(),
      reviews: await t.prisma.review.count(),
      explanations: await t.prisma.explanation.findMany({ orderBy: { id: 'asc' } }),
      exemptions: await t.prisma.exemption.count(),
      attachments: await t.prisma.attachment.count(),
      states: await t.prisma.obligation.findMany({ select: { id: true, state: true }, orderBy: { id: 'asc' } }),
    });
  });
  afterAll(() => t.close());

  describe('scoping', () => {
    it('a UNIT user lists only its own obligations', async () => {
      const res = await t.http().get('/api/obligations').query({ range: '[0,999]' }).set(bearer(unitUser));
      expect(res.status).toBe(200);
      expect(res.body.length).toBeGreaterThan(0);
      const unitIds = new Set(res.body.map((o: { unitId: number }) => o.unitId));
      expect(unitIds.size).toBe(1);
    });

    it('another unit’s obligation is 404 to read and to file, and nothing is written', async () => {
      const before = await snapshot();
      expect((await t.http().get(`/api/obligations/${others[0]}`).set(bearer(unitUser))).status).toBe(404);
      const filed = await t.http().post('/api/submissions').set(bearer(unitUser)).send({ obligationId: others[0], kind: 'DATA', counts: COUNTS });
      expect(filed.status).toBe(404);
      const explained = await t.http().post('/api/explanations').set(bearer(unitUser)).send({ obligationId: others[0], category: 'OTHER', text: '不是我的单位的事项' });
      expect(explained.status).toBe(404);
      expect(await snapshot()).toEqual(before);
    });

    it('a LEADER reads everything and writes nothing (403)', async () => {
      expect((await t.http().get(`/api/obligations/${others[0]}`).set(bearer(leader))).status).toBe(200);
      expect((await t.http().get('/api/compliance/ranking?from=2026-Q1&to=2026-Q1').set(bearer(leader))).status).toBe(200);
      const before = await snapshot();
      for (const [url, body] of [
        ['/api/submissions', { obligationId: own[0], kind: 'DATA', counts: COUNTS }],
        ['/api/reviews', { submissionId: 1, decision: 'ACCEPT' }],
        ['/api/exemptions', { obligationId: own[0], reason: '领导不能免报' }],
        ['/api/explanations', { obligationId: own[0], category: 'OTHER', text: '领导不能提交说明' }],
      ] as const) {
        const res = await t.http().post(url).set(bearer(leader)).send(body);
        expect(res.status).toBe(403);
      }
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('bad input', () => {
    let before: unknown;
    beforeEach(async () => {
      before = await snapshot();
    });
    const expectUnchanged = async () => expect(await snapshot()).toEqual(before);

    it.each([
      ['negative count', { kind: 'DATA', counts: { ...COUNTS, legalPersonLicenses: -1 } }, 'counts.legalPersonLicenses'],
      ['a missing count', { kind: 'DATA', counts: { legalPersonLicenses: 1, legalPersonPenalties: 0, naturalPersonLicenses: 2 } }, 'counts.naturalPersonPenalties'],
      ['a fractional count', { kind: 'DATA', counts: { ...COUNTS, naturalPersonLicenses: 1.5 } }, 'counts.naturalPersonLicenses'],
      ['DATA without counts', { kind: 'DATA' }, 'counts'],
      ['NO_DATA without a reason', { kind: 'NO_DATA' }, 'reason'],
      ['an unknown kind', { kind: 'MAYBE' }, 'kind'],
      ['receivedAt from a unit', { kind: 'DATA', counts: COUNTS, receivedAt: '2026-02-01T10:00:00+08:00' }, 'receivedAt'],
      ['an attachment that does not exist', { kind: 'DATA', counts: COUNTS, attachments: [999999] }, 'attachments'],
    ])('%s → 400 naming the field', async (_, body, field) => {
      const res = await t.http().post('/api/submissions').set(bearer(unitUser)).send({ obligationId: own[0], ...body });
      expect(res.status).toBe(400);
      expect(res.body.errors[field]).toMatch(CHINESE);
      await expectUnchanged();
    });

    it('an unknown obligation → 404', async () => {
      const res = await t.http().post('/api/submissions').set(bearer(admin)).send({ obligationId: 999999, kind: 'DATA', counts: COUNTS });
      expect(res.status).toBe(404);
      await expectUnchanged();
    });

    it('a month still running (November on 27 November) → 400, for the unit, the office\'s offline record and an import', async () => {
      const open = await t.prisma.obligation.findFirstOrThrow({ where: { id: { in: own }, period: '2026-11' } });
      const refusal = '该期间尚未结束，请于2026年12月1日后报送';
      const filed = await t.http().post('/api/submissions').set(bearer(unitUser)).send({ obligationId: open.id, kind: 'DATA', counts: COUNTS });
      expect([filed.status, filed.body.errors]).toEqual([400, { obligationId: refusal }]);
      const withImport = await t.http().post('/api/submissions').set(bearer(unitUser)).send({ obligationId: open.id, kind: 'DATA', importId: 1 });
      expect([withImport.status, withImport.body.errors]).toEqual([400, { obligationId: refusal }]);
      const offline = await t.http().post('/api/submissions').set(bearer(admin))
        .send({ obligationId: open.id, kind: 'DATA', counts: COUNTS, receivedAt: '2026-11-26T10:00:00+08:00' });
      expect([offline.status, offline.body.errors]).toEqual([400, { receivedAt: refusal }]);
      const imported = await t.http().post('/api/records/imports').set(bearer(unitUser)).field('obligationId', String(open.id)).attach('file', XLSX, '11月.xlsx');
      expect([imported.status, imported.body.errors]).toEqual([400, { obligationId: refusal }]);
      await expectUnchanged();
    });

    it('the obligation says from when it may be filed, so the desk offers no button before', async () => {
      const byPeriod = async (period: string) => {
        const o = await t.prisma.obligation.findFirstOrThrow({ where: { id: { in: own }, period, stream: { code: 'SGS_MONTHLY' } } });
        return (await t.http().get(`/api/obligations/${o.id}`).set(bearer(unitUser))).body;
      };
      expect((await byPeriod('2026-11')).filingOpensOn).toBe('2026-12-01');
      expect((await byPeriod('2026-10')).filingOpensOn).toBe('2026-11-01');
    });

    it('a review by a UNIT user → 403; a return without reason → 400', async () => {
      const s = await t.http().post('/api/submissions').set(bearer(unitUser)).send({ obligationId: own[1], kind: 'DATA', counts: COUNTS });
      expect(s.status).toBe(201);
      before = await snapshot();
      expect((await t.http().post('/api/reviews').set(bearer(unitUser)).send({ submissionId: s.body.id, decision: 'ACCEPT' })).status).toBe(403);
      const noReason = await t.http().post('/api/reviews').set(bearer(admin)).send({ submissionId: s.body.id, decision: 'RETURN' });
      expect(noReason.status).toBe(400);
      expect(noReason.body.errors.reason).toBe('退回时须填写退回原因');
      await expectUnchanged();
      // Then properly: accepted once, the second review is a conflict.
      expect((await t.http().post('/api/reviews').set(bearer(admin)).send({ submissionId: s.body.id, decision: 'ACCEPT' })).status).toBe(201);
      const again = await t.http().post('/api/reviews').set(bearer(admin)).send({ submissionId: s.body.id, decision: 'RETURN', reason: '再审' });
      expect(again.status).toBe(409);
      const refile = await t.http().post('/api/submissions').set(bearer(unitUser)).send({ obligationId: own[1], kind: 'DATA', counts: COUNTS });
      expect(refile.status).toBe(409);
    });

    it('a second decision on the same explanation → 409', async () => {
      const e = await t.http().post('/api/explanations').set(bearer(unitUser)).send({ obligationId: own[2], category: 'SYSTEM_FAILURE', text: '政务网故障无法报送' });
      expect(e.status).toBe(201);
      const ok = await t.http().post(`/api/explanations/${e.body.id}/decision`).set(bearer(admin)).send({ decision: 'REJECT', reason: '故障时间不在报送期内' });
      expect(ok.status).toBe(200);
      before = await snapshot();
      const second = await t.http().post(`/api/explanations/${e.body.id}/decision`).set(bearer(admin)).send({ decision: 'ACCEPT' });
      expect(second.status).toBe(409);
      expect(second.body.message).toMatch(CHINESE);
      await expectUnchanged();
      const status = await t.http().get(`/api/obligations/${own[2]}`).set(bearer(admin));
      expect(status.body.status).toBe('OVERDUE');
    });

    it('an explanation for an obligation that is not overdue → 409', async () => {
      const current = (await t.prisma.obligation.findFirstOrThrow({ where: { id: { in: own } }, orderBy: { period: 'desc' } })).id;
      const res = await t.http().post('/api/explanations').set(bearer(unitUser)).send({ obligationId: current, category: 'OTHER', text: '提前说明一下情况' });
      expect(res.status).toBe(409);
      await expectUnchanged();
    });

    it('a filing on an exempted obligation, and a double exemption → 409', async () => {
      expect((await t.http().post('/api/exemptions').set(bearer(admin)).send({ obligationId: own[3], reason: '职能划转' })).status).toBe(201);
      before = await snapshot();
      expect((await t.http().post('/api/exemptions').set(bearer(admin)).send({ obligationId: own[3], reason: '再次免报' })).status).toBe(409);
      expect((await t.http().post('/api/submissions').set(bearer(unitUser)).send({ obligationId: own[3], kind: 'DATA', counts: COUNTS })).status).toBe(409);
      await expectUnchanged();
    });

    it.each([
      ['a wrong-type attachment', 'virus.exe', Buffer.from('MZ\x90\x00'), 400],
      ['a disguised attachment', 'report.xlsx', Buffer.from('#!/bin/sh\necho'), 400],
      ['an oversized attachment', 'big.xlsx', Buffer.concat([XLSX, Buffer.alloc(20 * 1024 * 1024)]), 413],
    ])('%s → %i', async (_, name, content, status) => {
      const res = await t.http().post('/api/attachments').set(bearer(unitUser)).attach('file', content, name);
      expect(res.status).toBe(status);
      expect(res.body.message).toMatch(CHINESE);
      await expectUnchanged();
    });
  });

  it('attachments: a unit uploads, files with them, and only it and the office can download', async () => {
    const up = await t.http().post('/api/attachments').set(bearer(unitUser)).attach('file', XLSX, '双公示统计表.xlsx');
    expect(up.status).toBe(201);
    const s = await t.http().post('/api/submissions').set(bearer(unitUser)).send({ obligationId: own[4], kind: 'DATA', counts: COUNTS, attachments: [up.body.id] });
    expect(s.status).toBe(201);
    expect(s.body.attachments).toEqual([expect.objectContaining({ id: up.body.id, fileName: '双公示统计表.xlsx' })]);
    const own1 = await t.http().get(`/api/attachments/${up.body.id}`).set(bearer(unitUser)).buffer(true).parse(binaryParser);
    expect(own1.status).toBe(200);
    expect(Buffer.from(own1.body).equals(XLSX)).toBe(true);
    expect(own1.headers['content-disposition']).toContain("filename*=UTF-8''");
    expect((await t.http().get(`/api/attachments/${up.body.id}`).set(bearer(admin))).status).toBe(200);
    const otherUnit = await t.userToken('UNIT', (await t.prisma.unit.findFirstOrThrow({ where: { sortOrder: 5 } })).id);
    expect((await t.http().get(`/api/attachments/${up.body.id}`).set(bearer(otherUnit))).status).toBe(404);
    // Used once, it cannot be attached to another filing.
    const reuse = await t.http().post('/api/submissions').set(bearer(unitUser)).send({ obligationId: own[5], kind: 'DATA', counts: COUNTS, attachments: [up.body.id] });
    expect(reuse.status).toBe(400);
  });

  it('versions: a returned filing is followed by a new version, and earlier versions stay readable', async () => {
    const v1 = await t.http().post('/api/submissions').set(bearer(unitUser)).send({ obligationId: own[6], kind: 'NO_DATA', reason: '本月无双公示信息' });
    await t.http().post('/api/reviews').set(bearer(admin)).send({ submissionId: v1.body.id, decision: 'RETURN', reason: '经核实本月有行政许可' });
    const pending = await t.http().get(`/api/obligations/${own[6]}`).set(bearer(unitUser));
    expect(pending.body.status).toBe('RETURNED');
    const v2 = await t.http().post('/api/submissions').set(bearer(unitUser)).send({ obligationId: own[6], kind: 'DATA', counts: COUNTS });
    expect(v2.body.version).toBe(2);
    const list = await t.http().get('/api/submissions').query({ filter: JSON.stringify({ obligationId: own[6] }), sort: '["version","ASC"]' }).set(bearer(unitUser));
    expect(list.body.map((s: { version: number; reviewState: string }) => [s.version, s.reviewState])).toEqual([[1, 'RETURNED'], [2, 'PENDING']]);
    expect(list.body[0].review.reason).toBe('经核实本月有行政许可');
    const queue = await t.http().get('/api/submissions').query({ filter: JSON.stringify({ reviewState: 'PENDING' }), range: '[0,99]' }).set(bearer(admin));
    expect(queue.body.some((s: { id: number }) => s.id === v2.body.id)).toBe(true);
  });
});

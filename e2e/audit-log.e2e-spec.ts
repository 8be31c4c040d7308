// The audit log as the API answers it: who (name and unit), what (in Chinese) and each changed field by its
// Chinese label with its values before → after in display form: no code names, no raw JSON, no UTC times.
import type { AuditEvent } from '@credit/contract/api';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, startTestApp, type TestApp } from './support/test-app.ts';

describe('the audit log in words', () => {
  let t: TestApp;
  let admin: string;
  let unitToken: string;
  let unit: { id: number; name: string };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
    unit = await t.prisma.unit.findFirstOrThrow({ orderBy: { sortOrder: 'asc' }, select: { id: true, name: true } });
    unitToken = await t.userToken('UNIT', unit.id);
  });
  afterAll(() => t.close());

  const events = async (filter: object): Promise<AuditEvent[]> => {
    const res = await t.http().get('/api/audit-events').query({ filter: JSON.stringify(filter) }).set(bearer(admin));
    expect(res.status).toBe(200);
    return res.body;
  };
  const change = (e: AuditEvent, label: string) => e.changes.find((c) => c.label === label);

  it('names the office actor and the changed field in Chinese, before → after, and only what changed', async () => {
    const before = await t.prisma.unit.findUniqueOrThrow({ where: { id: unit.id } });
    await t.http().put(`/api/units/${unit.id}`).set(bearer(admin)).send({ address: '召陵区审计路1号' }).expect(200);
    const [e] = await events({ resource: 'units', recordId: String(unit.id) });
    expect(e).toMatchObject({ actionLabel: '修改', resourceLabel: '单位', userName: '信用办管理员', userUnitName: '信用办', unitName: unit.name });
    expect(e.changes).toEqual([{ field: 'address', label: '地址', before: before.address, after: '召陵区审计路1号' }]);
  });

  it('names a unit contact by the unit, flags as 是/否, ids as names, times in Beijing time to the minute', async () => {
    const res = await t.http().post('/api/contacts').set(bearer(unitToken))
      .send({ unitId: unit.id, name: '审计员', email: 'audit@example.cn', primary: false, leader: true });
    expect(res.status).toBe(201);
    const [e] = await events({ resource: 'contacts', recordId: String(res.body.id) });
    expect(e).toMatchObject({ actionLabel: '新增', resourceLabel: '联系人', userUnitName: unit.name });
    expect(change(e, '单位')).toMatchObject({ before: null, after: unit.name });
    expect(change(e, '分管领导')).toMatchObject({ after: '是' });
    expect(change(e, '主要负责人')).toMatchObject({ after: '否' });
    expect(change(e, '创建时间')?.after).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  });

  it('shows calendar days as days and codes in words (a stream and its assignment)', async () => {
    const stream = await t.prisma.stream.findFirstOrThrow({ where: { code: 'SGS_MONTHLY' } });
    await t.http().put(`/api/streams/${stream.id}`).set(bearer(admin)).send({ holidayPolicy: 'NONE' }).expect(200);
    const [s] = await events({ resource: 'streams', recordId: String(stream.id) });
    expect(change(s, '遇节假日')).toMatchObject({ before: '顺延至下一个工作日', after: '不顺延' });

    const assignment = await t.prisma.assignment.findFirstOrThrow({ where: { unitId: unit.id, streamId: stream.id } });
    await t.http().put(`/api/assignments/${assignment.id}`).set(bearer(admin)).send({ validTo: '2030-12-31' }).expect(200);
    const [a] = await events({ resource: 'assignments', recordId: String(assignment.id) });
    expect(change(a, '终止日期')).toMatchObject({ before: null, after: '2030-12-31' });
  });

  it('never answers a code name, raw JSON or a UTC time in what the log shows', async () => {
    const all = await events({});
    expect(all.length).toBeGreaterThan(3);
    for (const e of all) {
      const shown = [e.actionLabel, e.resourceLabel, e.userUnitName ?? '', ...e.changes.map((c) => c.label)];
      for (const text of shown) expect([e.id, text]).toEqual([e.id, expect.not.stringMatching(/[A-Za-z{}]/)]);
      for (const c of e.changes) {
        for (const v of [c.before, c.after]) expect([e.id, c.field, v]).toEqual([e.id, c.field, expect.not.stringMatching(/\d{2}T\d{2}|Z$|[{}"]/)]);
      }
    }
    const one = await t.http().get(`/api/audit-events/${all[0].id}`).set(bearer(admin));
    expect(one.body).toMatchObject({ id: all[0].id, actionLabel: all[0].actionLabel, changes: all[0].changes });
  });
});

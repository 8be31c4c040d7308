// Bad input gets a clear 400 with Chinese field messages (or 404/409), never a 500, and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, startTestApp, type TestApp } from './support/test-app.ts';

const CHINESE = /[\u4e00-\u9fff]/;

describe('bad input', () => {
  let t: TestApp;
  let admin: string;
  let unitId: number;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
    unitId = (await t.prisma.unit.findFirstOrThrow()).id;
  });
  afterAll(() => t.close());

  it.each([
    ['units', { name: '' }, ['name']],
    ['units', { name: '区新局', creditCode: '91110000600037341N' }, ['creditCode']],
    ['units', { name: 'x'.repeat(101) }, ['name']],
    ['contacts', { name: '张三' }, ['unitId']],
    ['contacts', { unitId: 1, name: '张三', email: 'not-an-email', mobile: '123' }, ['email', 'mobile']],
    ['streams', { code: 'bad code', name: '', cadence: 'WEEKLY' }, ['cadence', 'code', 'name']],
    ['streams', { code: 'NEW_ONE', name: '新事项', cadence: 'MONTHLY', dueDay: 40, dueDate: '2026-02-30' }, ['dueDate', 'dueDay']],
    ['assignments', { unitId: 1, streamId: 1, validFrom: '2026-05-01', validTo: '2026-04-01' }, ['validTo']],
    ['assignments', { unitId: 1, streamId: 1, validFrom: 'yesterday' }, ['validFrom']],
    ['users', { username: 'ab', password: 'short', role: 'ROOT' }, ['password', 'role', 'username']],
    ['users', { username: 'unituser', password: 'password-123', role: 'UNIT' }, ['unitId']],
    ['users', { username: 'leader9', password: 'password-123', role: 'LEADER', unitId: 1 }, ['unitId']],
  ])('POST /api/%s %j → 400 naming %j', async (resource, body, fields) => {
    const before = await t.prisma.auditEvent.count();
    const res = await t.http().post(`/api/${resource}`).set(bearer(admin)).send(body);
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(CHINESE);
    expect(Object.keys(res.body.errors).sort()).toEqual(fields);
    for (const message of Object.values(res.body.errors)) expect(message).toMatch(CHINESE);
    expect(await t.prisma.auditEvent.count()).toBe(before);
  });

  it.each([
    ['sort', '["name"]'],
    ['sort', '["password","ASC"]'],
    ['sort', 'not json'],
    ['range', '[10,2]'],
    ['range', '[0,"a"]'],
    ['range', '[0,5000]'],
    ['filter', '[1,2]'],
    ['filter', '{"unknownField":1}'],
    ['filter', '{"id":"abc"}'],
  ])('GET /api/units?%s=%s → 400', async (param, value) => {
    const res = await t.http().get('/api/units').query({ [param]: value }).set(bearer(admin));
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors).some((k) => k.startsWith(param))).toBe(true);
  });

  it('supports react-admin getMany (id array), q search, sort and range with Content-Range', async () => {
    const all = await t.prisma.unit.findMany({ orderBy: { sortOrder: 'asc' }, take: 3 });
    const many = await t.http().get('/api/units').query({ filter: JSON.stringify({ id: all.map((u) => u.id) }) }).set(bearer(admin));
    expect(many.body.map((u: { id: number }) => u.id)).toEqual(all.map((u) => u.id));
    const q = await t.http().get('/api/units').query({ filter: JSON.stringify({ q: '公安' }) }).set(bearer(admin));
    expect(q.body.map((u: { name: string }) => u.name)).toEqual(['天桥公安分局', '召陵公安分局']);
    const page = await t.http().get('/api/units').query({ sort: '["name","DESC"]', range: '[5,9]' }).set(bearer(admin));
    expect(page.body).toHaveLength(5);
    expect(page.headers['content-range']).toBe('units 5-9/33');
    const names = page.body.map((u: { name: string }) => u.name);
    expect([...names].sort().reverse()).toEqual(names);
  });

  it.each(['/api/units/999999', '/api/units/abc', '/api/contacts/0', '/api/streams/999999', '/api/users/999999', '/api/audit-events/999999'])(
    'GET %s → 404',
    async (url) => {
      const res = await t.http().get(url).set(bearer(admin));
      expect(res.status).toBe(404);
      expect(res.body.message).toMatch(CHINESE);
    },
  );

  it('PUT and DELETE of an unknown id → 404', async () => {
    expect((await t.http().put('/api/units/999999').set(bearer(admin)).send({ address: 'x' })).status).toBe(404);
    expect((await t.http().delete('/api/contacts/999999').set(bearer(admin))).status).toBe(404);
  });

  it('malformed JSON → 400, not 500', async () => {
    const res = await t.http().post('/api/units').set(bearer(admin)).set('Content-Type', 'application/json').send('{"name": ');
    expect(res.status).toBe(400);
    expect(res.body.message).toBe('请求体不是合法的 JSON');
  });

  it('a duplicate → 409 or a field error, and the first record is intact', async () => {
    const unit = await t.prisma.unit.findFirstOrThrow({ orderBy: { sortOrder: 'asc' } });
    const dupName = await t.http().post('/api/units').set(bearer(admin)).send({ name: unit.name });
    expect(dupName.status).toBe(409);
    const dupStream = await t.http().post('/api/streams').set(bearer(admin)).send({ code: 'HHB', name: '重复', cadence: 'MONTHLY' });
    expect(dupStream.status).toBe(400);
    expect(dupStream.body.errors.code).toMatch(CHINESE);
    const dupUser = await t.http().post('/api/users').set(bearer(admin)).send({ username: 'admin', password: 'password-123', role: 'ADMIN' });
    expect(dupUser.status).toBe(400);
    expect(dupUser.body.errors.username).toBe('用户名已存在');
    expect(await t.prisma.unit.count({ where: { name: unit.name } })).toBe(1);
  });

  it('an overlapping assignment → 409', async () => {
    const a = await t.prisma.assignment.findFirstOrThrow({ where: { unitId } });
    const res = await t.http().post('/api/assignments').set(bearer(admin)).send({ unitId, streamId: a.streamId, validFrom: '2027-01-01' });
    expect(res.status).toBe(409);
    expect(res.body.errors.validFrom).toMatch(CHINESE);
  });

  it('a unit with history cannot be deleted (409), so no history is lost', async () => {
    await t.http().post('/api/users').set(bearer(admin)).send({ username: 'unit-keeper', password: 'password-123', role: 'UNIT', unitId });
    const res = await t.http().delete(`/api/units/${unitId}`).set(bearer(admin));
    expect(res.status).toBe(409);
    expect(await t.prisma.unit.count({ where: { id: unitId } })).toBe(1);
  });

  it('one primary contact per unit: marking a new one clears the old', async () => {
    const first = await t.http().post('/api/contacts').set(bearer(admin)).send({ unitId, name: '甲', primary: true });
    const second = await t.http().post('/api/contacts').set(bearer(admin)).send({ unitId, name: '乙', primary: true });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    const primaries = await t.prisma.contact.findMany({ where: { unitId, primary: true } });
    expect(primaries.map((c) => c.name)).toEqual(['乙']);
  });

  it('the last admin cannot be demoted or deleted', async () => {
    const me = await t.http().get('/api/auth/me').set(bearer(admin));
    const demote = await t.http().put(`/api/users/${me.body.id}`).set(bearer(admin)).send({ role: 'LEADER' });
    expect(demote.status).toBe(409);
    const self = await t.http().delete(`/api/users/${me.body.id}`).set(bearer(admin));
    expect(self.status).toBe(409);
  });
});

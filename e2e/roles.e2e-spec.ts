// Every role against every foundation resource: what it may do, and what it is refused.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, startTestApp, type TestApp } from './support/test-app.ts';

type Role = 'ADMIN' | 'LEADER' | 'UNIT';
type Op = 'list' | 'read' | 'create' | 'update' | 'delete';

describe('roles × resources', () => {
  let t: TestApp;
  const tokens = {} as Record<Role, string>;
  let ownUnitId: number;
  let otherUnitId: number;
  let ids: Record<string, { own: number; other: number }>;

  beforeAll(async () => {
    t = await startTestApp();
    const units = await t.prisma.unit.findMany({ orderBy: { sortOrder: 'asc' }, take: 2 });
    [ownUnitId, otherUnitId] = units.map((u) => u.id);
    tokens.ADMIN = await t.adminToken();
    tokens.LEADER = await t.userToken('LEADER');
    tokens.UNIT = await t.userToken('UNIT', ownUnitId);
    const contact = (unitId: number, name: string) => t.prisma.contact.create({ data: { unitId, name, primary: false } });
    const assignment = (unitId: number) => t.prisma.assignment.findFirstOrThrow({ where: { unitId } });
    ids = {
      units: { own: ownUnitId, other: otherUnitId },
      contacts: { own: (await contact(ownUnitId, '张三')).id, other: (await contact(otherUnitId, '李四')).id },
      assignments: { own: (await assignment(ownUnitId)).id, other: (await assignment(otherUnitId)).id },
    };
  });
  afterAll(() => t.close());

  const call = (role: Role, method: 'get' | 'post' | 'put' | 'delete', url: string, body?: object) => {
    const req = t.http()[method](url).set(bearer(tokens[role]));
    return body ? req.send(body) : req;
  };

  // [role, resource, operation, expected status]
  const matrix: [Role, string, Op, number][] = [
    ...(['units', 'contacts', 'streams', 'assignments', 'users', 'audit-events'] as const).flatMap(
      (r): [Role, string, Op, number][] => [
        ['ADMIN', r, 'list', 200],
        ['LEADER', r, 'list', r === 'users' ? 403 : 200],
        ['UNIT', r, 'list', r === 'users' || r === 'audit-events' ? 403 : 200],
      ],
    ),
    ['LEADER', 'units', 'create', 403],
    ['LEADER', 'units', 'update', 403],
    ['LEADER', 'units', 'delete', 403],
    ['LEADER', 'contacts', 'create', 403],
    ['LEADER', 'contacts', 'update', 403],
    ['LEADER', 'streams', 'update', 403],
    ['LEADER', 'assignments', 'update', 403],
    ['LEADER', 'users', 'create', 403],
    ['UNIT', 'units', 'create', 403],
    ['UNIT', 'units', 'update', 403],
    ['UNIT', 'streams', 'create', 403],
    ['UNIT', 'streams', 'update', 403],
    ['UNIT', 'assignments', 'create', 403],
    ['UNIT', 'users', 'create', 403],
    ['ADMIN', 'units', 'update', 200],
    ['ADMIN', 'contacts', 'update', 200],
    ['ADMIN', 'streams', 'update', 200],
    ['ADMIN', 'assignments', 'update', 200],
  ];

  const bodies: Record<string, object> = {
    units: { name: '区测试局' },
    contacts: { unitId: 0, name: '王五' },
    streams: { code: 'TEST_STREAM', name: '测试事项', cadence: 'MONTHLY' },
    assignments: { unitId: 0, streamId: 0, validFrom: '2030-01-01' },
    users: { username: 'someone', password: 'password-123', role: 'LEADER' },
  };
  const updates: Record<string, object> = {
    units: { address: '召陵区人民路 1 号' },
    contacts: { post: '科长' },
    streams: { description: '说明' },
    assignments: { validTo: null },
  };

  it.each(matrix)('%s %s %s → %i', async (role, resource, op, status) => {
    const base = `/api/${resource}`;
    const id = ids[resource]?.own ?? (await t.prisma.stream.findFirstOrThrow()).id;
    const res =
      op === 'list'
        ? await call(role, 'get', base)
        : op === 'create'
          ? await call(role, 'post', base, bodies[resource])
          : op === 'update'
            ? await call(role, 'put', `${base}/${id}`, updates[resource] ?? {})
            : await call(role, 'delete', `${base}/${id}`);
    expect(res.status).toBe(status);
    if (status === 403) expect(res.body.message).toBe('无权执行此操作');
  });

  it('a UNIT user sees only its own unit in lists', async () => {
    for (const resource of ['units', 'contacts', 'assignments']) {
      const res = await call('UNIT', 'get', `/api/${resource}?range=[0,999]`);
      expect(res.status).toBe(200);
      expect(res.body.length).toBeGreaterThan(0);
      const unitIds = res.body.map((r: { unitId?: number; id: number }) => (resource === 'units' ? r.id : r.unitId));
      expect(new Set(unitIds)).toEqual(new Set([ownUnitId]));
    }
  });

  it.each(['units', 'contacts', 'assignments'])('another unit’s %s record is 404 to a UNIT user, on read and write', async (resource) => {
    const other = ids[resource].other;
    expect((await call('UNIT', 'get', `/api/${resource}/${other}`)).status).toBe(404);
    expect((await call('UNIT', 'get', `/api/${resource}/${ids[resource].own}`)).status).toBe(200);
    if (resource === 'contacts') {
      expect((await call('UNIT', 'put', `/api/contacts/${other}`, { post: '窃取' })).status).toBe(404);
      expect((await call('UNIT', 'delete', `/api/contacts/${other}`)).status).toBe(404);
      expect((await t.prisma.contact.findUniqueOrThrow({ where: { id: other } })).post).toBeNull();
    }
  });

  it('a UNIT user manages its own unit’s contacts, and only those', async () => {
    const created = await call('UNIT', 'post', '/api/contacts', { unitId: ownUnitId, name: '赵六', mobile: '13800138000', primary: true });
    expect(created.status).toBe(201);
    const refused = await call('UNIT', 'post', '/api/contacts', { unitId: otherUnitId, name: '钱七' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors.unitId).toBe('只能为本单位添加联系人');
    const updated = await call('UNIT', 'put', `/api/contacts/${created.body.id}`, { post: '副科长' });
    expect(updated.status).toBe(200);
    expect(updated.body.post).toBe('副科长');
    const removed = await call('UNIT', 'delete', `/api/contacts/${created.body.id}`);
    expect(removed.status).toBe(200);
    expect(removed.body.name).toBe('赵六');
  });

  it('every write leaves an audit event with who, what, before and after', async () => {
    const res = await call('ADMIN', 'put', `/api/units/${ownUnitId}`, { address: '审计测试地址' });
    expect(res.status).toBe(200);
    const events = await call('ADMIN', 'get', `/api/audit-events?filter=${encodeURIComponent(JSON.stringify({ resource: 'units', recordId: String(ownUnitId) }))}`);
    const last = events.body[0];
    expect(last).toMatchObject({ action: 'UPDATE', resource: 'units', username: 'admin', unitId: ownUnitId });
    expect(last.after.address).toBe('审计测试地址');
    expect(last.before.address).not.toBe('审计测试地址');
    expect(new Date(last.at).getTime()).toBeGreaterThan(t.clock.nowMs() - 60_000);
  });

  it('audit events never carry password hashes', async () => {
    const res = await call('ADMIN', 'post', '/api/users', { username: 'auditee', password: 'password-123', role: 'LEADER' });
    expect(res.status).toBe(201);
    const event = await t.prisma.auditEvent.findFirstOrThrow({ where: { resource: 'users', recordId: String(res.body.id) } });
    expect(JSON.stringify(event.after)).not.toContain('passwordHash');
    expect(JSON.stringify(event.after)).toContain('auditee');
  });
});

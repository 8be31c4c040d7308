// Races and phantom writes: the office can never lock itself out, and a write that answers 4xx wrote nothing.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SeedService } from '../backend/src/seed/seed.service.ts';
import { UsersService } from '../backend/src/users/users.service.ts';
import { ADMIN_PASSWORD, bearer, startTestApp, type TestApp } from './support/test-app.ts';

describe('the last active administrator', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const activeAdmins = () => t.prisma.user.count({ where: { role: 'ADMIN', active: true } });

  /** Two fresh administrators, the only active ones, each signed in ('admin' is restored the start-up way first). */
  async function pair(i: number) {
    await t.prisma.user.updateMany({ where: { role: 'ADMIN' }, data: { active: false } });
    await t.app.get(UsersService).restoreAdmin(ADMIN_PASSWORD);
    const admin = await t.adminToken();
    const ids: number[] = [];
    for (const username of [`admin_a${i}`, `admin_b${i}`]) {
      const created = await t.http().post('/api/users').set(bearer(admin)).send({ username, password: 'password-123', role: 'ADMIN' });
      expect(created.status).toBe(201);
      ids.push(created.body.id);
    }
    await t.prisma.user.updateMany({ where: { role: 'ADMIN', id: { notIn: ids } }, data: { active: false } });
    const [a, b] = ids as [number, number];
    return { a, b, tokenA: await t.login(`admin_a${i}`, 'password-123'), tokenB: await t.login(`admin_b${i}`, 'password-123') };
  }

  it('a start that finds no active admin re-activates admin with ADMIN_PASSWORD, on the audit trail', async () => {
    await t.prisma.user.updateMany({ where: { role: 'ADMIN' }, data: { active: false } });
    expect((await t.http().post('/api/auth/login').send({ username: 'admin', password: ADMIN_PASSWORD })).status).toBe(401);
    const result = await t.app.get(SeedService).run();
    expect(result.adminCreated).toBe(false);
    expect(await activeAdmins()).toBe(1);
    expect((await t.http().post('/api/auth/login').send({ username: 'admin', password: ADMIN_PASSWORD })).status).toBe(200);
    expect(await t.prisma.auditEvent.count({ where: { action: 'RESTORE_ADMIN' } })).toBe(1);
    // With an active admin, a restart changes nothing.
    await t.app.get(SeedService).run();
    expect(await t.prisma.auditEvent.count({ where: { action: 'RESTORE_ADMIN' } })).toBe(1);
  });

  it('two admins deactivating each other at once: always one left active (8 tries), the other refused with 409', async () => {
    for (let i = 0; i < 8; i++) {
      const p = await pair(i);
      const [x, y] = await Promise.all([
        t.http().put(`/api/users/${p.b}`).set(bearer(p.tokenA)).send({ active: false }),
        t.http().put(`/api/users/${p.a}`).set(bearer(p.tokenB)).send({ active: false }),
      ]);
      expect(await activeAdmins()).toBe(1);
      expect([x.status, y.status].filter((s) => s === 200)).toHaveLength(1);
      const refused = [x, y].find((r) => r.status !== 200)!;
      expect([401, 409]).toContain(refused.status);
      if (refused.status === 409) expect(refused.body.message).toBe('不能停用或降级最后一位管理员');
    }
  });

  it('demoting and deleting at once: still one active admin', async () => {
    for (let i = 10; i < 14; i++) {
      const p = await pair(i);
      await Promise.all([
        t.http().put(`/api/users/${p.b}`).set(bearer(p.tokenA)).send({ role: 'LEADER' }),
        t.http().delete(`/api/users/${p.a}`).set(bearer(p.tokenB)),
      ]);
      expect(await activeAdmins()).toBeGreaterThanOrEqual(1);
    }
  });

});

describe('a refused write has written nothing', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('an adjustment for an inactive unit: 400 in Chinese, three tries, no row, no points', async () => {
    const admin = await t.adminToken();
    const unit = await t.prisma.unit.findFirstOrThrow({ where: { name: '区法院' } });
    expect((await t.http().put(`/api/units/${unit.id}`).set(bearer(admin)).send({ active: false })).status).toBe(200);
    for (let i = 0; i < 3; i++) {
      const res = await t.http().post('/api/assessments/2026/adjustments').set(bearer(admin)).send({ unitId: unit.id, points: 5, reason: '主动报送典型案例，予以加分' });
      expect(res.status).toBe(400);
      expect(res.body.errors.unitId).toMatch(/已停用/);
    }
    expect(await t.prisma.assessmentAdjustment.count()).toBe(0);
    expect(await t.prisma.auditEvent.count({ where: { resource: 'assessment-adjustments' } })).toBe(0);
  });
});

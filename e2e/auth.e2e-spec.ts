// Sign-in, tokens, password change, the login rate limit, and the first admin's password.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SeedService } from '../backend/src/app.ts';
import { LOGIN_LIMITS } from '../backend/src/auth/auth.service.ts';
import { ADMIN_PASSWORD, bearer, createTestDatabase, startTestApp, type TestApp } from './support/test-app.ts';

describe('auth', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('signs in and answers who the user is', async () => {
    const res = await t.http().post('/api/auth/login').send({ username: 'admin', password: ADMIN_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ username: 'admin', role: 'ADMIN', unitId: null });
    expect(res.body.user.passwordHash).toBeUndefined();
    const me = await t.http().get('/api/auth/me').set(bearer(res.body.token));
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ username: 'admin', role: 'ADMIN' });
  });

  it.each([
    ['no token', undefined],
    ['a malformed token', 'Bearer not-a-token'],
    ['a token signed with another secret', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOjEsInZlciI6MH0.c2lnbmF0dXJl'],
  ])('answers 401 with %s', async (_, header) => {
    const req = t.http().get('/api/units');
    const res = header ? await req.set('Authorization', header) : await req;
    expect(res.status).toBe(401);
    expect(res.body.message).toMatch(/登录/);
  });

  it('refuses a wrong password with 401 and a Chinese message', async () => {
    const res = await t.http().post('/api/auth/login').send({ username: 'admin', password: 'wrong-password' });
    expect(res.status).toBe(401);
    expect(res.body.message).toBe('用户名或密码错误');
  });

  it('refuses an empty login form with field messages', async () => {
    const res = await t.http().post('/api/auth/login').send({});
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors).sort()).toEqual(['password', 'username']);
  });

  it(`locks a user name after ${LOGIN_LIMITS.perUserAndAddress} failures with 429, even for the right password`, async () => {
    const token = await t.userToken('LEADER');
    const me = await t.http().get('/api/auth/me').set(bearer(token));
    const username = me.body.username as string;
    for (let i = 0; i < LOGIN_LIMITS.perUserAndAddress; i++) {
      const res = await t.http().post('/api/auth/login').send({ username, password: `wrong-${i}` });
      expect(res.status).toBe(401);
    }
    const locked = await t.http().post('/api/auth/login').send({ username, password: 'password-123' });
    expect(locked.status).toBe(429);
    expect(locked.body.message).toMatch(/分钟后再试/);
    // Other users are not locked out by it.
    expect((await t.http().post('/api/auth/login').send({ username: 'admin', password: ADMIN_PASSWORD })).status).toBe(200);
  });

  it('changes the own password: the old token and password stop working', async () => {
    const token = await t.userToken('LEADER');
    const me = await t.http().get('/api/auth/me').set(bearer(token));
    const wrong = await t
      .http()
      .post('/api/auth/password')
      .set(bearer(token))
      .send({ currentPassword: 'nope-nope', newPassword: 'new-password-1' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors.currentPassword).toBe('原密码不正确');
    const short = await t.http().post('/api/auth/password').set(bearer(token)).send({ currentPassword: 'password-123', newPassword: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.errors.newPassword).toBe('密码至少 10 位');

    const ok = await t
      .http()
      .post('/api/auth/password')
      .set(bearer(token))
      .send({ currentPassword: 'password-123', newPassword: 'new-password-1' });
    expect(ok.status).toBe(200);
    expect((await t.http().get('/api/auth/me').set(bearer(token))).status).toBe(401);
    expect((await t.http().get('/api/auth/me').set(bearer(ok.body.token))).status).toBe(200);
    const again = await t.http().post('/api/auth/login').send({ username: me.body.username, password: 'new-password-1' });
    expect(again.status).toBe(200);
  });

  it('a deactivated user is signed out at once', async () => {
    const admin = await t.adminToken();
    const token = await t.userToken('LEADER');
    const me = await t.http().get('/api/auth/me').set(bearer(token));
    const res = await t.http().put(`/api/users/${me.body.id}`).set(bearer(admin)).send({ active: false });
    expect(res.status).toBe(200);
    expect((await t.http().get('/api/auth/me').set(bearer(token))).status).toBe(401);
  });
});

describe('the first admin', () => {
  it('gets a generated password when ADMIN_PASSWORD is not set, never a fixed default', async () => {
    const databaseUrl = await createTestDatabase();
    const t = await startTestApp({ ADMIN_PASSWORD: '' }, { databaseUrl, adminPassword: undefined });
    try {
      // startTestApp already seeded once: the admin exists and the password was printed then.
      const stored = await t.prisma.user.findUniqueOrThrow({ where: { username: 'admin' } });
      expect(stored.passwordHash).not.toContain(ADMIN_PASSWORD);
      expect((await t.http().post('/api/auth/login').send({ username: 'admin', password: ADMIN_PASSWORD })).status).toBe(401);
      await t.prisma.auditEvent.deleteMany();
      await t.prisma.user.deleteMany();
      const result = await t.app.get(SeedService).run();
      expect(result.adminCreated).toBe(true);
      expect(result.generatedAdminPassword).toMatch(/^[A-Za-z0-9]{16}$/);
      const login = await t.http().post('/api/auth/login').send({ username: 'admin', password: result.generatedAdminPassword });
      expect(login.status).toBe(200);
    } finally {
      await t.close();
    }
  });
});

// Sign-in limits (atomic, per user name and address, a slower global back-off, TRUST_PROXY), equal cost for
// unknown user names, the password change limit, the password policy, logout and tokens without expiry.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import { LOGIN_LIMITS } from '../backend/src/auth/login-attempts.ts';
import { ADMIN_PASSWORD, bearer, startTestApp, type TestApp } from './support/test-app.ts';

const JWT_SECRET = 'login-limits-e2e-secret-of-at-least-32-chars';
let n = 0;
/** A client address of its own (counted only because the app trusts the loopback proxy). */
const address = () => `10.1.${Math.floor(++n / 250)}.${n % 250}`;

describe('sign-in limits behind a trusted proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: 'loopback', JWT_SECRET });
  });
  afterAll(() => t.close());

  const login = (username: string, password: string, from: string) =>
    t.http().post('/api/auth/login').set('X-Forwarded-For', from).send({ username, password });
  const newUser = async (role: 'LEADER' | 'ADMIN' = 'LEADER') => {
    const token = await t.userToken(role);
    return { token, username: (await t.http().get('/api/auth/me').set(bearer(token))).body.username as string };
  };

  it('checks at most the allowed number of passwords when 40 wrong ones arrive at once', async () => {
    const { username } = await newUser();
    const from = address();
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => login(username, `wrong-guess-${i}`, from)));
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(LOGIN_LIMITS.perUserAndAddress);
    expect(statuses.filter((s) => s === 429)).toHaveLength(40 - LOGIN_LIMITS.perUserAndAddress);
    expect(answers.find((r) => r.status === 429)?.body.message).toBe('登录失败次数过多，请 15 分钟后再试');
  });

  it('locks one address out of one user name, not the user from elsewhere', async () => {
    const { username } = await newUser();
    const attacker = address();
    for (let i = 0; i < LOGIN_LIMITS.perUserAndAddress; i++) expect((await login(username, `bad-${i}`, attacker)).status).toBe(401);
    expect((await login(username, 'password-123', attacker)).status).toBe(429);
    const office = await login(username, 'password-123', address());
    expect(office.status).toBe(200);
    // The locked address may still sign in as someone else.
    expect((await login('admin', ADMIN_PASSWORD, attacker)).status).toBe(200);
  });

  it(`backs off a user name for everyone after ${LOGIN_LIMITS.perUser} failures from all addresses`, async () => {
    const { username } = await newUser();
    for (let round = 0; round < LOGIN_LIMITS.perUser / 10; round++) {
      const batch = await Promise.all(Array.from({ length: 10 }, (_, i) => login(username, `spray-${i}`, address())));
      expect(batch.map((r) => r.status)).toEqual(Array(10).fill(401));
    }
    expect((await login(username, 'password-123', address())).status).toBe(429);
  }, 60_000);

  it('lifts the lock when the window has passed on the app clock', async () => {
    const { username } = await newUser();
    const from = address();
    for (let i = 0; i < LOGIN_LIMITS.perUserAndAddress; i++) await login(username, `bad-${i}`, from);
    expect((await login(username, 'password-123', from)).status).toBe(429);
    t.clock.advance((LOGIN_LIMITS.windowMinutes + 1) * 60_000);
    expect((await login(username, 'password-123', from)).status).toBe(200);
  });

  it('takes as long for an unknown user name as for a known one', async () => {
    const { username } = await newUser();
    const timed = async (name: string) => {
      const started = performance.now();
      expect((await login(name, 'not-the-password-1', address())).status).toBe(401);
      return performance.now() - started;
    };
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 5; i++) {
      known.push(await timed(username));
      unknown.push(await timed(`nobody-${i}-${n}`));
    }
    // bcrypt dominates both; skipping it for unknown names made them ~15× faster.
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.5);
  });

  it('limits the password change too', async () => {
    const { token } = await newUser();
    const change = (currentPassword: string) =>
      t.http().post('/api/auth/password').set(bearer(token)).send({ currentPassword, newPassword: 'another-pass-9' });
    for (let i = 0; i < LOGIN_LIMITS.passwordChange; i++) expect((await change(`wrong-current-${i}`)).status).toBe(400);
    const locked = await change('password-123');
    expect(locked.status).toBe(429);
    expect(locked.body.message).toMatch(/原密码输错次数过多/);
  });

  it('logout ends this token only, and is audited', async () => {
    const { token, username } = await newUser();
    const other = await t.login(username, 'password-123');
    expect((await t.http().post('/api/auth/logout').set(bearer(token))).status).toBe(204);
    expect((await t.http().get('/api/auth/me').set(bearer(token))).status).toBe(401);
    expect((await t.http().post('/api/auth/logout').set(bearer(token))).status).toBe(401);
    expect((await t.http().get('/api/auth/me').set(bearer(other))).status).toBe(200);
    expect(await t.prisma.auditEvent.count({ where: { action: 'LOGOUT', username } })).toBe(1);
  });

  it('refuses a correctly signed token without an expiry', async () => {
    const { token } = await newUser();
    const { sub, ver, jti } = new JwtService().decode<{ sub: number; ver: number; jti: string }>(token);
    const iat = Math.floor(t.clock.nowMs() / 1000);
    const forever = await new JwtService().signAsync({ sub, ver, jti, iat }, { secret: JWT_SECRET });
    expect((await t.http().get('/api/auth/me').set(bearer(forever))).status).toBe(401);
    const proper = await new JwtService().signAsync({ sub, ver, jti, iat }, { secret: JWT_SECRET, expiresIn: '1h' });
    expect((await t.http().get('/api/auth/me').set(bearer(proper))).status).toBe(200);
  });

  it('applies the password policy to user creation and to an admin reset', async () => {
    const admin = await t.adminToken();
    const create = (username: string, password: string) =>
      t.http().post('/api/users').set(bearer(admin)).send({ username, password, role: 'LEADER' });
    for (const weak of ['12345678', '        ', '1234567890', 'Password123', 'zhang.san01']) {
      const res = await create('zhang.san01', weak);
      expect(res.status).toBe(400);
      expect(res.body.errors.password).toMatch(/密码/);
    }
    const created = await create('zhang.san01', 'Lighthouse9');
    expect(created.status).toBe(201);
    const reset = await t.http().put(`/api/users/${created.body.id}`).set(bearer(admin)).send({ password: 'ZHANG.SAN01' });
    expect(reset.status).toBe(400);
    expect(reset.body.errors.password).toBe('密码不能与用户名相同');
  });
});

describe('sign-in limits without TRUST_PROXY', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('ignores X-Forwarded-For: a client cannot pick a fresh address per guess', async () => {
    const token = await t.userToken('LEADER');
    const username = (await t.http().get('/api/auth/me').set(bearer(token))).body.username as string;
    for (let i = 0; i < LOGIN_LIMITS.perUserAndAddress; i++) {
      const res = await t.http().post('/api/auth/login').set('X-Forwarded-For', address()).send({ username, password: `bad-${i}` });
      expect(res.status).toBe(401);
    }
    const next = await t.http().post('/api/auth/login').set('X-Forwarded-For', address()).send({ username, password: 'password-123' });
    expect(next.status).toBe(429);
  });
});

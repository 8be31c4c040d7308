// One real app per test file, on its own database cloned from the migrated template.
import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pg from 'pg';
import request from 'supertest';
import { createApp, SeedService } from '../../backend/src/app.ts';
import { type AppConfig, loadConfig } from '../../backend/src/config/app-config.ts';
import { PrismaService } from '../../backend/src/database/prisma.service.ts';
import { PinnedClock } from '../../backend/src/clock/clock.ts';

export const ADMIN_PASSWORD = 'admin-pass-123';
export const TEMPLATE_DB = 'template_app';
/**
 * The instant every test app starts at: the suite never depends on the machine's date (CI runs it again with
 * the system clock moved to another year). Its clock then runs at real speed; tests move it with `clock.set`.
 */
export const TEST_NOW = '2026-11-27T10:00:00+08:00';

export interface TestApp {
  app: NestExpressApplication;
  http: () => ReturnType<typeof request>;
  prisma: PrismaService;
  databaseUrl: string;
  config: AppConfig;
  /** The app's clock (starts at TEST_NOW). */
  clock: PinnedClock;
  /** Signs in and returns the bearer token. */
  login(username: string, password: string): Promise<string>;
  adminToken(): Promise<string>;
  /** Creates a user of that role (a UNIT user for `unitId`) and returns its token. */
  userToken(role: 'ADMIN' | 'LEADER' | 'UNIT', unitId?: number): Promise<string>;
  close(): Promise<void>;
}

function serverUrl(): string {
  const url = process.env.E2E_PG_SERVER_URL;
  if (!url) throw new Error('E2E_PG_SERVER_URL is not set: run the e2e tests through jest (global setup)');
  return url;
}

/** A fresh, migrated, empty database; returns its URL. */
export async function createTestDatabase(): Promise<string> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: `${serverUrl()}postgres` });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DB}"`);
  } finally {
    await admin.end();
  }
  return `${serverUrl()}${name}`;
}

export async function startTestApp(env: Record<string, string> = {}, overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const databaseUrl = overrides.databaseUrl ?? (await createTestDatabase());
  const config = loadConfig(
    { ADMIN_PASSWORD, TRACKING_START: '2026-01', ...env },
    { databaseUrl, logLevel: 'error', schedulerEnabled: false, dashboardDir: '/nonexistent', ...overrides },
  );
  const clock = new PinnedClock(TEST_NOW);
  const app = await createApp(config, clock);
  await app.get(SeedService).run();
  const server = app.getHttpServer();
  const http = () => request(server);
  let counter = 0;

  const login = async (username: string, password: string) => {
    const res = await http().post('/api/auth/login').send({ username, password });
    if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.token as string;
  };
  const adminToken = () => login('admin', ADMIN_PASSWORD);

  return {
    app,
    http,
    prisma: app.get(PrismaService),
    databaseUrl,
    config,
    clock,
    login,
    adminToken,
    async userToken(role, unitId) {
      const admin = await adminToken();
      const username = `${role.toLowerCase()}${++counter}_${randomBytes(3).toString('hex')}`;
      const res = await http()
        .post('/api/users')
        .set('Authorization', `Bearer ${admin}`)
        .send({ username, password: 'password-123', role, unitId: unitId ?? null });
      if (res.status !== 201) throw new Error(`create user failed: ${res.status} ${JSON.stringify(res.body)}`);
      return login(username, 'password-123');
    },
    close: () => app.close(),
  };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** supertest parser that keeps a response body as raw bytes (downloads, .xlsx, .docx). */
export function binaryParser(res: NodeJS.ReadableStream, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

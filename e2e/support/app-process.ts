// The real server (`backend/dist/main.js`) as its own process on its own embedded PostgreSQL in a temporary
// DATA_DIR, for tests that kill processes: the shared e2e server must not be touched.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SERVER_NODE_ARGS } from '../../backend/src/config/runtime.ts';
import { freePort } from '../../backend/src/database/embedded-postgres.ts';

const MAIN = path.resolve(import.meta.dirname, '..', '..', 'backend', 'dist', 'main.js');
export const PROCESS_ADMIN_PASSWORD = 'admin-pass-123';

export interface AppProcess {
  url: string;
  child: ChildProcess;
  /** Everything the process printed so far. */
  output(): string;
  /** The pid in DATA_DIR/pg/postmaster.pid: the embedded PostgreSQL's postmaster. */
  postmasterPid(): Promise<number>;
  stop(): Promise<void>;
}

export const tempDataDir = () => mkdtemp(path.join(os.tmpdir(), 'credit-proc-'));

export async function startAppProcess(dataDir: string, env: Record<string, string> = {}): Promise<AppProcess> {
  const port = await freePort();
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, [...SERVER_NODE_ARGS, MAIN], {
    env: {
      ...inherited,
      DATA_DIR: dataDir,
      PORT: String(port),
      ADMIN_PASSWORD: PROCESS_ADMIN_PASSWORD,
      TRACKING_START: '2026-01',
      CLOCK_START: '2026-12-01T10:00:00+08:00',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  let exit: string | null = null;
  child.once('exit', (code, signal) => (exit = `${code ?? signal}`));
  await waitForHealth(url, 60_000, () => {
    if (exit !== null) throw new Error(`server exited with ${exit}:\n${output}`);
  });
  return {
    url,
    child,
    output: () => output,
    postmasterPid: async () => Number((await readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[0]),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Resolves when /api/health answers 200; returns how long that took. `check` may throw to give up. */
export async function waitForHealth(url: string, timeoutMs: number, check = () => undefined as void): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    check();
    try {
      if ((await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) })).ok) return Date.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not become healthy within ${timeoutMs} ms`);
}

/** Running, and not a zombie nobody has reaped yet. */
export function isAlive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

export async function loginAdmin(url: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: PROCESS_ADMIN_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

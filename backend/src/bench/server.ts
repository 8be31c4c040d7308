// The server under test runs as its own process (the real `main.js`), so its memory is its own.
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SERVER_NODE_ARGS } from '../config/runtime.ts';
import { freePort } from '../database/embedded-postgres.ts';

export interface RunningServer {
  url: string;
  pid: number;
  /** Peak resident memory so far (VmHWM), in MB. */
  peakRssMb(): number;
  /** The resident set now (not the peak). */
  rssMb(): number;
  /** CPU seconds the process has used so far (user + system): a figure other load on the machine bends less than time. */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

/** Once a year (1 January, 09:00): never due at the benchmark's start-up but on that one morning. */
const BENCH_NOTICE_CRON = '0 0 9 1 1 *';

// backend/dist/main.js, whether this file runs from src (tests) or from dist.
const MAIN = path.resolve(import.meta.dirname, '..', '..', 'dist', 'main.js');

/** `cpuProfileDir`: the server writes a V8 CPU profile there when it stops (`--cpu-prof`). */
export async function startServer(databaseUrl: string, adminPassword: string, cpuProfileDir?: string): Promise<RunningServer> {
  const port = await freePort();
  const profile = cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`] : [];
  const child: ChildProcess = spawn(process.execPath, [...SERVER_NODE_ARGS, ...profile, MAIN], {
    // NOTICE_CRON: a server started after 09:00 catches the day's notices job up at once, in its own process,
    // under whatever is measured next; the benchmark times that job as a phase of its own (POST …/jobs/run).
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), ADMIN_PASSWORD: adminPassword, LOG_LEVEL: 'warn', NOTICE_CRON: BENCH_NOTICE_CRON },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`server exited with ${code}`))));
  await Promise.race([waitForHealth(url), exited]);
  return {
    url,
    pid: child.pid!,
    peakRssMb: () => statusMb(child.pid!, 'VmHWM'),
    rssMb: () => statusMb(child.pid!, 'VmRSS'),
    cpuSeconds: () => cpuSeconds(child.pid!),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

async function waitForHealth(url: string): Promise<void> {
  const deadline = Date.now() + 15 * 60_000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('server did not become healthy');
}

/** A memory figure of /proc/PID/status in MB (VmHWM: the peak resident set; VmRSS: the current one). */
function statusMb(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN) / 1024);
}

/** The fields of /proc/PID/stat after the parenthesised name (field 3 is [0]). */
function statFields(pid: number): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** utime + stime (fields 14 and 15), in seconds. */
function cpuSeconds(pid: number): number {
  const fields = statFields(pid);
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * CPU seconds used so far by an embedded PostgreSQL's processes (the postmaster of the cluster in `dataDir` and its
 * children, the backends that exited included: cutime and cstime), or null when it is not running here.
 */
export function databaseCpuSeconds(dataDir: string): number | null {
  let postmaster: number;
  try {
    postmaster = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return null;
  }
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = statFields(Number(entry));
      if (Number(entry) === postmaster) total += (Number(fields[13]) + Number(fields[14])) / 100;
      else if (Number(fields[1]) === postmaster) total += cpuSeconds(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

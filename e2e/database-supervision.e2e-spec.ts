// Faults of the embedded PostgreSQL, on a real server process with its own database: kill -9 of the
// postmaster during writes, and kill -9 of the app leaving its PostgreSQL behind.
import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from '@jest/globals';
import { type AppProcess, isAlive, loginAdmin, startAppProcess, tempDataDir, waitForHealth } from './support/app-process.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a supervised database', () => {
  const running: AppProcess[] = [];
  const dirs: string[] = [];
  const dataDir = async () => {
    dirs.push(await tempDataDir());
    return dirs.at(-1)!;
  };
  afterAll(async () => {
    for (const app of running) await app.stop();
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('restarts a killed PostgreSQL by itself, answers 503 meanwhile and keeps every acknowledged write', async () => {
    const app = await startAppProcess(await dataDir());
    running.push(app);
    const auth = { Authorization: `Bearer ${await loginAdmin(app.url)}`, 'Content-Type': 'application/json' };
    const statuses = new Map<number, number>();
    const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
    const acknowledged: number[] = [];
    let writing = true;
    let n = 0;
    const writer = async () => {
      while (writing) {
        const name = `联络员${++n}`;
        try {
          const res = await fetch(`${app.url}/api/contacts`, {
            method: 'POST',
            headers: auth,
            body: JSON.stringify({ unitId: 1 + (n % 5), name }),
            signal: AbortSignal.timeout(10_000),
          });
          count(res.status);
          const body = (await res.json()) as { id?: number; message?: string };
          if (res.status === 201) acknowledged.push(body.id!);
          if (res.status === 503) expect(body.message).toBe('数据库暂时不可用，请稍后重试');
        } catch {
          count(0); // no answer at all
        }
      }
    };
    const writers = [writer(), writer(), writer(), writer()];
    await sleep(1_000);

    const postmaster = await app.postmasterPid();
    process.kill(postmaster, 'SIGKILL');
    const killedAt = Date.now();
    // Health answers fast while the database is down, and comes back by itself.
    const healthStatuses: number[] = [];
    while (Date.now() - killedAt < 30_000) {
      const started = Date.now();
      const res = await fetch(`${app.url}/api/health`, { signal: AbortSignal.timeout(5_000) });
      expect(Date.now() - started).toBeLessThan(1_500);
      healthStatuses.push(res.status);
      if (res.status === 200 && healthStatuses.includes(503)) break;
      await sleep(50);
    }
    const recoveredAfter = Date.now() - killedAt;
    await sleep(1_000); // more writes on the restarted server
    writing = false;
    await Promise.all(writers);

    expect(healthStatuses).toContain(503);
    expect(healthStatuses.at(-1)).toBe(200);
    expect(recoveredAfter).toBeLessThan(30_000);
    expect(isAlive(postmaster)).toBe(false);
    expect(await app.postmasterPid()).not.toBe(postmaster);
    // Writes answered 201 or 503, nothing else, and some of each.
    expect([...statuses.keys()].sort()).toEqual([201, 503]);
    expect(acknowledged.length).toBeGreaterThan(10);
    // Every acknowledged write is there.
    const ids = new Set<number>();
    for (let start = 0; ; start += 1_000) {
      const page = await fetch(`${app.url}/api/contacts?range=[${start},${start + 999}]`, { headers: auth });
      expect(page.status).toBe(200);
      const rows = (await page.json()) as { id: number }[];
      for (const row of rows) ids.add(row.id);
      if (rows.length < 1_000) break;
    }
    expect(acknowledged.filter((id) => !ids.has(id))).toEqual([]);
  }, 90_000);

  it('starts again on the same data after kill -9 of the app left its PostgreSQL running', async () => {
    const dir = await dataDir();
    const first = await startAppProcess(dir);
    const postmaster = await first.postmasterPid();
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    expect(isAlive(postmaster)).toBe(true); // orphaned, still holding the data folder

    const second = await startAppProcess(dir);
    running.push(second);
    expect(await waitForHealth(second.url, 1_000)).toBeLessThan(1_000);
    expect(isAlive(postmaster)).toBe(false);
    expect(second.output()).toContain(`PID ${postmaster}`);
    await loginAdmin(second.url);

    // A third start on a data folder a running app uses is refused, clearly, and the running app is untouched.
    const third = await startAppProcess(dir).then(
      () => 'started',
      (error: Error) => error.message,
    );
    expect(third).toContain('数据目录正被另一个运行中的实例使用');
    expect(third).not.toContain('undefined');
    expect(await waitForHealth(second.url, 1_000)).toBeLessThan(1_000);
  }, 90_000);
});

// Whether an error means "the database cannot be reached right now" (down, restarting, connection cut),
// as opposed to a fault of the request or of the code. Such errors answer 503, not 500.

/** PostgreSQL SQLSTATEs, socket errors and Prisma codes of an unreachable or restarting server. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down, in recovery)
  '08000', '08001', '08003', '08004', '08006', // connection exceptions
  'P1001', 'P1002', 'P1017', // Prisma: can't reach, timed out, server closed the connection
]);

/** Kinds of Prisma's driver-adapter errors that mean the same. */
const UNAVAILABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout']);

/** node-postgres throws plain Errors (no code) when a connection drops or cannot be made. */
const UNAVAILABLE_MESSAGES =
  /Connection terminated|connection timeout|Connection ended|Client has encountered a connection error|the database system is (starting up|shutting down|in recovery)|terminating connection due to (administrator command|crash)|Can't reach database server|Server has closed the connection/i;

export const DATABASE_UNAVAILABLE_MESSAGE = '数据库暂时不可用，请稍后重试';

/** True when `error`, or any error it wraps (cause, Prisma's driver-adapter error), is a lost database. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0) {
    const current = pending.pop();
    if (typeof current !== 'object' || current === null || seen.has(current)) continue;
    seen.add(current);
    const e = current as Record<string, unknown>;
    for (const key of ['code', 'originalCode'] as const) {
      if (typeof e[key] === 'string' && UNAVAILABLE_CODES.has(e[key])) return true;
    }
    if (typeof e.kind === 'string' && UNAVAILABLE_KINDS.has(e.kind)) return true;
    if (e.kind === 'postgres' && typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return true;
    if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message)) return true;
    pending.push(e.cause, e.meta, e.driverAdapterError, e.originalError);
  }
  return false;
}

const REPORT_EVERY_MS = 10_000;
let lastReport = -Infinity;
let unreported = 0;

/** While the database is down every request fails the same way: one log line per 10 s, with a count. */
export function reportUnavailable(log: (line: string) => void, error: unknown): void {
  const now = performance.now();
  if (now - lastReport < REPORT_EVERY_MS) {
    unreported++;
    return;
  }
  const more = unreported > 0 ? `（此前另有 ${unreported} 次 / ${unreported} more before）` : '';
  log(`数据库不可用${more} / database unavailable: ${error instanceof Error ? error.message.trim().split('\n').at(-1) : String(error)}`);
  lastReport = now;
  unreported = 0;
}

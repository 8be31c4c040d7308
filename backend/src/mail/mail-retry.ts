// How the outbox reacts to a failed delivery: when to try again, and which failures are worth retrying.

const MINUTE = 60_000;
const MAX_DELAY = 12 * 60 * MINUTE;

/**
 * Wait before the next attempt after `failures` failed ones: 1 min, 4 min, 16 min, 64 min, ~4 h, then 12 h.
 * Eight attempts span about a day and a half, so a weekend outage of the mail server delays mail, loses none.
 */
export function retryDelayMs(failures: number): number {
  if (!Number.isInteger(failures) || failures < 1) throw new RangeError(`failures must be ≥ 1, got ${failures}`);
  return Math.min(MINUTE * 4 ** (failures - 1), MAX_DELAY);
}

/**
 * CONNECTION: the server is unreachable or refuses us (every other mail would fail alike: stop the pass);
 * PERMANENT: the server rejected this mail for good (5xx, e.g. no such mailbox);
 * TRANSIENT: anything else, retried.
 */
export type FailureKind = 'CONNECTION' | 'PERMANENT' | 'TRANSIENT';

const CONNECTION_CODES = new Set(['ECONNECTION', 'ECONNREFUSED', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'EAUTH', 'ETLS', 'EPROTOCOL']);

export function classifyFailure(error: unknown): FailureKind {
  const e = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  const responseCode = typeof e.responseCode === 'number' ? e.responseCode : null;
  if (responseCode !== null && responseCode >= 500 && responseCode < 600 && e.code !== 'EAUTH') return 'PERMANENT';
  if (typeof e.code === 'string' && CONNECTION_CODES.has(e.code)) return 'CONNECTION';
  return 'TRANSIENT';
}

/** A short, single-line description of a failure for the attempt log. */
export function describeFailure(error: unknown): string {
  const e = (error ?? {}) as { code?: unknown; message?: unknown; response?: unknown };
  const text = [e.code, typeof e.response === 'string' ? e.response : e.message].filter(Boolean).join(': ');
  return (text || String(error)).replace(/\s+/g, ' ').slice(0, 500);
}

/** What an attempt changes on its outbox row (mail's and the channels' rows alike). */
export function afterAttempt<S extends string>(a: { attempt: number; ok: boolean; error: string | null; status: S; nextAttemptAt: Date | null }, at: Date) {
  return {
    status: a.status,
    attempts: a.attempt,
    lastError: a.error,
    ...(a.nextAttemptAt ? { nextAttemptAt: a.nextAttemptAt } : {}),
    ...(a.ok ? { sentAt: at } : {}),
  };
}

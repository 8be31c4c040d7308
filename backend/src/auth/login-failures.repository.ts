import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/prisma.service.ts';
/** The first half of the advisory lock keys taken here ('LOGN'), so they cannot meet another feature's locks. */
const LOCK_SPACE = 0x4c4f474e;
const lockId = (key: string) => createHash('sha256').update(key).digest().readInt32BE(0);

/** Failed (and in-flight) sign-in attempts, kept in the database so the limits hold across instances. */
@Injectable()
export class LoginFailuresRepository {
  /** Holds the keys until the transaction ends, always in the same order, so two attempts cannot deadlock. */
  async lock(tx: Tx, keys: string[]): Promise<void> {
    for (const id of [...new Set(keys.map(lockId))].sort((a, b) => a - b)) {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_SPACE}::int, ${id}::int)`;
    }
  }

  /** How many attempts each key has had since `since`. */
  async counts(tx: Tx, keys: string[], since: Date): Promise<Map<string, number>> {
    const rows = await tx.loginFailure.groupBy({
      by: ['key'],
      where: { key: { in: keys }, createdAt: { gte: since } },
      _count: { _all: true },
    });
    return new Map(rows.map((r) => [r.key, r._count._all]));
  }

  async add(tx: Tx, keys: string[], at: Date): Promise<number[]> {
    const rows = await tx.loginFailure.createManyAndReturn({ data: keys.map((key) => ({ key, createdAt: at })), select: { id: true } });
    return rows.map((r) => r.id);
  }

  /** Forgets these attempts, every attempt of `keys`, and whatever is older than the window. */
  async clear(tx: Tx, ids: number[], keys: string[], olderThan: Date): Promise<void> {
    await tx.loginFailure.deleteMany({ where: { OR: [{ id: { in: ids } }, { key: { in: keys } }, { createdAt: { lt: olderThan } }] } });
  }
}

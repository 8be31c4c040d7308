// Attempt limits for sign-in and password change. An attempt counts as a failure *before* its password is
// checked, under an advisory lock per key, so parallel guesses cannot overtake the count; a right password
// then removes its own row in the caller's transaction.
import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { Clock } from '../clock/clock.ts';
import { PrismaService, type Tx } from '../database/prisma.service.ts';
import { LoginFailuresRepository } from './login-failures.repository.ts';
import { TransactionRunner } from '../database/transaction-runner.ts';

/**
 * Failures allowed per window: per (user name, address) the lock is quick, so whoever guesses from one place
 * cannot lock the account for everyone else; per user name and per address (all others) it is much slower.
 */
export const LOGIN_LIMITS = { perUserAndAddress: 5, perUser: 50, perAddress: 50, passwordChange: 5, windowMinutes: 15 };

export interface AttemptLimit {
  key: string;
  max: number;
}

export interface Attempt {
  ids: number[];
  since: Date;
}

@Injectable()
export class LoginAttempts {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly failures: LoginFailuresRepository,
    private readonly clock: Clock,
  ) {}

  /** Records the attempt, or answers 429 (with `message`) when one of the limits is already reached. */
  async begin(limits: AttemptLimit[], message: string): Promise<Attempt> {
    const now = this.clock.now();
    const since = new Date(now.getTime() - LOGIN_LIMITS.windowMinutes * 60_000);
    const keys = limits.map((l) => l.key);
    const ids = await this.transactions.run(async (tx) => {
      await this.failures.lock(tx, keys);
      const counts = await this.failures.counts(tx, keys, since);
      if (limits.some((l) => (counts.get(l.key) ?? 0) >= l.max)) return null;
      return this.failures.add(tx, keys, now);
    });
    if (!ids) {
      throw new HttpException(
        { statusCode: 429, message: `${message}，请 ${LOGIN_LIMITS.windowMinutes} 分钟后再试` },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    return { ids, since };
  }

  /** The attempt was right: forget it and the failures of `resetKeys` (in the caller's transaction). */
  succeeded(tx: Tx, attempt: Attempt, resetKeys: string[]): Promise<void> {
    return this.failures.clear(tx, attempt.ids, resetKeys, attempt.since);
  }
}

// The owner of every transaction: a service that writes asks the runner for one and hands the `Tx` to its
// repositories (and the audit trail), so a write and its audit event commit or roll back together.
import { Injectable } from '@nestjs/common';
import { PrismaService, type Tx } from './prisma.service.ts';

@Injectable()
export class TransactionRunner {
  constructor(private readonly prisma: PrismaService) {}

  /** Runs `work` in one transaction (read committed) and returns its result. */
  run<T>(work: (tx: Tx) => Promise<T>, timeoutMs = 30_000): Promise<T> {
    return this.prisma.$transaction((tx) => work(tx as Tx), { timeout: timeoutMs, maxWait: 10_000 });
  }
}

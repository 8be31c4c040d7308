import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient, type Prisma } from '../generated/prisma/client.ts';
import { APP_CONFIG, type AppConfig } from '../config/app-config.ts';

/** A client or an open transaction: repositories take either, so services can compose writes atomically. */
export type Db = PrismaClient | Prisma.TransactionClient;

@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    if (!config.databaseUrl) throw new Error('databaseUrl must be resolved before the app starts');
    super({ adapter: new PrismaPg({ connectionString: config.databaseUrl }) });
  }

  /** Runs `work` in one transaction (read committed) and returns its result. */
  transaction<T>(work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
    return this.$transaction(work, { timeout: 30_000, maxWait: 10_000 });
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
  }
}

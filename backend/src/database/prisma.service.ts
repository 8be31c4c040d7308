import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient, type Prisma } from '../generated/prisma/client.ts';
import { APP_CONFIG, type AppConfig } from '../config/app-config.ts';

/** A client or an open transaction: what a repository's reads take. */
export type Db = PrismaClient | Prisma.TransactionClient;

declare const openTransaction: unique symbol;
/**
 * An open transaction, as only `TransactionRunner.run` hands it out. A repository's writes take this and
 * nothing else, so a write (and its audit event) cannot run on the shared client outside its transaction.
 */
export type Tx = Prisma.TransactionClient & { readonly [openTransaction]: true };

@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    if (!config.databaseUrl) throw new Error('databaseUrl must be resolved before the app starts');
    super({ adapter: new PrismaPg({ connectionString: config.databaseUrl }) });
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
  }
}

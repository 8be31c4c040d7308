import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
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
  /**
   * The connection pool under the client, for the rare statement whose answer is one large value (a ranking
   * of 10,000 units as one JSON text): through the client it would be copied and converted again, at a cost
   * near the statement's own. Repositories only, like the client itself.
   */
  readonly pool: pg.Pool;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    if (!config.databaseUrl) throw new Error('databaseUrl must be resolved before the app starts');
    const pool = new pg.Pool({ connectionString: config.databaseUrl });
    super({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
    this.pool = pool;
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
  }
}

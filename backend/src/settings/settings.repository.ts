import { Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client.ts';
import { type Db, PrismaService, type Tx } from '../database/prisma.service.ts';

/** Key/value settings of the office (its details, thresholds, secrets shared by all instances). */
@Injectable()
export class SettingsRepository {
  constructor(private readonly prisma: PrismaService) {}

  async get<T>(key: string, db: Db = this.prisma): Promise<T | undefined> {
    const row = await db.setting.findUnique({ where: { key } });
    return row ? (row.value as T) : undefined;
  }

  async all(db: Db = this.prisma): Promise<Record<string, unknown>> {
    const rows = await db.setting.findMany({ orderBy: { key: 'asc' } });
    return Object.fromEntries(rows.map((r) => [r.key, r.value]));
  }

  async set(tx: Tx, key: string, value: Prisma.InputJsonValue): Promise<void> {
    await tx.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
  }

  /** Stores `value` unless the key exists; returns what is stored (safe when instances race). */
  async getOrCreate<T extends Prisma.InputJsonValue>(tx: Tx, key: string, value: T): Promise<T> {
    await tx.setting.createMany({ data: [{ key, value }], skipDuplicates: true });
    return (await this.get<T>(key, tx)) as T;
  }
}

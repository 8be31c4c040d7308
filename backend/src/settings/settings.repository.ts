import { Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client.ts';
import { type Db, PrismaService } from '../database/prisma.service.ts';

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

  async set(key: string, value: Prisma.InputJsonValue, db: Db = this.prisma): Promise<void> {
    await db.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
  }

  /** Stores `value` unless the key exists; returns what is stored (safe when instances race). */
  async getOrCreate<T extends Prisma.InputJsonValue>(key: string, value: T, db: Db = this.prisma): Promise<T> {
    await db.setting.createMany({ data: [{ key, value }], skipDuplicates: true });
    return (await this.get<T>(key, db)) as T;
  }
}

import { Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client.ts';
import { type Db, PrismaService, type Tx } from '../database/prisma.service.ts';
import type { SettingKey } from './settings-keys.ts';

/** The settings table as stored (JSON values); read them through `Settings`, which parses each key's value. */
@Injectable()
export class SettingsRepository {
  constructor(private readonly prisma: PrismaService) {}

  async get(key: SettingKey, db: Db = this.prisma): Promise<unknown> {
    const row = await db.setting.findUnique({ where: { key } });
    return row ? row.value : undefined;
  }

  async set(tx: Tx, key: SettingKey, value: Prisma.InputJsonValue): Promise<void> {
    await tx.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
  }

  /** Stores `value` unless the key exists; returns what is stored (safe when instances race). */
  async getOrCreate(tx: Tx, key: SettingKey, value: Prisma.InputJsonValue): Promise<unknown> {
    await tx.setting.createMany({ data: [{ key, value }], skipDuplicates: true });
    return this.get(key, tx);
  }
}

// Typed access to the settings table: every read parses the stored JSON with the key's schema
// (settings-keys.ts), so a reader never casts and a bad stored value is answered clearly.
import { Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client.ts';
import type { Db, Tx } from '../database/prisma.service.ts';
import { type OfficeSettings, parseSetting, type SettingKey, type SettingValue, type StoredSetting } from './settings-keys.ts';
import { SettingsRepository } from './settings.repository.ts';

@Injectable()
export class Settings {
  constructor(private readonly repo: SettingsRepository) {}

  /** The parsed value, or undefined when the key is not stored. */
  async get<K extends SettingKey>(key: K, db?: Db): Promise<SettingValue<K> | undefined> {
    const stored = await this.repo.get(key, db);
    return stored === undefined ? undefined : parseSetting(key, stored);
  }

  /** The office's details; an unseeded database gets the defaults (name 信用办, nothing else). */
  async office(db?: Db): Promise<OfficeSettings> {
    return parseSetting('office', (await this.repo.get('office', db)) ?? {});
  }

  async set<K extends SettingKey>(tx: Tx, key: K, value: StoredSetting<K>): Promise<void> {
    parseSetting(key, value);
    await this.repo.set(tx, key, value as Prisma.InputJsonValue);
  }

  /** Stores `value` unless the key exists; returns what is stored (safe when instances race). */
  async getOrCreate<K extends SettingKey>(tx: Tx, key: K, value: StoredSetting<K>): Promise<SettingValue<K>> {
    return parseSetting(key, await this.repo.getOrCreate(tx, key, value as Prisma.InputJsonValue));
  }

  /** Adds the fields of `value` the stored object lacks (a field seeded after the row was); true when it changed. */
  async addMissingFields<K extends SettingKey>(tx: Tx, key: K, value: Record<string, unknown>): Promise<boolean> {
    const stored = await this.repo.get(key, tx);
    if (!isObject(stored)) return false;
    const missing = Object.entries(value).filter(([name]) => !(name in stored));
    if (missing.length === 0) return false;
    await this.repo.set(tx, key, { ...Object.fromEntries(missing), ...stored } as Prisma.InputJsonValue);
    return true;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

// A group of related settings the office can change (one row of the settings table, a JSON object): read with
// defaults filled in, changed by a validated partial update that is audited like every other write.
import type { z } from 'zod';
import type { Prisma } from '../generated/prisma/client.ts';
import type { AuthUser } from '../identity/current-user.ts';
import type { AuditTrail } from '../audit-events/audit-trail.service.ts';
import type { Db } from '../database/prisma.service.ts';
import { SETTINGS_GROUPS, type SettingsGroupKey } from './settings-keys.ts';
import type { SettingsRepository } from './settings.repository.ts';

type Values<K extends SettingsGroupKey> = z.infer<(typeof SETTINGS_GROUPS)[K]['schema']>;

export abstract class SettingsGroup<K extends SettingsGroupKey> {
  protected constructor(
    /** The settings key, also the record id in responses and audit events. */
    readonly key: K,
    private readonly settings: SettingsRepository,
    private readonly audit: AuditTrail,
  ) {}

  /** The stored values over the defaults; a stored value that no longer validates falls back to its default. */
  async get(db?: Db): Promise<Values<K>> {
    const { schema, defaults } = SETTINGS_GROUPS[this.key];
    const raw = await this.settings.get(this.key, db);
    const stored = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const values: Record<string, unknown> = { ...defaults };
    for (const [name, field] of Object.entries(schema.shape)) {
      if (!(name in stored)) continue;
      const parsed = (field as z.ZodType).safeParse(stored[name]);
      if (parsed.success) values[name] = parsed.data;
    }
    return values as Values<K>;
  }

  /** Applies a partial change (already validated against the schema's partial) and records it. */
  update(patch: Partial<Values<K>>, user: AuthUser) {
    return this.audit.update({
      user,
      resource: 'settings',
      load: async (tx) => ({ id: this.key, ...(await this.get(tx)) }),
      work: async (tx, before) => {
        const { id: _id, ...current } = before;
        const next = { ...current, ...definedOnly(patch) } as Values<K>;
        await this.settings.set(tx, this.key, next as Prisma.InputJsonValue);
        return { id: this.key, ...next };
      },
    });
  }
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

// A group of related settings the office can change (one row of the settings table, a JSON object): read with
// defaults filled in, changed by a validated partial update that is audited like every other write.
import type { z } from 'zod';
import type { Prisma } from '../generated/prisma/client.ts';
import type { AuthUser } from '../identity/current-user.ts';
import type { AuditTrail } from '../audit-events/audit-trail.service.ts';
import type { Db } from '../database/prisma.service.ts';
import type { SettingsRepository } from './settings.repository.ts';

export abstract class SettingsGroup<S extends z.ZodObject> {
  protected constructor(
    /** The settings key, also the record id in responses and audit events. */
    readonly key: string,
    private readonly schema: S,
    private readonly defaults: z.infer<S>,
    private readonly settings: SettingsRepository,
    private readonly audit: AuditTrail,
  ) {}

  /** The stored values over the defaults; a stored value that no longer validates falls back to its default. */
  async get(db?: Db): Promise<z.infer<S>> {
    const stored = (await this.settings.get<Record<string, unknown>>(this.key, db)) ?? {};
    const values: Record<string, unknown> = { ...this.defaults };
    for (const [name, field] of Object.entries(this.schema.shape)) {
      if (!(name in stored)) continue;
      const parsed = (field as z.ZodType).safeParse(stored[name]);
      if (parsed.success) values[name] = parsed.data;
    }
    return values as z.infer<S>;
  }

  /** Applies a partial change (already validated against the schema's partial) and records it. */
  update(patch: Partial<z.infer<S>>, user: AuthUser) {
    return this.audit.update(
      user,
      'settings',
      async (tx) => ({ id: this.key, ...(await this.get(tx)) }),
      async (tx, before) => {
        const { id: _id, ...current } = before;
        const next = { ...current, ...definedOnly(patch) } as z.infer<S>;
        await this.settings.set(tx, this.key, next as Prisma.InputJsonValue);
        return { id: this.key, ...next };
      },
    );
  }
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

import type { SettingKey } from '../settings/settings-keys.ts';
import { Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client.ts';
import type { Db, Tx } from '../database/prisma.service.ts';

/** Inserts that never overwrite: a second seed run, or the office's later edits, are left as they are. */
@Injectable()
export class SeedRepository {
  async insertUnits(db: Tx, units: { name: string; sortOrder: number; createdAt: Date }[]): Promise<number> {
    const { count } = await db.unit.createMany({ data: units, skipDuplicates: true });
    return count;
  }

  async insertStreams(db: Tx, streams: Prisma.StreamCreateManyInput[]): Promise<number> {
    const { count } = await db.stream.createMany({ data: streams, skipDuplicates: true });
    return count;
  }

  unitIdsByName(db: Db) {
    return db.unit.findMany({ select: { id: true, name: true } });
  }

  streamIdsByCode(db: Db) {
    return db.stream.findMany({ select: { id: true, code: true } });
  }

  /** Pairs that already have an assignment (current or ended): those are the office's to manage. */
  assignedPairs(db: Db) {
    return db.assignment.findMany({ select: { unitId: true, streamId: true }, distinct: ['unitId', 'streamId'] });
  }

  async insertAssignments(db: Tx, rows: Prisma.AssignmentCreateManyInput[]): Promise<number> {
    const { count } = await db.assignment.createMany({ data: rows, skipDuplicates: true });
    return count;
  }

  async insertSettings(db: Tx, settings: Partial<Record<SettingKey, Prisma.InputJsonValue>>): Promise<number> {
    const data = Object.entries(settings).map(([key, value]) => ({ key, value }));
    const { count } = await db.setting.createMany({ data, skipDuplicates: true });
    return count;
  }

  hasActiveAdmin(db: Db) {
    return db.user.count({ where: { role: 'ADMIN', active: true } }).then((n) => n > 0);
  }
}

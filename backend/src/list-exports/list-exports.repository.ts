import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service.ts';

/** The names an export writes in place of ids: every unit, stream and user (small tables). */
@Injectable()
export class ListExportsRepository {
  constructor(private readonly prisma: PrismaService) {}

  async names() {
    const [units, streams, users] = await Promise.all([
      this.prisma.unit.findMany({ select: { id: true, name: true } }),
      this.prisma.stream.findMany({ select: { id: true, code: true, name: true } }),
      this.prisma.user.findMany({ select: { id: true, username: true, displayName: true } }),
    ]);
    return {
      units: new Map(units.map((u) => [u.id, u.name])),
      streams: new Map(streams.map((s) => [s.id, s.name])),
      streamCodes: new Map(streams.map((s) => [s.code, s.name])),
      users: new Map(users.map((u) => [u.id, u.displayName ? `${u.displayName}（${u.username}）` : u.username])),
    };
  }
}

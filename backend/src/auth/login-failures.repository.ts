import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service.ts';

/** Failed logins, kept in the database so the limit holds across instances. */
@Injectable()
export class LoginFailuresRepository {
  constructor(private readonly prisma: PrismaService) {}

  count(key: string, since: Date) {
    return this.prisma.loginFailure.count({ where: { key, createdAt: { gte: since } } });
  }

  async add(keys: string[]): Promise<void> {
    await this.prisma.loginFailure.createMany({ data: keys.map((key) => ({ key })) });
  }

  async clear(key: string, olderThan: Date): Promise<void> {
    await this.prisma.loginFailure.deleteMany({ where: { OR: [{ key }, { createdAt: { lt: olderThan } }] } });
  }
}

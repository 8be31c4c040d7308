import { Injectable } from '@nestjs/common';
import { PrismaService, type Tx } from '../database/prisma.service.ts';

/** Tokens ended by logout, until they would have expired anyway. */
@Injectable()
export class RevokedTokensRepository {
  constructor(private readonly prisma: PrismaService) {}

  async isRevoked(jti: string): Promise<boolean> {
    return (await this.prisma.revokedToken.count({ where: { jti } })) > 0;
  }

  /** Revokes `jti` and forgets the revocations that no longer matter. */
  async revoke(tx: Tx, jti: string, expiresAt: Date, now: Date): Promise<void> {
    await tx.revokedToken.deleteMany({ where: { expiresAt: { lt: now } } });
    await tx.revokedToken.upsert({ where: { jti }, create: { jti, expiresAt }, update: {} });
  }
}

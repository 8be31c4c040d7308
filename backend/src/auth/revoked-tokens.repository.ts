import { Injectable } from '@nestjs/common';
import { Prisma } from '../generated/prisma/client.ts';
import type { Role } from '../generated/prisma/enums.ts';
import { PrismaService, type Tx } from '../database/prisma.service.ts';

/** Who a token names, as every request checks it: the user's state and whether this token was revoked. */
export interface TokenHolder {
  id: number;
  username: string;
  role: Role;
  unitId: number | null;
  displayName: string | null;
  active: boolean;
  tokenVersion: number;
  revoked: boolean;
}

/** Tokens ended by logout, until they would have expired anyway. */
@Injectable()
export class RevokedTokensRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The user and the revocation of `jti` in one query (every request asks; null: no such user). */
  async holder(userId: number, jti: string): Promise<TokenHolder | null> {
    const rows = await this.prisma.$queryRaw<TokenHolder[]>(Prisma.sql`
      SELECT u.id, u.username, u.role::text AS role, u.unit_id AS "unitId", u.display_name AS "displayName", u.active,
        u.token_version AS "tokenVersion", EXISTS (SELECT 1 FROM revoked_tokens r WHERE r.jti = ${jti}) AS revoked
      FROM users u WHERE u.id = ${userId}`);
    return rows[0] ?? null;
  }

  /** Revokes `jti` and forgets the revocations that no longer matter. */
  async revoke(tx: Tx, jti: string, expiresAt: Date, now: Date): Promise<void> {
    await tx.revokedToken.deleteMany({ where: { expiresAt: { lt: now } } });
    await tx.revokedToken.upsert({ where: { jti }, create: { jti, expiresAt }, update: {} });
  }
}

import { createSecretKey, type KeyObject, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Clock } from '../clock/clock.ts';
import { APP_CONFIG, type AppConfig } from '../config/app-config.ts';
import { Settings } from '../settings/settings.service.ts';
import { TransactionRunner } from '../database/transaction-runner.ts';

export interface TokenPayload {
  sub: number;
  ver: number;
  /** The token's own id, which logout revokes. */
  jti: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

/** Signs and checks bearer tokens. The secret is shared by all instances through the database. */
@Injectable()
export class TokensService {
  /**
   * The secret as a KeyObject, made once: given a string, jsonwebtoken first tries (and fails) to read it as a
   * PEM key on every call — at hundreds of requests a second, a good part of the server's time.
   */
  private secret?: Promise<KeyObject>;

  constructor(
    private readonly transactions: TransactionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jwt: JwtService,
    private readonly settings: Settings,
    private readonly clock: Clock,
  ) {}

  async sign(user: { id: number; tokenVersion: number }): Promise<string> {
    const payload = { sub: user.id, ver: user.tokenVersion, jti: randomUUID(), iat: this.seconds() };
    return this.jwt.signAsync(payload, { privateKey: await this.key(), algorithm: 'HS256', expiresIn: `${this.config.tokenTtlHours}h` });
  }

  /** The payload of a valid, unexpired token, or null. A token without an expiry or an id is refused. */
  async verify(token: string): Promise<TokenPayload | null> {
    try {
      const payload = await this.jwt.verifyAsync<Partial<TokenPayload>>(token, {
        // A KeyObject, which jsonwebtoken takes (the options' type only names string | Buffer).
        secret: (await this.key()) as unknown as Buffer,
        algorithms: ['HS256'],
        clockTimestamp: this.seconds(),
      });
      const { sub, ver, jti, exp } = payload;
      const valid = Number.isInteger(sub) && Number.isInteger(ver) && typeof jti === 'string' && Number.isFinite(exp);
      return valid ? (payload as TokenPayload) : null;
    } catch {
      return null;
    }
  }

  private seconds(): number {
    return Math.floor(this.clock.nowMs() / 1000);
  }

  private key(): Promise<KeyObject> {
    this.secret ??= (
      this.config.jwtSecret
        ? Promise.resolve(this.config.jwtSecret)
        : this.transactions.run((tx) => this.settings.getOrCreate(tx, 'auth.jwtSecret', randomBytes(48).toString('base64url')))
    ).then((secret) => createSecretKey(Buffer.from(secret)));
    // A failure (database down) is not remembered: the next request asks again.
    this.secret.catch(() => (this.secret = undefined));
    return this.secret;
  }
}

import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '../config/app-config.ts';
import { PrismaService } from '../database/prisma.service.ts';
import { SettingsRepository } from '../settings/settings.repository.ts';

interface TokenPayload {
  sub: number;
  ver: number;
}

/** Signs and checks bearer tokens. The secret is shared by all instances through the database. */
@Injectable()
export class TokensService {
  private secret?: Promise<string>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jwt: JwtService,
    private readonly settings: SettingsRepository,
    private readonly prisma: PrismaService,
  ) {}

  async sign(user: { id: number; tokenVersion: number }): Promise<string> {
    const payload: TokenPayload = { sub: user.id, ver: user.tokenVersion };
    return this.jwt.signAsync(payload, { secret: await this.key(), expiresIn: `${this.config.tokenTtlHours}h` });
  }

  /** The payload of a valid, unexpired token, or null. */
  async verify(token: string): Promise<TokenPayload | null> {
    try {
      const payload = await this.jwt.verifyAsync<TokenPayload>(token, { secret: await this.key() });
      return Number.isInteger(payload.sub) && Number.isInteger(payload.ver) ? payload : null;
    } catch {
      return null;
    }
  }

  private key(): Promise<string> {
    this.secret ??= this.config.jwtSecret
      ? Promise.resolve(this.config.jwtSecret)
      : this.prisma.transaction((tx) => this.settings.getOrCreate(tx, 'auth.jwtSecret', randomBytes(48).toString('base64url')));
    // A failure (database down) is not remembered: the next request asks again.
    this.secret.catch(() => (this.secret = undefined));
    return this.secret;
  }
}

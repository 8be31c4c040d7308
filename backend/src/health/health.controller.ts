import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../identity/current-user.ts';
import { HealthRepository } from './health.repository.ts';

@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthRepository) {}

  /** 200 { status: 'ok', db: 'ok' } while the database answers; 503 otherwise. */
  @Get()
  @Public()
  async check(@Res({ passthrough: true }) res: Response) {
    const db = await this.health.ping();
    res.status(db ? 200 : 503);
    return { status: db ? 'ok' : 'error', db: db ? 'ok' : 'unreachable' };
  }
}

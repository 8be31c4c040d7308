import { Module } from '@nestjs/common';
import { HealthController } from './health.controller.ts';
import { HealthRepository } from './health.repository.ts';

@Module({ controllers: [HealthController], providers: [HealthRepository] })
export class HealthModule {}

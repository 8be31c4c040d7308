import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module.ts';
import { SeedRepository } from './seed.repository.ts';
import { SeedService } from './seed.service.ts';

@Module({ imports: [UsersModule], providers: [SeedRepository, SeedService], exports: [SeedService] })
export class SeedModule {}

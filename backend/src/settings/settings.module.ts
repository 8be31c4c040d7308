import { Global, Module } from '@nestjs/common';
import { SettingsRepository } from './settings.repository.ts';

@Global()
@Module({ providers: [SettingsRepository], exports: [SettingsRepository] })
export class SettingsModule {}

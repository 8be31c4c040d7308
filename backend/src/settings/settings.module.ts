import { Global, Module } from '@nestjs/common';
import { SettingsRepository } from './settings.repository.ts';
import { Settings } from './settings.service.ts';

@Global()
@Module({ providers: [SettingsRepository, Settings], exports: [SettingsRepository, Settings] })
export class SettingsModule {}

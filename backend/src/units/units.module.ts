import { Module } from '@nestjs/common';
import { UnitsController } from './units.controller.ts';
import { UnitsRepository } from './units.repository.ts';
import { UnitsService } from './units.service.ts';

@Module({ controllers: [UnitsController], providers: [UnitsRepository, UnitsService], exports: [UnitsRepository] })
export class UnitsModule {}

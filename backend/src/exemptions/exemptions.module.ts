import { Module } from '@nestjs/common';
import { ObligationsModule } from '../obligations/obligations.module.ts';
import { ExemptionsController } from './exemptions.controller.ts';
import { ExemptionsRepository } from './exemptions.repository.ts';
import { ExemptionsService } from './exemptions.service.ts';

@Module({
  imports: [ObligationsModule],
  controllers: [ExemptionsController],
  providers: [ExemptionsRepository, ExemptionsService],
})
export class ExemptionsModule {}

import { Module } from '@nestjs/common';
import { NoticesModule } from '../notices/notices.module.ts';
import { ObligationsModule } from '../obligations/obligations.module.ts';
import { ExplanationsController } from './explanations.controller.ts';
import { ExplanationsRepository } from './explanations.repository.ts';
import { ExplanationsService } from './explanations.service.ts';

@Module({
  imports: [NoticesModule, ObligationsModule],
  controllers: [ExplanationsController],
  providers: [ExplanationsRepository, ExplanationsService],
})
export class ExplanationsModule {}

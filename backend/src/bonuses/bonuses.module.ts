import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module.ts';
import { NoticesModule } from '../notices/notices.module.ts';
import { ScoringRulesModule } from '../scoring-rules/scoring-rules.module.ts';
import { BonusesController } from './bonuses.controller.ts';
import { BonusesRepository } from './bonuses.repository.ts';
import { BonusesService } from './bonuses.service.ts';

@Module({ imports: [AttachmentsModule, NoticesModule, ScoringRulesModule], controllers: [BonusesController], providers: [BonusesRepository, BonusesService] })
export class BonusesModule {}

import { Module } from '@nestjs/common';
import { RoundsController } from './rounds.controller.ts';
import { RoundsRepository } from './rounds.repository.ts';
import { RoundsService } from './rounds.service.ts';

/** The latest complete round: the one default period of the ranking, the matrix, the trend, 附件5/6 and circulars. */
@Module({ controllers: [RoundsController], providers: [RoundsRepository, RoundsService], exports: [RoundsService] })
export class RoundsModule {}

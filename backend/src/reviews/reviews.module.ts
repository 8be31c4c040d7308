import { Module } from '@nestjs/common';
import { NoticesModule } from '../notices/notices.module.ts';
import { ObligationsModule } from '../obligations/obligations.module.ts';
import { RecordsModule } from '../records/records.module.ts';
import { SubmissionsModule } from '../submissions/submissions.module.ts';
import { ReviewsController } from './reviews.controller.ts';
import { ReviewsRepository } from './reviews.repository.ts';
import { ReviewsService } from './reviews.service.ts';
import { ReturnReasonsController, ReviewSettings } from './return-reasons.ts';

@Module({
  imports: [NoticesModule, ObligationsModule, RecordsModule, SubmissionsModule],
  controllers: [ReviewsController, ReturnReasonsController],
  providers: [ReviewsRepository, ReviewsService, ReviewSettings],
})
export class ReviewsModule {}

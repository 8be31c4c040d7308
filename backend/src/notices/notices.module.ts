import { Module } from '@nestjs/common';
import { ChannelsModule } from '../channels/channels.module.ts';
import { MailModule } from '../mail/mail.module.ts';
import { ObligationsModule } from '../obligations/obligations.module.ts';
import { NoticeJobController } from './notice-job.controller.ts';
import { NoticeChase } from './notice-chase.service.ts';
import { DecisionNotices } from './decision-notices.service.ts';
import { NoticeDelivery } from './notice-delivery.ts';
import { NoticeJob } from './notice-job.service.ts';
import { NoticeSettings } from './notice-settings.ts';
import { NoticesController } from './notices.controller.ts';
import { NoticesRepository } from './notices.repository.ts';
import { NoticesScheduler } from './notices.scheduler.ts';
import { NoticesService } from './notices.service.ts';

/** The automated chase (DESIGN.md §2.5): the job, its schedule and settings, and the in-app inbox. */
@Module({
  imports: [MailModule, ChannelsModule, ObligationsModule],
  controllers: [NoticesController, NoticeJobController],
  providers: [NoticesRepository, NoticesService, NoticeSettings, NoticeJob, NoticeChase, NoticesScheduler, DecisionNotices, NoticeDelivery],
  exports: [NoticeJob, DecisionNotices],
})
export class NoticesModule {}

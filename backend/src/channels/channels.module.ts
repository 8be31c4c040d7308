import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module.ts';
import { ChannelOutbox } from './channel-outbox.service.ts';
import { ChannelQueue } from './channel-queue.ts';
import { ChannelSettings } from './channel-settings.ts';
import { ChannelSettingsController, UnitRobotsController } from './channels.controller.ts';
import { ChannelsRepository } from './channels.repository.ts';
import { ChannelsService } from './channels.service.ts';

/** SMS and group robots beside mail (issue 17): settings, robots, the outbox and its delivery. */
@Module({
  imports: [MailModule],
  controllers: [ChannelSettingsController, UnitRobotsController],
  providers: [ChannelsRepository, ChannelSettings, ChannelQueue, ChannelOutbox, ChannelsService],
  exports: [ChannelOutbox, ChannelSettings, ChannelsService],
})
export class ChannelsModule {}

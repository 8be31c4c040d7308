import { Module } from '@nestjs/common';
import { MailOutbox } from './mail-outbox.service.ts';
import { MailSettings } from './mail-settings.ts';
import { MailController } from './mail.controller.ts';
import { MailRepository } from './mail.repository.ts';
import { MailTransport } from './mail.transport.ts';

/** The mail outbox of the notices: queue, delivery with retries, attempt log, settings. */
@Module({
  controllers: [MailController],
  providers: [MailRepository, MailTransport, MailSettings, MailOutbox],
  exports: [MailOutbox, MailSettings],
})
export class MailModule {}

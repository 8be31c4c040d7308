import { Module } from '@nestjs/common';
import { AttachmentsController } from './attachments.controller.ts';
import { AttachmentsRepository } from './attachments.repository.ts';
import { AttachmentsService } from './attachments.service.ts';

@Module({ controllers: [AttachmentsController], providers: [AttachmentsRepository, AttachmentsService] })
export class AttachmentsModule {}

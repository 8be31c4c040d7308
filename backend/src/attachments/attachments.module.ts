import { Module } from '@nestjs/common';
import { AttachmentsController } from './attachments.controller.ts';
import { AttachmentsRepository } from './attachments.repository.ts';
import { AttachmentsService } from './attachments.service.ts';
import { Evidence } from './evidence.ts';

@Module({ controllers: [AttachmentsController], providers: [AttachmentsRepository, AttachmentsService, Evidence], exports: [Evidence] })
export class AttachmentsModule {}

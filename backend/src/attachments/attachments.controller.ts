import { Body, Controller, Get, HttpStatus, Post, Res, UploadedFile } from '@nestjs/common';
import type { Response } from 'express';
import { type AuthUser, CurrentUser, Roles } from '../identity/current-user.ts';
import { z } from 'zod';
import { sendDownload } from '../common/downloads.ts';
import { FileUpload } from '../common/file-upload.ts';
import { MaxInFlight } from '../common/in-flight-limit.ts';
import { IdParam, idQuery, ZodPipe } from '../common/validation.ts';
import { isPreviewable, MAX_ATTACHMENT_BYTES, UPLOADS_IN_FLIGHT_PER_USER } from './attachment-types.ts';
import { AttachmentsService, type UploadedFile as File } from './attachments.service.ts';

/** The form fields beside the file. */
const uploadFieldsSchema = z.object({ unitId: idQuery().optional() });

@Controller('attachments')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  /** multipart/form-data: `file`, and `unitId` when the office uploads for a unit. */
  @Post()
  @Roles('ADMIN', 'UNIT')
  @MaxInFlight(UPLOADS_IN_FLIGHT_PER_USER)
  @FileUpload({ bytes: MAX_ATTACHMENT_BYTES, label: '附件', status: HttpStatus.PAYLOAD_TOO_LARGE })
  upload(@UploadedFile() file: File | undefined, @Body(new ZodPipe(uploadFieldsSchema)) body: z.infer<typeof uploadFieldsSchema>, @CurrentUser() user: AuthUser) {
    return this.attachments.upload(file, body?.unitId, user);
  }

  @Get(':id')
  async download(@IdParam() id: number, @CurrentUser() user: AuthUser, @Res() res: Response) {
    const a = await this.attachments.download(id, user);
    sendDownload(res, a.fileName, a.mimeType, Buffer.from(a.content));
  }

  /** 预览: PDF and images inline, with their own type; any other file is still sent as a download. */
  @Get(':id/preview')
  async preview(@IdParam() id: number, @CurrentUser() user: AuthUser, @Res() res: Response) {
    const a = await this.attachments.download(id, user);
    sendDownload(res, a.fileName, a.mimeType, Buffer.from(a.content), isPreviewable(a.mimeType) ? 'inline' : 'attachment');
  }
}

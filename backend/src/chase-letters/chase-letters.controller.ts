import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { z } from 'zod';
import { Roles } from '../identity/current-user.ts';
import { DOCX, sendDownload } from '../common/downloads.ts';
import { IdParam, localDate, ZodPipe } from '../common/validation.ts';
import { PDF } from '../documents/pdf-converter.ts';
import { ChaseLettersService } from './chase-letters.service.ts';

const chaseLetterQuery = z.object({ deadline: localDate.optional() });
type ChaseLetterQuery = z.infer<typeof chaseLetterQuery>;

/** The 催报通知 of a unit: for the office (ADMIN) and the leaders who read everything (LEADER). */
@Controller('units')
export class ChaseLettersController {
  constructor(private readonly letters: ChaseLettersService) {}

  @Get(':id/chase-letter.docx')
  @Roles('ADMIN', 'LEADER')
  async docx(@IdParam() id: number, @Query(new ZodPipe(chaseLetterQuery)) q: ChaseLetterQuery, @Res() res: Response) {
    const { fileName, content } = await this.letters.docx(id, q.deadline);
    sendDownload(res, fileName, DOCX, content);
  }

  @Get(':id/chase-letter.pdf')
  @Roles('ADMIN', 'LEADER')
  async pdf(@IdParam() id: number, @Query(new ZodPipe(chaseLetterQuery)) q: ChaseLetterQuery, @Res() res: Response) {
    const { fileName, content } = await this.letters.pdf(id, q.deadline);
    sendDownload(res, fileName, PDF, content);
  }
}

import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { type AuthUser, CurrentUser, Roles } from '../identity/current-user.ts';
import { type ListQueryOf, ListQueryPipe } from '../common/list-query.ts';
import { IdParam, ZodPipe } from '../common/validation.ts';
import { createSubmissionSchema, type CreateSubmissionDto, reopenSubmissionSchema, type ReopenSubmissionDto, SUBMISSION_LIST, SUBMISSION_EXPORT } from './submissions.dto.ts';
import { SubmissionTransitions } from './submission-transitions.service.ts';
import { SubmissionsService } from './submissions.service.ts';
import { ListExports } from '../common/list-export.ts';

@Controller('submissions')
export class SubmissionsController {
  constructor(
    private readonly submissions: SubmissionsService,
    private readonly transitions: SubmissionTransitions,
    private readonly exporter: ListExports,
  ) {}

  @Get()
  list(@Query(new ListQueryPipe(SUBMISSION_LIST)) query: ListQueryOf<typeof SUBMISSION_LIST>, @CurrentUser() user: AuthUser) {
    return this.submissions.list(query, user);
  }

  /** The filtered, sorted list as .xlsx: every row (not the page), Chinese headers, dates in Asia/Shanghai. */
  @Get('export.xlsx')
  async exportList(@Query(new ListQueryPipe(SUBMISSION_LIST)) query: ListQueryOf<typeof SUBMISSION_LIST>, @CurrentUser() user: AuthUser, @Res() res: Response) {
    await this.exporter.send(res, query, SUBMISSION_EXPORT, (q) => this.submissions.list(q, user));
  }

  @Get(':id')
  get(@IdParam() id: number, @CurrentUser() user: AuthUser) {
    return this.submissions.get(id, user);
  }

  @Post()
  @Roles('ADMIN', 'UNIT')
  file(@Body(new ZodPipe(createSubmissionSchema)) dto: CreateSubmissionDto, @CurrentUser() user: AuthUser) {
    return this.submissions.file(dto, user);
  }

  /** The unit withdraws its own filing while it is still in review. */
  @Post(':id/withdraw')
  @HttpCode(HttpStatus.OK)
  @Roles('UNIT')
  withdraw(@IdParam() id: number, @CurrentUser() user: AuthUser) {
    return this.transitions.withdraw(id, user);
  }

  /** The office reopens an accepted filing, with a reason: it is in review again. */
  @Post(':id/reopen')
  @HttpCode(HttpStatus.OK)
  @Roles('ADMIN')
  reopen(@IdParam() id: number, @Body(new ZodPipe(reopenSubmissionSchema)) dto: ReopenSubmissionDto, @CurrentUser() user: AuthUser) {
    return this.transitions.reopen(id, dto, user);
  }
}

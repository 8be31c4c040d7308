import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { type AuthUser, CurrentUser, Roles } from '../identity/current-user.ts';
import { type ListQueryOf, ListQueryPipe } from '../common/list-query.ts';
import { IdParam, ZodPipe } from '../common/validation.ts';
import { createSubmissionSchema, type CreateSubmissionDto, SUBMISSION_LIST } from './submissions.dto.ts';
import { SubmissionsService } from './submissions.service.ts';

@Controller('submissions')
export class SubmissionsController {
  constructor(private readonly submissions: SubmissionsService) {}

  @Get()
  list(@Query(new ListQueryPipe(SUBMISSION_LIST)) query: ListQueryOf<typeof SUBMISSION_LIST>, @CurrentUser() user: AuthUser) {
    return this.submissions.list(query, user);
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
}

import { Body, Controller, Delete, Get, Post, Put, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { type AuthUser, CurrentUser, Roles } from '../identity/current-user.ts';
import { type ListQueryOf, ListQueryPipe } from '../common/list-query.ts';
import { IdParam, ZodPipe } from '../common/validation.ts';
import { ASSIGNMENT_LIST, createAssignmentSchema, type CreateAssignmentDto, updateAssignmentSchema, type UpdateAssignmentDto, ASSIGNMENT_EXPORT } from './assignments.dto.ts';
import { AssignmentsService } from './assignments.service.ts';
import { ListExports } from '../common/list-export.ts';

@Controller('assignments')
export class AssignmentsController {
  constructor(private readonly assignments: AssignmentsService, private readonly exporter: ListExports) {}

  @Get()
  list(@Query(new ListQueryPipe(ASSIGNMENT_LIST)) query: ListQueryOf<typeof ASSIGNMENT_LIST>, @CurrentUser() user: AuthUser) {
    return this.assignments.list(query, user);
  }

  /** The filtered, sorted list as .xlsx: every row (not the page), Chinese headers, dates in Asia/Shanghai. */
  @Get('export.xlsx')
  async exportList(@Query(new ListQueryPipe(ASSIGNMENT_LIST)) query: ListQueryOf<typeof ASSIGNMENT_LIST>, @CurrentUser() user: AuthUser, @Res() res: Response) {
    await this.exporter.send(res, query, ASSIGNMENT_EXPORT, (q) => this.assignments.list(q, user));
  }

  @Get(':id')
  get(@IdParam() id: number, @CurrentUser() user: AuthUser) {
    return this.assignments.get(id, user);
  }

  @Post()
  @Roles('ADMIN')
  create(@Body(new ZodPipe(createAssignmentSchema)) dto: CreateAssignmentDto, @CurrentUser() user: AuthUser) {
    return this.assignments.create(dto, user);
  }

  @Put(':id')
  @Roles('ADMIN')
  update(@IdParam() id: number, @Body(new ZodPipe(updateAssignmentSchema)) dto: UpdateAssignmentDto, @CurrentUser() user: AuthUser) {
    return this.assignments.update(id, dto, user);
  }

  @Delete(':id')
  @Roles('ADMIN')
  delete(@IdParam() id: number, @CurrentUser() user: AuthUser) {
    return this.assignments.delete(id, user);
  }
}

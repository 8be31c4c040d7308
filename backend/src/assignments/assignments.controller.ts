import { Body, Controller, Delete, Get, Post, Put, Query } from '@nestjs/common';
import { type AuthUser, CurrentUser, Roles } from '../identity/current-user.ts';
import { type ListQueryOf, ListQueryPipe } from '../common/list-query.ts';
import { IdParam, ZodPipe } from '../common/validation.ts';
import { ASSIGNMENT_LIST, createAssignmentSchema, type CreateAssignmentDto, updateAssignmentSchema, type UpdateAssignmentDto } from './assignments.dto.ts';
import { AssignmentsService } from './assignments.service.ts';

@Controller('assignments')
export class AssignmentsController {
  constructor(private readonly assignments: AssignmentsService) {}

  @Get()
  list(@Query(new ListQueryPipe(ASSIGNMENT_LIST)) query: ListQueryOf<typeof ASSIGNMENT_LIST>, @CurrentUser() user: AuthUser) {
    return this.assignments.list(query, user);
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

import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query, Res } from '@nestjs/common';
import { assessmentSchemeSchema } from '@credit/contract/api';
import type { Response } from 'express';
import { type AuthUser, CurrentUser, Roles } from '../identity/current-user.ts';
import { DOCX, sendDownload, XLSX } from '../common/downloads.ts';
import { PDF } from '../documents/pdf-converter.ts';
import { type ListQueryOf, ListQueryPipe } from '../common/list-query.ts';
import { IdParam, ZodPipe } from '../common/validation.ts';
import {
  adjustmentSchema,
  type AdjustmentDto,
  ASSESSMENT_LIST,
  AssessmentIdParam,
  CategoryIdParam,
  exclusionSchema,
  finaliseSchema,
  type FinaliseDto,
  preliminarySchema,
  type PreliminaryDto,
  type ExclusionDto,
  type YearScheme,
  reopenSchema,
  type ReopenDto,
  YearParam, ASSESSMENT_EXPORT
} from './assessments.dto.ts';
import { AssessmentsService } from './assessments.service.ts';
import { AssessmentStagesService } from './assessment-stages.service.ts';
import { ListExports } from '../common/list-export.ts';

@Controller('assessments')
export class AssessmentsController {
  constructor(
    private readonly assessments: AssessmentsService,
    private readonly stages: AssessmentStagesService,
    private readonly exporter: ListExports,
  ) {}

  @Get()
  list(@Query(new ListQueryPipe(ASSESSMENT_LIST)) query: ListQueryOf<typeof ASSESSMENT_LIST>, @CurrentUser() user: AuthUser) {
    return this.assessments.list(query, user);
  }

  /** The filtered, sorted list as .xlsx: every row (not the page), Chinese headers, dates in Asia/Shanghai. */
  @Get('export.xlsx')
  async exportList(@Query(new ListQueryPipe(ASSESSMENT_LIST)) query: ListQueryOf<typeof ASSESSMENT_LIST>, @CurrentUser() user: AuthUser, @Res() res: Response) {
    await this.exporter.send(res, query, ASSESSMENT_EXPORT, (q) => this.assessments.list(q, user));
  }

  @Get(':year/state')
  state(@YearParam() year: number) {
    return this.stages.state(year);
  }

  @Get(':year/export.xlsx')
  @Roles('ADMIN', 'LEADER')
  async export(@YearParam() year: number, @Res() res: Response) {
    const { fileName, content } = await this.assessments.exportXlsx(year);
    sendDownload(res, fileName, XLSX, content);
  }

  @Get(':year/scheme')
  getScheme(@YearParam() year: number) {
    return this.assessments.getScheme(year);
  }

  @Put(':year/scheme')
  @Roles('ADMIN')
  saveScheme(@YearParam() year: number, @Body(new ZodPipe(assessmentSchemeSchema)) scheme: YearScheme, @CurrentUser() user: AuthUser) {
    return this.assessments.saveScheme(year, scheme, user);
  }

  @Post(':year/scheme/preview')
  @Roles('ADMIN')
  @HttpCode(200)
  preview(@YearParam() year: number, @Body(new ZodPipe(assessmentSchemeSchema)) scheme: YearScheme) {
    return this.assessments.preview(year, scheme);
  }

  @Post(':year/exclusions')
  @Roles('ADMIN')
  addExclusion(@YearParam() year: number, @Body(new ZodPipe(exclusionSchema)) dto: ExclusionDto, @CurrentUser() user: AuthUser) {
    return this.assessments.addExclusion(year, dto, user);
  }

  @Delete(':year/exclusions/:unitId/:categoryId')
  @Roles('ADMIN')
  removeExclusion(@YearParam() year: number, @IdParam('unitId') unitId: number, @CategoryIdParam() categoryId: string, @CurrentUser() user: AuthUser) {
    return this.assessments.removeExclusion(year, unitId, categoryId, user);
  }

  /** The unit's 考核结果通知 (.docx); a unit gets its own. */
  @Get(':id/notice.docx')
  async notice(@AssessmentIdParam() id: { year: number; unitId: number }, @CurrentUser() user: AuthUser, @Res() res: Response) {
    const { fileName, content } = await this.assessments.noticeDocx(id.year, id.unitId, user);
    sendDownload(res, fileName, DOCX, content);
  }

  /** The same notice as PDF. */
  @Get(':id/notice.pdf')
  async noticePdf(@AssessmentIdParam() id: { year: number; unitId: number }, @CurrentUser() user: AuthUser, @Res() res: Response) {
    const { fileName, content } = await this.assessments.noticePdf(id.year, id.unitId, user);
    sendDownload(res, fileName, PDF, content);
  }

  /** `:id` is `<year>-<unitId>`, e.g. 2026-17. */
  @Get(':id')
  get(@AssessmentIdParam() id: { year: number; unitId: number }, @CurrentUser() user: AuthUser) {
    return this.assessments.get(id.year, id.unitId, user);
  }

  @Post(':year/adjustments')
  @Roles('ADMIN')
  addAdjustment(@YearParam() year: number, @Body(new ZodPipe(adjustmentSchema)) dto: AdjustmentDto, @CurrentUser() user: AuthUser) {
    return this.assessments.addAdjustment(year, dto, user);
  }

  @Delete(':year/adjustments/:adjustmentId')
  @Roles('ADMIN')
  removeAdjustment(@YearParam() year: number, @IdParam('adjustmentId') id: number, @CurrentUser() user: AuthUser) {
    return this.assessments.removeAdjustment(year, id, user);
  }

  @Post(':year/finalise')
  @Roles('ADMIN')
  @HttpCode(200)
  finalise(@YearParam() year: number, @Body(new ZodPipe(finaliseSchema)) dto: FinaliseDto, @CurrentUser() user: AuthUser) {
    return this.stages.finalise(year, dto, user);
  }

  @Post(':year/preliminary')
  @Roles('ADMIN')
  @HttpCode(200)
  publishPreliminary(@YearParam() year: number, @Body(new ZodPipe(preliminarySchema)) dto: PreliminaryDto, @CurrentUser() user: AuthUser) {
    return this.stages.publishPreliminary(year, dto, user);
  }

  @Post(':year/reopen')
  @Roles('ADMIN')
  @HttpCode(200)
  reopen(@YearParam() year: number, @Body(new ZodPipe(reopenSchema)) dto: ReopenDto, @CurrentUser() user: AuthUser) {
    return this.stages.reopen(year, dto, user);
  }
}

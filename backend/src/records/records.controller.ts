import { Body, Controller, Get, HttpStatus, Post, Query, Res, UploadedFile } from '@nestjs/common';
import type { Response } from 'express';
import { type AuthUser, CurrentUser, Roles } from '../identity/current-user.ts';
import { sendDownload, XLSX } from '../common/downloads.ts';
import { FileUpload } from '../common/file-upload.ts';
import { MaxInFlight } from '../common/in-flight-limit.ts';
import { type ListQueryOf, ListQueryPipe, parseListQuery } from '../common/list-query.ts';
import { IdParam, ZodPipe } from '../common/validation.ts';
import { MAX_IMPORT_BYTES, RecordImportsService, type UploadedDataFile } from './record-imports.service.ts';
import { importFieldsSchema, RECORD_KIND_LIST, RECORD_LIST, templateQuerySchema } from './records.dto.ts';
import { RecordsService } from './records.service.ts';

/** Limit the multipart reader lets through; the import itself refuses above MAX_IMPORT_BYTES with a 400. */
const IMPORT_LIMIT = { bytes: MAX_IMPORT_BYTES, label: '数据文件', status: HttpStatus.BAD_REQUEST } as const;

@Controller('records')
export class RecordsController {
  constructor(
    private readonly records: RecordsService,
    private readonly imports: RecordImportsService,
  ) {}

  @Get()
  list(@Query(new ListQueryPipe(RECORD_LIST)) query: ListQueryOf<typeof RECORD_LIST>, @CurrentUser() user: AuthUser) {
    return this.records.list(query, user);
  }

  /** The stream's template (.xlsx, or one kind as .csv with `format=csv&kind=`). */
  @Get('template.xlsx')
  async template(@Query(new ZodPipe(templateQuerySchema)) q: { stream: string; kind?: string }, @Res() res: Response) {
    const { fileName, content } = await this.records.template(q.stream, q.kind, false);
    sendDownload(res, fileName, XLSX, content);
  }

  @Get('template.csv')
  async templateCsv(@Query(new ZodPipe(templateQuerySchema)) q: { stream: string; kind?: string }, @Res() res: Response) {
    const { fileName, content } = await this.records.template(q.stream, q.kind, true);
    sendDownload(res, fileName, 'text/csv; charset=utf-8', content);
  }

  /** The library as the national template, with the list's filters. */
  @Get('export.xlsx')
  async export(@Query() query: Record<string, unknown>, @CurrentUser() user: AuthUser, @Res() res: Response) {
    const { filter } = parseListQuery({ filter: query.filter }, RECORD_LIST);
    const { fileName, content } = await this.records.export(filter, user);
    sendDownload(res, fileName, XLSX, content);
  }

  /** multipart/form-data: `obligationId` and `file` (.xlsx or .csv) → the checked draft. */
  @Post('imports')
  @Roles('ADMIN', 'UNIT')
  @MaxInFlight(2)
  @FileUpload(IMPORT_LIMIT)
  upload(@UploadedFile() file: UploadedDataFile | undefined, @Body(new ZodPipe(importFieldsSchema)) body: { obligationId: number }, @CurrentUser() user: AuthUser) {
    return this.imports.import(file, body.obligationId, user);
  }

  @Get('imports/:id')
  getImport(@IdParam() id: number, @CurrentUser() user: AuthUser) {
    return this.imports.get(id, user);
  }

  /** The import as read, bad cells marked, with a 错误说明 column. */
  @Get('imports/:id/marked.xlsx')
  async marked(@IdParam() id: number, @CurrentUser() user: AuthUser, @Res() res: Response) {
    const { fileName, content } = await this.records.marked(id, user);
    sendDownload(res, fileName, XLSX, content);
  }

  /** The six kinds, their sheets and column headers (the labels of a record's fields). */
  @Get('kinds')
  kinds() {
    return RECORD_KIND_LIST;
  }

  @Get(':id')
  get(@IdParam() id: number, @CurrentUser() user: AuthUser) {
    return this.records.get(id, user);
  }
}

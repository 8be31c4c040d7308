import { Injectable } from '@nestjs/common';
import { type AuthUser, canSeeUnit, scopedUnitId } from '../identity/current-user.ts';
import { Clock } from '../clock/clock.ts';
import { invalid, notFound } from '../common/errors.ts';
import { Page, type ListQuery } from '../common/list-query.ts';
import { shanghaiDate } from '../domain/dates.ts';
import { Settings } from '../settings/settings.service.ts';
import { StreamsRepository } from '../streams/streams.repository.ts';
import { KIND_SPECS, type Issue, RECORD_KINDS, type RecordKind, type RecordValues } from './domain/index.ts';
import { recordCells, recordWorkbook, type SheetLine, writeKindSheet } from './record-sheets.ts';
import { templateCsv, templateWorkbook } from './record-template.ts';
import { type RecordFilter, toRecordResponse } from './records.dto.ts';
import { RecordsRepository } from './records.repository.ts';
import type { Download } from '../common/downloads.ts';

/** The district's credit library (信用信息库): searched, shown and exported as each role may. */
@Injectable()
export class RecordsService {
  constructor(
    private readonly repo: RecordsRepository,
    private readonly streams: StreamsRepository,
    private readonly settings: Settings,
    private readonly clock: Clock,
  ) {}

  async list(q: ListQuery<RecordFilter>, user: AuthUser) {
    const { items, total } = await this.repo.list(q, scopedUnitId(user));
    return new Page('records', items.map((r) => toRecordResponse(r, showsIdNumbers(user))), total, q.skip);
  }

  async get(id: number, user: AuthUser) {
    const r = await this.repo.findById(id);
    if (!r || !canSeeUnit(user, r.unitId)) throw notFound('信用记录');
    return toRecordResponse(r, showsIdNumbers(user));
  }

  /** The records the filter finds, one sheet per kind, in the national template (what the city platform takes). */
  async export(f: RecordFilter, user: AuthUser): Promise<Download> {
    const { wb, done } = recordWorkbook(await this.issuingBody(), this.clock.now());
    const kinds = f.kind ? [f.kind as RecordKind] : RECORD_KINDS;
    for (const kind of kinds) {
      const rows = this.repo.each({ ...f, kind }, scopedUnitId(user));
      await writeKindSheet(wb, kind, lines(rows, (r) => ({ cells: recordCells(kind, r.data as RecordValues) })));
    }
    await wb.commit();
    return { fileName: `信用信息归集数据（${shanghaiDate(this.clock.now())}导出）.xlsx`, content: await done };
  }

  /** A unit's import with every row as read, bad cells marked and the reasons beside them. */
  async marked(importId: number, user: AuthUser): Promise<Download> {
    const draft = await this.repo.findImport(importId);
    if (!draft || !canSeeUnit(user, draft.unitId)) throw notFound('数据文件');
    const rows: Record<string, SheetLine[]> = {};
    const { wb, done } = recordWorkbook(await this.issuingBody(), this.clock.now());
    // Rows come sheet by sheet; each kind's lines are gathered, then written (a unit's file, not a province's).
    for await (const r of this.repo.importRows(importId)) {
      const errors = r.errors as unknown as Issue[];
      const warnings = r.warnings as unknown as Issue[];
      (rows[r.kind] ??= []).push({
        cells: r.values as Record<string, string>,
        errorFields: new Set(errors.map((e) => e.field)),
        warningFields: new Set(warnings.map((w) => w.field)),
        note: [...errors.map((e) => `错误：${e.column}：${e.message}`), ...warnings.map((w) => `提示：${w.column}：${w.message}`)].join('\n'),
      });
    }
    for (const kind of RECORD_KINDS) if (rows[kind]) await writeKindSheet(wb, kind, from(rows[kind]), true);
    await wb.commit();
    return { fileName: `${draft.fileName.replace(/\.[^.]+$/, '')}（校验结果）.xlsx`, content: await done };
  }

  /** The template of a stream (every kind it takes), or one kind as CSV. */
  async template(streamCode: string, kind: string | undefined, csv: boolean): Promise<Download> {
    const stream = await this.streams.findByCode(streamCode);
    if (!stream) throw invalid('stream', '报送事项不存在');
    const kinds = stream.recordKinds as RecordKind[];
    if (kinds.length === 0) throw invalid('stream', '该报送事项不接收明细数据，无需模板');
    if (csv) {
      const one = (kind ?? kinds[0]) as RecordKind;
      if (!kinds.includes(one)) throw invalid('kind', '该报送事项不接收这类信息');
      return { fileName: `${KIND_SPECS[one].sheetName}（模板）.csv`, content: templateCsv(one) };
    }
    return { fileName: `${stream.name}（数据模板）.xlsx`, content: await templateWorkbook(kinds, await this.issuingBody(), this.clock.now()) };
  }

  private async issuingBody(): Promise<string> {
    return (await this.settings.office()).issuingBody ?? '';
  }
}

/** ID numbers in full for the office and for the unit itself; masked for the leading group. */
const showsIdNumbers = (user: AuthUser) => user.role !== 'LEADER';

async function* lines<T>(rows: AsyncIterable<T>, line: (row: T) => SheetLine): AsyncGenerator<SheetLine> {
  for await (const r of rows) yield line(r);
}

async function* from<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

// GET /api/<resource>/export.xlsx: the filtered, sorted list as one .xlsx sheet — every row, not a page. Runs
// the resource's own list (its filter, sort and visibility: a unit exports its own rows only), refuses a list
// above MAX_EXPORT_ROWS with a 400 that asks to narrow the filter, and writes the columns the resource declares.
import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { Clock } from '../clock/clock.ts';
import { sendDownload, XLSX } from '../common/downloads.ts';
import { invalid } from '../common/errors.ts';
import { type ExportNames, type ListExport, ListExports, MAX_EXPORT_ROWS, cellTime } from '../common/list-export.ts';
import type { ListQuery, Page } from '../common/list-query.ts';
import { addTableSheet, newWorkbook, workbookBuffer } from '../common/xlsx.ts';
import { shanghaiDate } from '../domain/dates.ts';
import { Settings } from '../settings/settings.service.ts';
import { ListExportsRepository } from './list-exports.repository.ts';

@Injectable()
export class ListExporter implements ListExports {
  constructor(
    private readonly repo: ListExportsRepository,
    private readonly settings: Settings,
    private readonly clock: Clock,
  ) {}

  /** The workbook of every row `list` answers for the query's filter and sort. */
  async workbook<T, F>(query: ListQuery<F>, spec: ListExport<T>, list: (q: ListQuery<F>) => Promise<Page<T>>) {
    const probe = await list({ ...query, skip: 0, take: 1 });
    if (probe.total > MAX_EXPORT_ROWS) {
      throw invalid('filter', `符合条件的共 ${probe.total} 条，超过一次导出的上限 ${MAX_EXPORT_ROWS} 条，请缩小筛选范围后再导出`);
    }
    const rows = probe.total <= probe.items.length ? probe.items : (await list({ ...query, skip: 0, take: probe.total })).items;
    const [names, office] = await Promise.all([this.names(), this.settings.office()]);
    const now = this.clock.now();
    const wb = newWorkbook(office.issuingBody ?? office.name, now);
    addTableSheet(wb, {
      name: spec.title.slice(0, 31),
      title: spec.title,
      subtitle: `共 ${rows.length} 条　导出时间：${cellTime(now)}`,
      columns: spec.columns.map((c) => ({ header: c.header, width: c.width ?? 14, value: (row: T) => c.value(row, names) })),
      rows,
    });
    return { fileName: `${spec.title}（${shanghaiDate(now)}）.xlsx`, content: await workbookBuffer(wb) };
  }

  async send<T, F>(res: Response, query: ListQuery<F>, spec: ListExport<T>, list: (q: ListQuery<F>) => Promise<Page<T>>): Promise<void> {
    const { fileName, content } = await this.workbook(query, spec, list);
    sendDownload(res, fileName, XLSX, content);
  }

  private async names(): Promise<ExportNames> {
    const { units, streams, streamCodes, users } = await this.repo.names();
    const from =
      <K>(map: Map<K, string>) =>
      (key: K | null | undefined) =>
        key === null || key === undefined ? null : (map.get(key) ?? String(key));
    return { unit: from(units), stream: from(streams), streamOfCode: from(streamCodes), user: from(users) };
  }
}

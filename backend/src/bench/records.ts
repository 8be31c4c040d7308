// The records at scale (issue on 归集): a library of millions of records generated in SQL, a search by credit
// code over it through the API, one data file of many rows imported through the API — its time and how
// much the server's resident memory grows meanwhile — and 附件5 (every unit's cumulative counts) downloaded.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { KIND_SPECS } from '../records/domain/index.ts';
import { VALID } from '../records/domain/samples.ts';
import { templateHeader } from '../records/record-template.ts';
import { type Timing, timeOnce, timeRepeated } from './stats.ts';

export interface LibraryFigures {
  libraryRecords: number;
  searchByCode: Timing;
  /** 附件5 of `sgsSummaryPeriod` (GET /api/reports/sgs-summary.xlsx), cumulating every unit's counts since 2013. */
  sgsSummary: Timing;
  sgsSummaryPeriod: string;
}

export interface RecordsFigures extends LibraryFigures, ImportFigures {}

const NOT_MEASURED: Timing = { medianMs: 0, p95Ms: 0, runs: 0, firstMs: 0 };

const SLICE = 500_000;

/** Fills the library to `count` records (kept between runs): random subjects, codes and dates over the units. */
export async function prepareLibrary(client: pg.Client, count: number, log: (line: string) => void): Promise<number> {
  const have = Number((await client.query('SELECT count(*)::int AS n FROM records')).rows[0].n);
  if (have >= count) return have;
  // One synthetic filing carries them (the library keeps where each record came from).
  const carrier = await client.query(`
    WITH o AS (SELECT id, unit_id FROM obligations ORDER BY id LIMIT 1),
    s AS (INSERT INTO submissions (obligation_id, version, kind, filed_at)
          SELECT id, 1000000, 'DATA', now() FROM o RETURNING id, obligation_id)
    INSERT INTO record_imports (obligation_id, unit_id, file_name, rows, valid, late, summary, created_at, expires_at, submission_id)
    SELECT s.obligation_id, o.unit_id, 'bench.xlsx', 0, 0, 0, '{}', now(), now(), s.id FROM s JOIN o ON o.id = s.obligation_id
    RETURNING id, submission_id`);
  const { id: importId, submission_id: submissionId } = carrier.rows[0];
  const streamId = (await client.query(`SELECT id FROM streams WHERE code = 'SGS_MONTHLY'`)).rows[0].id;
  log(`  generating ${count - have} library records …`);
  for (let done = have; done < count; done += SLICE) {
    const n = Math.min(SLICE, count - done);
    await client.query(
      `INSERT INTO records (unit_id, stream_id, submission_id, import_id, sheet, row, kind, subject_name, credit_code, id_number,
         document_number, duplicate_key, decision_date, published_on, timely, data, created_at)
       SELECT u.ids[1 + (g % array_length(u.ids, 1))::int], $1, $2, $3, 'bench', g::int,
         (ARRAY['CF_LEGAL','XK_LEGAL','CF_NATURAL','XK_NATURAL']::"RecordKind"[])[1 + (g % 4)::int],
         '模拟主体' || g, upper(substr(md5(g::text), 1, 18)), NULL, '模拟文号〔' || g || '〕号', 'bench|' || g,
         date '2013-01-01' + (g % 5000)::int, NULL, g % 7 <> 0, '{}'::jsonb, now()
       FROM generate_series($4::bigint, $5::bigint) g, (SELECT array_agg(id) AS ids FROM units) u`,
      [streamId, submissionId, importId, done + 1, done + n],
    );
  }
  await client.query('ANALYZE records');
  return count;
}

/** A data file of `rows` 附件3 records, as a unit fills the template (streamed, so the file is never built twice). */
export async function dataFile(rows: number, period: string): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true });
  const spec = KIND_SPECS.CF_NATURAL;
  const ws = wb.addWorksheet(spec.sheetName);
  ws.addRow(spec.columns.map(templateHeader)).commit();
  const base = { ...VALID.CF_NATURAL, decisionDate: `${period}-01`, publicationDate: `${period}-02` };
  for (let i = 0; i < rows; i++) {
    const row = { ...base, documentNumber: `召市监罚〔${period}〕${i + 1}号` };
    ws.addRow(spec.columns.map((c) => (row as Record<string, unknown>)[c.field] ?? null) as ExcelJS.CellValue[]).commit();
  }
  ws.commit();
  await wb.commit();
  return Buffer.concat(chunks);
}

export interface ImportFigures {
  importRows: number;
  importSeconds: number;
  importRssGrowthMb: number;
}

/** The library (filled first), a search by credit code, the import of one data file, then 附件5 of `period`. */
export async function measureRecords(
  o: { records: number; importRows: number; runs: number },
  period: string,
  client: pg.Client,
  url: string,
  headers: Record<string, string>,
  rssMb: () => number,
  peakRssMb: () => number,
  log: (line: string) => void,
): Promise<RecordsFigures> {
  if (o.records === 0) {
    log('  skipped (--records 0)');
    return { libraryRecords: 0, searchByCode: NOT_MEASURED, sgsSummary: NOT_MEASURED, sgsSummaryPeriod: period, importRows: 0, importSeconds: 0, importRssGrowthMb: 0 };
  }
  const libraryRecords = await prepareLibrary(client, o.records, log);
  const searchByCode = await measureSearch(o.runs, client, url, headers);
  // The import runs while the server's peak is still its start-up (附件5's workbook would raise it first).
  const imported = await measureImport(o.importRows, client, url, headers, rssMb, peakRssMb);
  const sgsSummary = await measureSgsSummary(o.runs, period, url, headers);
  return { libraryRecords, searchByCode, sgsSummary, sgsSummaryPeriod: period, ...imported };
}

/** `--only records`: the library filled to `o.records`, a search by credit code and 附件5 of `period`, no import. */
export async function measureLibrary(
  o: { records: number; runs: number },
  period: string,
  client: pg.Client,
  url: string,
  headers: Record<string, string>,
  log: (line: string) => void,
): Promise<LibraryFigures> {
  const libraryRecords = await prepareLibrary(client, o.records, log);
  const searchByCode = await measureSearch(o.runs, client, url, headers);
  const sgsSummary = await measureSgsSummary(o.runs, period, url, headers);
  return { libraryRecords, searchByCode, sgsSummary, sgsSummaryPeriod: period };
}

/** GET /api/records filtered by the credit code of the newest record. */
async function measureSearch(runs: number, client: pg.Client, url: string, headers: Record<string, string>): Promise<Timing> {
  const code = (await client.query('SELECT credit_code FROM records ORDER BY id DESC LIMIT 1')).rows[0].credit_code as string;
  const filter = encodeURIComponent(JSON.stringify({ creditCode: code }));
  return timeRepeated(runs, async () => {
    const res = await fetch(`${url}/api/records?filter=${filter}&range=[0,24]`, { headers });
    if (!res.ok) throw new Error(`records search → ${res.status}`);
    await res.arrayBuffer();
  });
}

/** 附件5 of `period` downloaded whole, as the office does: the first run (reported) and the median of a few more. */
export function measureSgsSummary(runs: number, period: string, url: string, headers: Record<string, string>): Promise<Timing> {
  return timeRepeated(Math.min(runs, 5), async () => {
    const res = await fetch(`${url}/api/reports/sgs-summary.xlsx?period=${period}`, { headers });
    const body = await res.arrayBuffer();
    if (!res.ok) throw new Error(`附件5 → ${res.status}: ${Buffer.from(body).toString().slice(0, 300)}`);
    if (body.byteLength === 0) throw new Error('附件5 → an empty file');
  });
}

/**
 * One data file of `rows` rows imported through the API: its time, and how far the server's peak resident
 * memory rises above what it held before (so this runs while the server's peak is still its start-up).
 */
export async function measureImport(
  rows: number,
  client: pg.Client,
  url: string,
  headers: Record<string, string>,
  rssMb: () => number,
  peakRssMb: () => number,
): Promise<ImportFigures> {
  // The latest month every unit owes SGS_MONTHLY for, and a unit that has not filed it.
  const target = (
    await client.query(`
      SELECT o.id, o.period FROM obligations o JOIN streams s ON s.id = o.stream_id
      WHERE s.code = 'SGS_MONTHLY' AND o.state IN ('OPEN', 'RETURNED') AND o.due_at < now()
      ORDER BY o.period DESC, o.id LIMIT 1`)
  ).rows[0] as { id: number; period: string };
  const file = await dataFile(rows, target.period);
  const before = rssMb();
  const imported = await timeOnce(async () => {
    const form = new FormData();
    form.set('obligationId', String(target.id));
    form.set('file', new Blob([new Uint8Array(file)]), 'bench.xlsx');
    const res = await fetch(`${url}/api/records/imports`, { method: 'POST', headers, body: form });
    const body = (await res.json()) as { rows?: number; message?: string };
    if (!res.ok) throw new Error(`records import → ${res.status}: ${body.message}`);
    return body;
  });
  return {
    importRows: imported.result.rows ?? 0,
    importSeconds: imported.seconds,
    importRssGrowthMb: Math.max(0, peakRssMb() - before),
  };
}

export const importLine = (f: ImportFigures) => `${f.importRows} rows in ${f.importSeconds} s, server RSS +${f.importRssGrowthMb} MB`;

export const searchLine = (f: LibraryFigures) => `median ${f.searchByCode.medianMs} ms over ${f.libraryRecords} records`;
export const sgsSummaryLine = (f: LibraryFigures) =>
  `${f.sgsSummaryPeriod}: median ${f.sgsSummary.medianMs} ms (first ${f.sgsSummary.firstMs} ms, p95 ${f.sgsSummary.p95Ms} ms, ${f.sgsSummary.runs} runs)`;

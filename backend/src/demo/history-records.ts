// The demo's records (信用信息归集): each accepted 双公示 filing of the history gets the data file a unit would
// have sent — mostly valid records, now and then a classic mistake (a mistyped code, an empty 处罚机关, a wrong ID
// check digit, a decision after the month) — run through the real import and filing, so every records screen
// shows what it is for. The filing's 附件1–4 become its valid records' counts.
import type { INestApplicationContext } from '@nestjs/common';
import ExcelJS from 'exceljs';
import type { AuthUser } from '../identity/current-user.ts';
import { PrismaService } from '../database/prisma.service.ts';
import { TransactionRunner } from '../database/transaction-runner.ts';
import { shanghaiDate } from '../domain/dates.ts';
import { addMonths } from '../domain/months.ts';
import { KIND_SPECS, type RecordKind } from '../records/domain/index.ts';
import { VALID } from '../records/domain/samples.ts';
import { RecordFilingService } from '../records/record-filing.service.ts';
import { RecordImportsService } from '../records/record-imports.service.ts';
import { templateHeader } from '../records/record-template.ts';
import { DemoRepository } from './demo.repository.ts';
import { rngFor } from './history-plan.ts';

const SGS_KINDS: RecordKind[] = ['CF_LEGAL', 'XK_LEGAL', 'CF_NATURAL', 'XK_NATURAL'];

/** What a clerk gets wrong, by field, with how often (per record). */
const MISTAKES: [number, (row: Record<string, unknown>, period: string) => void][] = [
  [0.03, (r) => (r.creditCode = `${String(r.creditCode ?? '91411104MA40ABCD1X').slice(0, 17)}I`)],
  [0.02, (r) => (r.authority = null)],
  [0.02, (r) => r.idNumber && (r.idNumber = `${String(r.idNumber).slice(0, 17)}${String(r.idNumber).endsWith('0') ? '1' : '0'}`)],
  [0.02, (r, period) => (r.decisionDate = `${addMonths(period, 1)}-03`)],
];

function rows(kind: RecordKind, period: string, unitId: number, n: number, rng: () => number): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => {
    const day = 1 + Math.floor(rng() * 27);
    const decision = `${period}-${String(day).padStart(2, '0')}`;
    // Most are published within days; some a month later (迟报).
    const published = `${period}-${String(Math.min(28, day + (rng() < 0.1 ? 0 : 2))).padStart(2, '0')}`;
    const row: Record<string, unknown> = {
      ...VALID[kind],
      documentNumber: `召${unitId}${kind.startsWith('CF') ? '罚' : '许'}〔${period.slice(0, 4)}〕${period.slice(5)}${String(i + 1).padStart(3, '0')}号`,
      decisionDate: decision,
      publicationDate: rng() < 0.1 ? `${addMonths(period, 1)}-25` : published,
    };
    if ('validFrom' in row) row.validFrom = decision;
    for (const [p, apply] of MISTAKES) if (rng() < p) apply(row, period);
    return row;
  });
}

async function workbook(period: string, unitId: number, rng: () => number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const kind of SGS_KINDS) {
    const spec = KIND_SPECS[kind];
    const ws = wb.addWorksheet(spec.sheetName);
    ws.addRow(spec.columns.map(templateHeader));
    for (const r of rows(kind, period, unitId, Math.floor(rng() * 6), rng)) ws.addRow(spec.columns.map((c) => (r[c.field] ?? null) as ExcelJS.CellValue));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Records for the accepted SGS_MONTHLY filings of the last `months`; returns how many records entered the library. */
export async function generateDemoRecords(app: INestApplicationContext, options: { months: number; now: Date; seed?: string }): Promise<number> {
  const prisma = app.get(PrismaService);
  const repo = new DemoRepository(prisma);
  const imports = app.get(RecordImportsService);
  const filing = app.get(RecordFilingService);
  const admin = await repo.firstAdmin();
  if (!admin) return 0;
  const office: AuthUser = { id: admin.id, username: admin.username, role: 'ADMIN', unitId: null, displayName: admin.displayName };
  const from = addMonths(shanghaiDate(options.now).slice(0, 7), -options.months);
  let entered = 0;
  for (const f of await repo.acceptedSgsFilings(from)) {
    const rng = rngFor(options.seed ?? 'demo', 'records', f.obligationId);
    const draft = await imports.import({ originalname: `${f.period}双公示.xlsx`, buffer: await workbook(f.period, f.unitId, rng) }, f.obligationId, office);
    if (draft.valid === 0) continue;
    entered += await app.get(TransactionRunner).run(async (tx) => {
      const filed = await filing.file(tx, draft.id, f, f.submissionId);
      await repo.setSubmissionCounts(tx, f.submissionId, filed.counts);
      return filed.valid;
    });
  }
  return entered;
}

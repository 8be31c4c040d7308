// What the records API answers (DESIGN.md §3): a checked data file (an import) and the kinds' column headers.
import { z } from 'zod';
import { COUNT_FIELDS, RECORD_KINDS } from '../codes.ts';

/** Where a problem is: the sheet, the spreadsheet's own row number (header = 1), the column's standard name. */
export const rowIssueSchema = z.strictObject({
  sheet: z.string(),
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  message: z.string(),
});
export type RowIssue = z.infer<typeof rowIssueSchema>;

export const annexCountsSchema = z.strictObject(Object.fromEntries(COUNT_FIELDS.map((f) => [f, z.number().int()])) as Record<(typeof COUNT_FIELDS)[number], z.ZodNumber>);
export type AnnexCounts = z.infer<typeof annexCountsSchema>;

/** What an import keeps of its checks: the counts of its valid records and the first issues (all are in the marked file). */
export const importSummarySchema = z.strictObject({
  counts: annexCountsSchema,
  errors: z.array(rowIssueSchema),
  warnings: z.array(rowIssueSchema),
  errorCount: z.number().int(),
  warningCount: z.number().int(),
  sheets: z.array(z.strictObject({ name: z.string(), kind: z.string().nullable(), rows: z.number().int() })),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

/** POST /api/records/imports, GET /api/records/imports/:id (times as ISO strings, as they travel). */
export const recordImportSchema = importSummarySchema.extend({
  id: z.number().int(),
  obligationId: z.number().int(),
  unitId: z.number().int(),
  fileName: z.string(),
  rows: z.number().int(),
  valid: z.number().int(),
  invalid: z.number().int(),
  late: z.number().int(),
  createdAt: z.string(),
  expiresAt: z.string(),
  submissionId: z.number().int().nullable(),
});
export type RecordImport = z.infer<typeof recordImportSchema>;

/** GET /api/records/kinds: each kind's sheet and columns as the national template writes them. */
export const recordKindSpecSchema = z.strictObject({
  kind: z.enum(RECORD_KINDS),
  sheetName: z.string(),
  columns: z.array(z.strictObject({ field: z.string(), header: z.string(), requirement: z.enum(['R', 'C', 'O']) })),
});
export type RecordKindSpec = z.infer<typeof recordKindSpecSchema>;

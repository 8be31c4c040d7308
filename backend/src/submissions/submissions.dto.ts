import { z } from 'zod';
import { cellPeriod, cellTime, cellWord, cellYesNo, REVIEW_STATE_WORDS, SUBMISSION_KIND_WORDS, type ListExport } from '../common/list-export.ts';
import type { Attachment, Review, Submission } from '../generated/prisma/client.ts';
import { idFilter, type ListSpec, searchFilter } from '../common/list-query.ts';
import { id, idQuery, isoInstant } from '../common/validation.ts';

const count = z.number().int().min(0).max(10_000_000);

/** The four tables of the plan (附件1–4): counts of the period. */
export const countsSchema = z.object({
  legalPersonLicenses: count,
  legalPersonPenalties: count,
  naturalPersonLicenses: count,
  naturalPersonPenalties: count,
});

export const createSubmissionSchema = z
  .object({
    obligationId: id(),
    kind: z.enum(['DATA', 'NO_DATA']),
    counts: countsSchema.optional(),
    reason: z.string().trim().max(2000).optional(),
    attachments: z.array(id()).max(20).default([]),
    receivedAt: isoInstant.optional(),
    /** A checked data file (POST /api/records/imports): its valid records are the filing's content. */
    importId: id().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.importId !== undefined && v.kind !== 'DATA') {
      ctx.addIssue({ code: 'custom', path: ['importId'], message: '本期无数据时不能提交数据文件' });
    }
    if (v.importId !== undefined && v.counts) {
      ctx.addIssue({ code: 'custom', path: ['counts'], message: '提交数据文件时，统计数由记录自动计算，无需填写' });
    }
    if (v.kind === 'NO_DATA' && !v.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: '本期无数据时须填写情况说明' });
    }
    if (v.kind === 'NO_DATA' && v.counts) {
      ctx.addIssue({ code: 'custom', path: ['counts'], message: '本期无数据时不应填写统计数' });
    }
  });
export type CreateSubmissionDto = z.infer<typeof createSubmissionSchema>;

export const REVIEW_STATES = ['PENDING', 'ACCEPTED', 'RETURNED', 'WITHDRAWN'] as const;

/** POST /api/submissions/:id/reopen: the office says why an accepted filing is reviewed again. */
export const reopenSubmissionSchema = z.object({
  reason: z.string().trim().min(1, '请填写重新打开的理由').max(2000, '理由不能超过 2000 个字符'),
});
export type ReopenSubmissionDto = z.infer<typeof reopenSubmissionSchema>;

const submissionFilter = z.object({
  id: idFilter,
  /** Unit name, stream name, period or text containing it. */
  q: searchFilter,
  obligationId: idQuery().optional(),
  unitId: idQuery().optional(),
  streamId: idQuery().optional(),
  period: z.string().max(10).optional(),
  reviewState: z.enum(REVIEW_STATES).optional(),
  kind: z.enum(['DATA', 'NO_DATA']).optional(),
});
export type SubmissionFilter = z.infer<typeof submissionFilter>;

export const SUBMISSION_LIST: ListSpec<typeof submissionFilter> = {
  sortable: ['id', 'filedAt', 'version', 'obligationId'],
  defaultSort: ['filedAt', 'DESC'],
  filter: submissionFilter,
};

type SubmissionWithRelations = Submission & {
  review: Review | null;
  attachments: Pick<Attachment, 'id' | 'fileName' | 'mimeType' | 'size'>[];
  recordImport?: { id: number } | null;
  obligation: { unitId: number; period: string; dueAt: Date; unit: { name: string }; stream: { code: string; name: string } };
};

export function toSubmissionResponse(s: SubmissionWithRelations) {
  return {
    id: s.id,
    obligationId: s.obligationId,
    unitId: s.obligation.unitId,
    unitName: s.obligation.unit.name,
    streamCode: s.obligation.stream.code,
    streamName: s.obligation.stream.name,
    period: s.obligation.period,
    dueAt: s.obligation.dueAt,
    version: s.version,
    kind: s.kind,
    counts:
      s.kind === 'DATA' && s.legalPersonLicenses !== null
        ? {
            legalPersonLicenses: s.legalPersonLicenses,
            legalPersonPenalties: s.legalPersonPenalties,
            naturalPersonLicenses: s.naturalPersonLicenses,
            naturalPersonPenalties: s.naturalPersonPenalties,
          }
        : null,
    reason: s.reason,
    filedAt: s.filedAt,
    recordedByOffice: s.recordedByOffice,
    reviewState: s.withdrawnAt ? 'WITHDRAWN' : s.review ? (s.review.decision === 'ACCEPT' ? 'ACCEPTED' : 'RETURNED') : 'PENDING',
    /** The unit withdrew this version while it was in review (it counts as never filed). */
    withdrawnAt: s.withdrawnAt,
    /** The office reopened it after accepting it: when and why (null: never). */
    reopenedAt: s.reopenedAt,
    reopenReason: s.reopenReason,
    review: s.review
      ? { id: s.review.id, decision: s.review.decision, reason: s.review.reason, decidedAt: s.review.decidedAt, correctionUntil: s.review.correctionUntil }
      : null,
    attachments: s.attachments,
    /** The data file filed (GET /api/records/imports/:id has its quality summary), or null. */
    importId: s.recordImport?.id ?? null,
  };
}

/** GET /api/submissions/export.xlsx: the columns of the filtered list's workbook. */
export const SUBMISSION_EXPORT: ListExport<ReturnType<typeof toSubmissionResponse>> = {
  title: '报送审核',
  columns: [
  { header: '单位', width: 28, value: (r) => r.unitName },
  { header: '报送事项', width: 30, value: (r) => r.streamName },
  { header: '所属期', width: 14, value: (r) => cellPeriod(r.period) },
  { header: '版本', width: 6, value: (r) => r.version },
  { header: '报送方式', width: 12, value: (r) => cellWord(SUBMISSION_KIND_WORDS)(r.kind) },
  { header: '法人行政许可', width: 10, value: (r) => r.counts?.legalPersonLicenses ?? null },
  { header: '法人行政处罚', width: 10, value: (r) => r.counts?.legalPersonPenalties ?? null },
  { header: '自然人行政许可', width: 10, value: (r) => r.counts?.naturalPersonLicenses ?? null },
  { header: '自然人行政处罚', width: 10, value: (r) => r.counts?.naturalPersonPenalties ?? null },
  { header: '情况说明', width: 24, value: (r) => r.reason },
  { header: '报送时间', width: 18, value: (r) => cellTime(r.filedAt) },
  { header: '信用办补录', width: 10, value: (r) => cellYesNo(r.recordedByOffice) },
  { header: '审核状态', width: 10, value: (r) => cellWord(REVIEW_STATE_WORDS)(r.reviewState) },
  { header: '审核意见', width: 24, value: (r) => r.review?.reason ?? null },
  { header: '审核时间', width: 18, value: (r) => cellTime(r.review?.decidedAt) },
  ],
};

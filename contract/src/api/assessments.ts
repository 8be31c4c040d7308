// The year's scoring rules (GET/PUT /api/compliance/scoring-rules/:year) and the state of a year's assessment
// (GET /api/assessments/:year/state), DESIGN.md §2.4 and §2.7.
import { z } from 'zod';

const points = z.number().min(0).max(100).multipleOf(0.01);

/** PUT /api/compliance/scoring-rules/:year (request): points per report, 0–100 in hundredths. */
export const scoringRulesSchema = z.object({
  latePerReport: points,
  missingPerReport: points,
  excusedPerReport: points,
  noContact: points,
});
export type ScoringRulesDto = z.infer<typeof scoringRulesSchema>;

const rulesAnswer = z.strictObject({
  latePerReport: z.number(),
  missingPerReport: z.number(),
  excusedPerReport: z.number(),
  noContact: z.number(),
});
export type Rules = z.infer<typeof rulesAnswer>;

/** GET and PUT /api/compliance/scoring-rules/:year: the rules of the year; isDefault when none are saved for it. */
export const yearRulesSchema = rulesAnswer.extend({ year: z.number().int(), isDefault: z.boolean() });
export type YearRules = z.infer<typeof yearRulesSchema>;

/** GET /api/assessments/:year/state: open (rules of today) or finalised (the rules it froze). */
export const assessmentStateSchema = z.strictObject({
  year: z.number().int(),
  status: z.enum(['OPEN', 'FINALISED']),
  rules: rulesAnswer,
  finalisedAt: z.string().nullable(),
  reopenedAt: z.string().nullable(),
  reopenReason: z.string().nullable(),
});
export type AssessmentState = z.infer<typeof assessmentStateSchema>;

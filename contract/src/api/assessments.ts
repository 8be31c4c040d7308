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
  status: z.enum(['OPEN', 'PRELIMINARY', 'FINALISED']),
  rules: rulesAnswer,
  finalisedAt: z.string().nullable(),
  /** 初评公示: when published, the end of the appeal window, the appeals not yet decided. */
  preliminaryAt: z.string().nullable(),
  appealDeadline: z.string().nullable(),
  openAppeals: z.number().int(),
  reopenedAt: z.string().nullable(),
  reopenReason: z.string().nullable(),
});
export type AssessmentState = z.infer<typeof assessmentStateSchema>;

// ---- The year's assessment scheme (DESIGN.md §2.7; backend/src/domain/assessment-scheme.ts) ----

const code = (what: string) =>
  z.string().trim().regex(/^[A-Z][A-Z0-9_]{0,19}$/, `${what}须为大写字母开头的字母、数字或下划线，最多 20 位`);
const name = (what: string) => z.string().trim().min(1, `请填写${what}`).max(50, `${what}不能超过 50 个字`);
const hundredths = (what: string, max = 1000) =>
  z.number({ error: `${what}须为数字` }).min(0, `${what}不能为负数`).max(max, `${what}不能大于 ${max}`).multipleOf(0.01, `${what}最多两位小数`);
const rate = (what: string) => z.number({ error: `${what}须为 0–1 之间的比例` }).min(0, `${what}不能小于 0`).max(1, `${what}不能大于 1（100%）`);
const cap = (what: string) => hundredths(what).nullable().optional();

export const ITEM_CAUSE_CODES = ['LATE', 'MISSING', 'EXCUSED', 'NO_CONTACT', 'RECORD_LATE', 'RECORD_INVALID'] as const;
export const RATE_METRIC_CODES = ['onTimeRate', 'submittedRate', 'complianceRate', 'lateRecordRate'] as const;
export const GRADE_CODES = ['EXCELLENT', 'GOOD', 'PASS', 'FAIL'] as const;

const ruleBase = { id: code('规则编号'), categoryId: code('所属类别'), name: name('规则名称') };
const ruleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('PER_ITEM'), ...ruleBase, cause: z.enum(ITEM_CAUSE_CODES, { error: '扣分事由不在可选范围内' }), pointsEach: hundredths('每项分值', 100), cap: cap('扣分上限') }),
  z.strictObject({
    kind: z.literal('RATE_THRESHOLD'), ...ruleBase,
    metric: z.enum(RATE_METRIC_CODES, { error: '指标不在可选范围内' }),
    bands: z.array(z.strictObject({ atLeast: rate('下限').optional(), atMost: rate('上限').optional(), points: hundredths('扣分', 100) })).min(1, '至少设置一个区间').max(10, '区间最多 10 个'),
  }),
  z.strictObject({ kind: z.literal('BONUS'), ...ruleBase, pointsEach: hundredths('每项加分', 100).refine((v) => v > 0, '每项加分须大于 0'), cap: cap('加分上限') }),
], { error: '规则类型须为 PER_ITEM、RATE_THRESHOLD 或 BONUS' });

/** PUT /api/assessments/:year/scheme and POST …/scheme/preview (request). */
export const assessmentSchemeSchema = z
  .strictObject({
    categories: z.array(z.strictObject({
      id: code('类别编号'), name: name('类别名称'), maxPoints: hundredths('类别分值'),
      weight: hundredths('权重', 10).optional(), deductionCap: cap('类别扣分上限'),
    })).min(1, '至少设置一个考核类别').max(20, '考核类别最多 20 个'),
    rules: z.array(ruleSchema).max(100, '规则最多 100 条'),
    bonusCap: cap('加分总上限'),
    grades: z.array(z.strictObject({
      grade: z.enum(GRADE_CODES, { error: '等次不在可选范围内' }), minScore: hundredths('等次最低分'),
      quotaPercent: hundredths('名额比例', 100).nullable().optional(),
    })).min(1, '至少设置一个等次').max(4, '等次最多 4 个'),
  })
  .superRefine((s, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const categories = new Set<string>();
    s.categories.forEach((c, i) => (categories.has(c.id) ? issue(['categories', i, 'id'], '类别编号重复') : categories.add(c.id)));
    const rules = new Set<string>();
    s.rules.forEach((r, i) => {
      if (rules.has(r.id)) issue(['rules', i, 'id'], '规则编号重复');
      rules.add(r.id);
      if (!categories.has(r.categoryId)) issue(['rules', i, 'categoryId'], '所属类别不存在');
    });
    const grades = new Set<string>();
    s.grades.forEach((g, i) => (grades.has(g.grade) ? issue(['grades', i, 'grade'], '等次重复') : grades.add(g.grade)));
    if (!s.grades.some((g) => g.minScore === 0)) issue(['grades'], '须有一个等次的最低分为 0（所有单位都能评定等次）');
  });
export type AssessmentSchemeDto = z.infer<typeof assessmentSchemeSchema>;

/** GET/PUT /api/assessments/:year/scheme: the scheme in force; isDefault when the year has none saved. */
export const yearSchemeSchema = z.strictObject({ year: z.number().int(), isDefault: z.boolean(), scheme: assessmentSchemeSchema });

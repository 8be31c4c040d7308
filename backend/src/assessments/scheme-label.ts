// A year's scheme in words, for the notes under the assessment sheet and the 考核结果通知: what each category
// is worth and what each rule takes or gives.
import type { AssessmentRule, RateBand } from '../domain/assessment-scheme.ts';
import { GRADE_LABELS } from '../domain/grades.ts';
import { pointsLabel } from '../domain/labels.ts';
import type { ScoringRules } from '../domain/score.ts';
import type { YearScheme } from './assessments.dto.ts';

const CAUSE_WORDS: Record<string, string> = {
  LATE: '迟报每件', MISSING: '逾期未报每件', EXCUSED: '未按时报送（说明已采纳）每件', NO_CONTACT: '未指定负责人',
  RECORD_LATE: '迟报的信用记录每条', RECORD_INVALID: '不合规的信用记录每条',
};
const METRIC_WORDS: Record<string, string> = { onTimeRate: '按时率', submittedRate: '报送率', complianceRate: '合规率', lateRecordRate: '迟报率' };
const pct = (r: number) => `${Math.round(r * 1000) / 10}%`;
const cap = (c: number | null | undefined) => (c === null || c === undefined ? '' : `（最多${pointsLabel(c)}分）`);

function bandWords(b: RateBand): string {
  const range = b.atLeast !== undefined && b.atMost !== undefined ? `${pct(b.atLeast)}至${pct(b.atMost)}`
    : b.atLeast !== undefined ? (b.atLeast === 1 ? '100%' : `不低于${pct(b.atLeast)}`)
    : b.atMost !== undefined ? (b.atMost === 0 ? '为0' : `不高于${pct(b.atMost)}`) : '其他';
  return `${range}${b.points ? `扣${pointsLabel(b.points)}分` : '不扣分'}`;
}

function ruleWords(r: AssessmentRule): string {
  if (r.kind === 'PER_ITEM') return `${r.name}：${CAUSE_WORDS[r.cause] ?? ''}扣${pointsLabel(r.pointsEach)}分${cap(r.cap)}`;
  if (r.kind === 'RATE_THRESHOLD') return `${r.name}：${METRIC_WORDS[r.metric] ?? ''}${r.bands.map(bandWords).join('，')}`;
  return `${r.name}：经确认每项加${pointsLabel(r.pointsEach)}分${cap(r.cap)}`;
}

/** The four per-report rules when the scheme is just them (one category of 100 points, no caps), else null. */
export function simpleRulesOf(scheme: YearScheme): ScoringRules | null {
  const [only, ...more] = scheme.categories;
  if (!only || more.length || only.maxPoints !== 100 || (only.weight ?? 1) !== 1 || (only.deductionCap ?? null) !== null) return null;
  const each = (cause: string) => {
    const r = scheme.rules.filter((x) => x.kind === 'PER_ITEM' && x.cause === cause && (x.cap ?? null) === null);
    return r.length === 1 && r[0]!.kind === 'PER_ITEM' ? r[0]!.pointsEach : null;
  };
  const [late, missing, excused, noContact] = ['LATE', 'MISSING', 'EXCUSED', 'NO_CONTACT'].map(each);
  if (scheme.rules.length !== 4 || late == null || missing == null || excused == null || noContact == null) return null;
  return { latePerReport: late, missingPerReport: missing, excusedPerReport: excused, noContact };
}

/** One line per category and its rules, then bonuses, 容缺 and grades. */
export function schemeLabel(scheme: YearScheme): string[] {
  const lines = scheme.categories.map((c) => {
    const rules = scheme.rules.filter((r) => r.categoryId === c.id && r.kind !== 'BONUS').map(ruleWords);
    const weight = c.weight !== undefined && c.weight !== 1 ? `，权重${pointsLabel(c.weight)}` : '';
    return `评分规则·${c.name}（${pointsLabel(c.maxPoints)}分${weight}）：${rules.join('；') || '不扣分'}；扣完为止。`;
  });
  const bonuses = scheme.rules.filter((r) => r.kind === 'BONUS').map(ruleWords);
  if (bonuses.length) lines.push(`加分项目：${bonuses.join('；')}${scheme.bonusCap ? `；加分合计最多${pointsLabel(scheme.bonusCap)}分` : ''}。`);
  lines.push('容缺：某类别不适用于某单位时，按其他单位该类别的平均分计。');
  const grades = [...scheme.grades].sort((a, b) => b.minScore - a.minScore)
    .map((g) => `${GRADE_LABELS[g.grade]}${g.minScore > 0 ? `${pointsLabel(g.minScore)}分以上` : ''}${g.quotaPercent ? `（不超过${pointsLabel(g.quotaPercent)}%）` : ''}`);
  lines.push(`等次：${grades.join('，')}；名额已满的按排名顺延至下一等次。`);
  return lines;
}

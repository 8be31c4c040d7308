// How the office writes dates, periods, statuses, streams, rates and causes in its notices and documents. The
// labels are shared with the dashboard, so they live in the contract package (contract/src/labels.ts, where
// each label's one output is written down); the domain re-exports them.
export {
  APPEAL_STATUS_LABELS,
  BONUS_STATUS_LABELS,
  CADENCE_LABELS,
  chineseDate,
  dayLabel,
  DEDUCTION_CAUSE_LABELS,
  deductionLabel,
  EXPLANATION_CATEGORY_LABELS,
  GRADE_LABELS,
  explanationCategoryLabel,
  periodLabel,
  pointsLabel,
  quarterLabel,
  quarterName,
  rateLabel,
  STATUS_LABELS,
  statusLabel,
  timeLabel,
} from '@credit/contract/labels';

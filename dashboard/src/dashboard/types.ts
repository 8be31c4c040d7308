/** Answers of the office home's endpoints (GET /api/dashboard/*, /api/compliance/*). */
import type { ObligationStatus } from '../common/statuses';

export interface Metrics {
  expected: number;
  onTime: number;
  late: number;
  missing: number;
  excused: number;
  inReview: number;
  daysLate: number;
  onTimeRate: number | null;
  submittedRate: number | null;
}

export interface Figures extends Metrics {
  month: string;
  obligations: number;
  exempt: number;
  owed: number;
  pending: number;
  filed: number;
  returned: number;
  units: number;
  unitsOverdue: number;
}

export interface Trend {
  from: string;
  to: string;
  months: (Metrics & { month: string })[];
}

export interface RankingRow extends Metrics {
  rank: number;
  unitId: number;
  unitName: string;
  score: number;
  hasContact: boolean;
}

export interface MatrixCell {
  obligationId: number;
  streamCode: string;
  period: string;
  status: ObligationStatus;
  daysLate: number | null;
}

export interface Matrix {
  from: string;
  to: string;
  months: string[];
  /** All units (the rows are one page of them). */
  total: number;
  rows: { unitId: number; unitName: string; cells: Record<string, MatrixCell[]> }[];
}

export interface OverdueContact {
  id: number;
  name: string;
  post: string | null;
  phone: string | null;
  mobile: string | null;
  email: string | null;
}

export interface OverdueUnit {
  unitId: number;
  unitName: string;
  overdue: number;
  maxDaysOverdue: number;
  obligations: { obligationId: number; streamCode: string; streamName: string; period: string; dueAt: string; status: ObligationStatus; daysOverdue: number }[];
  contact: OverdueContact | null;
}

import { DecisionQueue } from '../common/DecisionQueue';

const SPEC = {
  resource: 'appeals',
  action: 'decideAppeal',
  statuses: ['OPEN', 'UPHELD', 'REJECTED'],
  statusPrefix: 'app.assessments2.appealStatus',
  decisions: ['UPHOLD', 'REJECT'],
  subject: 'subject',
  messages: {
    accept: 'app.assessments2.uphold',
    refuse: 'app.assessments2.reject',
    refuseTitle: 'app.assessments2.rejectTitle',
    reason: 'app.assessments2.decisionReason',
    accepted: 'app.assessments2.upheld',
    refused: 'app.assessments2.rejected',
    acceptTitle: 'app.assessments2.upholdTitle',
    acceptReason: 'app.assessments2.upholdReason',
  },
} as const;

/** 申诉复核: the units' appeals, newest first; the office upholds one (the points come back) or rejects it with a reason. */
export const AppealList = () => <DecisionQueue spec={SPEC} />;

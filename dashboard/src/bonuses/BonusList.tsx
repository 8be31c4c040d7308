import { DecisionQueue } from '../common/DecisionQueue';

const SPEC = {
  resource: 'bonuses',
  action: 'decideBonus',
  statuses: ['PENDING', 'CONFIRMED', 'REFUSED'],
  statusPrefix: 'app.assessments2.bonusStatus',
  decisions: ['CONFIRM', 'REFUSE'],
  subject: 'categoryName',
  messages: {
    accept: 'app.assessments2.confirm',
    refuse: 'app.assessments2.refuse',
    refuseTitle: 'app.assessments2.refuseTitle',
    reason: 'app.assessments2.refuseReason',
    accepted: 'app.assessments2.confirmed',
    refused: 'app.assessments2.refused',
  },
} as const;

/** 加分申报: the units' bonus claims; the office confirms one, or refuses it with a reason. */
export const BonusList = () => <DecisionQueue spec={SPEC} />;

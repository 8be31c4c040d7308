import CloseIcon from '@mui/icons-material/Close';
import { useRecordContext } from 'react-admin';
import { AcceptOrRefuse } from '../common/AcceptOrRefuse';
import { useCan } from '../common/useSession';
import { postJson } from '../providers/http';

const MESSAGES = {
  accept: 'app.decision.accept',
  refuse: 'app.decision.reject',
  refuseTitle: 'app.decision.rejectTitle',
  reason: 'app.decision.reason',
  accepted: 'app.decision.accepted',
  refused: 'app.decision.rejected',
};

/** ADMIN, on an explanation waiting for a decision: accept it (→ 已说明) or reject it with a reason. */
export const DecisionButtons = (_: { label?: string }) => {
  const record = useRecordContext();
  const can = useCan();
  if (!record || record.status !== 'PENDING' || !can('decide', 'explanations')) return null;
  return (
    <AcceptOrRefuse
      messages={MESSAGES}
      refuseIcon={<CloseIcon />}
      onDecide={(accept, reason) => postJson(`/explanations/${record.id}/decision`, { decision: accept ? 'ACCEPT' : 'REJECT', reason })}
    />
  );
};

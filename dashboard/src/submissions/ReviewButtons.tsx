import UndoIcon from '@mui/icons-material/Undo';
import { useRecordContext } from 'react-admin';
import { AcceptOrRefuse } from '../common/AcceptOrRefuse';
import { useApi } from '../common/api';
import { useCan } from '../common/useSession';
import { postJson } from '../providers/http';

const MESSAGES = {
  accept: 'app.review.accept',
  refuse: 'app.review.return',
  refuseTitle: 'app.review.returnTitle',
  reason: 'app.review.reason',
  reasonHelp: 'app.review.reasonHelp',
  accepted: 'app.review.accepted',
  refused: 'app.review.returned',
};

/** ADMIN, on a filing waiting for review: accept it, or return it with a reason the unit will see. */
export const ReviewButtons = (_: { label?: string }) => {
  const record = useRecordContext();
  const can = useCan();
  const allowed = Boolean(record) && record?.reviewState === 'PENDING' && can('review', 'submissions');
  // 常用退回意见, offered as quick picks in the return dialog (the office edits them under 系统设置).
  const { data: stock } = useApi<{ returnReasons: string[] }>('/settings/return-reasons', {}, allowed);
  if (!record || !allowed) return null;
  return (
    <AcceptOrRefuse
      messages={MESSAGES}
      suggestions={stock?.returnReasons}
      suggestionsLabel="app.transitions.stockReasons"
      refuseIcon={<UndoIcon />}
      onDecide={(accept, reason) => postJson('/reviews', { submissionId: record.id, decision: accept ? 'ACCEPT' : 'RETURN', reason })}
    />
  );
};

import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { RankingRow } from '@credit/contract/api';
import { useApi } from '../common/api';
import { currentMonth, formatRate } from '../common/format';

/** The unit's own records this year: how many it filed, its 合规率 and 迟报率 (the ranking row the unit may see). */
export const DeskRecordFigures = () => {
  const translate = useTranslate();
  const month = currentMonth();
  const { data } = useApi<RankingRow[]>('/compliance/ranking', { from: `${month.slice(0, 4)}-01`, to: month });
  const own = data?.[0];
  if (!own || own.recordsFiled === 0) return null;
  const none = translate('app.none');
  return (
    <Typography variant="body2" color="text.secondary" data-testid="desk-record-figures">
      {translate('app.desk.recordFigures', {
        filed: own.recordsFiled,
        valid: own.recordsValid,
        compliance: formatRate(own.complianceRate, none),
        late: formatRate(own.lateRecordRate, none),
      })}
    </Typography>
  );
};

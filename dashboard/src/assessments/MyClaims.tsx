import type { ReactNode } from 'react';
import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatTime } from '../common/format';

/** A bonus claim (GET /api/bonuses). */
export interface Bonus {
  id: number;
  year: number;
  category: string;
  categoryName: string | null;
  points: number;
  reason: string;
  status: 'PENDING' | 'CONFIRMED' | 'REFUSED';
  decisionReason: string | null;
  decidedAt: string | null;
  createdAt: string;
}

/** An appeal (GET /api/appeals). */
export interface Appeal {
  id: number;
  deductionId: number | null;
  bonusId: number | null;
  subject: string;
  points: number;
  reason: string;
  status: 'OPEN' | 'UPHELD' | 'REJECTED';
  decisionReason: string | null;
  decidedAt: string | null;
  createdAt: string;
}

const Head = ({ keys, prefix }: { keys: string[]; prefix: string }) => {
  const translate = useTranslate();
  return (
    <TableHead>
      <TableRow>
        {keys.map((k) => <TableCell key={k}>{translate(k.includes('.') ? k : `${prefix}.${k}`)}</TableCell>)}
      </TableRow>
    </TableHead>
  );
};

const none = (value: string | null, empty: string) => value ?? empty;

/** The unit's bonus claims of the year and their state; `action` adds a button (appeal a refused one). */
export const BonusesTable = ({ bonuses, action }: { bonuses: Bonus[]; action: (b: Bonus) => ReactNode }) => {
  const translate = useTranslate();
  if (bonuses.length === 0) return <Typography color="text.secondary">{translate('app.assessments2.noBonuses')}</Typography>;
  return (
    <Table size="small" data-testid="my-bonuses">
      <Head prefix="resources.bonuses.fields" keys={['categoryName', 'points', 'reason', 'createdAt', 'status', 'decisionReason', 'app.actions']} />
      <TableBody>
        {bonuses.map((b) => (
          <TableRow key={b.id}>
            <TableCell>{b.categoryName}</TableCell>
            <TableCell>{b.points}</TableCell>
            <TableCell>{b.reason}</TableCell>
            <TableCell>{formatTime(b.createdAt)}</TableCell>
            <TableCell>{translate(`app.assessments2.bonusStatus.${b.status}`)}</TableCell>
            <TableCell>{none(b.decisionReason, translate('app.none'))}</TableCell>
            <TableCell>{action(b)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** The unit's appeals of the year: what, why, the state and the office's decision. */
export const AppealsTable = ({ appeals }: { appeals: Appeal[] }) => {
  const translate = useTranslate();
  if (appeals.length === 0) return <Typography color="text.secondary">{translate('app.assessments2.noAppealsYet')}</Typography>;
  return (
    <Table size="small" data-testid="my-appeals">
      <Head prefix="resources.appeals.fields" keys={['subject', 'points', 'reason', 'createdAt', 'status', 'decisionReason', 'decidedAt']} />
      <TableBody>
        {appeals.map((a) => (
          <TableRow key={a.id}>
            <TableCell>{a.subject}</TableCell>
            <TableCell>{a.points}</TableCell>
            <TableCell>{a.reason}</TableCell>
            <TableCell>{formatTime(a.createdAt)}</TableCell>
            <TableCell>{translate(`app.assessments2.appealStatus.${a.status}`)}</TableCell>
            <TableCell>{none(a.decisionReason, translate('app.none'))}</TableCell>
            <TableCell>{a.decidedAt ? formatTime(a.decidedAt) : translate('app.none')}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

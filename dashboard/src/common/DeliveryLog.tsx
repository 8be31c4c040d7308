import { Fragment, useState, type ReactNode } from 'react';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Chip, IconButton, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { MailStatus } from '@credit/contract/labels';
import { formatTime } from './format';

/** What a mail and a channel's message (SMS, robot post) share: its outbox state and its attempts. */
export interface Delivery {
  id: number;
  status: MailStatus;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  sentAt: string | null;
  attemptLog: { attempt: number; at: string; ok: boolean; response: string | null; error: string | null }[];
}

export type DeliveryState = MailStatus | 'RETRYING';

const time = (iso: string | null) => (iso ? formatTime(iso) : '');

/** A pending message that has failed before is being retried. */
export const deliveryStateOf = (m: Pick<Delivery, 'status' | 'attempts'>): DeliveryState =>
  m.status === 'PENDING' && m.attempts > 0 ? 'RETRYING' : m.status;

const COLOR: Record<DeliveryState, 'success' | 'info' | 'warning' | 'error' | 'default'> = {
  SENT: 'success',
  PENDING: 'info',
  RETRYING: 'warning',
  FAILED: 'error',
  SKIPPED: 'default',
  CANCELLED: 'default',
};

/** The state as a chip (已发送 / 重试中 / 发送失败 …). */
export const DeliveryChip = ({ delivery }: { delivery: Pick<Delivery, 'status' | 'attempts'> }) => {
  const translate = useTranslate();
  const state = deliveryStateOf(delivery);
  return <Chip size="small" variant="outlined" color={COLOR[state]} label={translate(`app.notices.mailStates.${state}`)} data-state={state} />;
};

/** What to say next to a message: when it went, when it is retried, or why it was not sent (the server's words). */
export const deliveryNote = (m: Delivery, translate: (key: string, options?: object) => string): string => {
  switch (deliveryStateOf(m)) {
    case 'SENT':
      return m.sentAt ? translate('app.notices.sentAt', { time: time(m.sentAt) }) : '';
    case 'PENDING':
    case 'RETRYING':
      return [m.lastError, m.nextAttemptAt ? translate('app.notices.nextAttempt', { time: time(m.nextAttemptAt) }) : null].filter(Boolean).join('；');
    default:
      return m.lastError ?? '';
  }
};

/** Each attempt of a message with the server's answer, as rows under the message's row (`span`: its leading cells). */
export const AttemptRows = ({ delivery, span = 1 }: { delivery: Delivery; span?: number }) => {
  const translate = useTranslate();
  return (
    <>
      {delivery.attemptLog.map((a) => (
        <TableRow key={`${delivery.id}-${a.attempt}`} data-attempt={a.attempt} sx={{ '& td': { color: 'text.secondary', borderBottomStyle: 'dashed' } }}>
          <TableCell sx={{ pl: 4 }} colSpan={span}>{translate('app.notices.attempt', { n: a.attempt })}</TableCell>
          <TableCell>{translate(a.ok ? 'app.notices.attemptOk' : 'app.notices.attemptFailed')}</TableCell>
          <TableCell />
          <TableCell>
            {time(a.at)} {a.ok ? (a.response ?? '') : (a.error ?? '')}
          </TableCell>
        </TableRow>
      ))}
    </>
  );
};

/** A leading column of a delivery table: whom or where the message went. */
export interface DeliveryColumn<T> {
  header: string;
  cell: (item: T) => ReactNode;
}

interface DeliveryTableProps<T extends Delivery> {
  items: T[];
  columns: DeliveryColumn<T>[];
  /** Attempts behind a toggle per row (default: always shown). */
  expandable?: boolean;
  testId?: string;
  /** The attribute naming a row's state (`data-mail`, `data-message`). */
  rowAttribute?: string;
}

const DeliveryRow = <T extends Delivery>({ item, columns, expandable, rowAttribute }: { item: T } & Omit<DeliveryTableProps<T>, 'items' | 'testId'>) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(!expandable);
  const canExpand = Boolean(expandable) && item.attemptLog.length > 0;
  return (
    <Fragment>
      <TableRow {...{ [rowAttribute ?? 'data-delivery']: deliveryStateOf(item) }}>
        {columns.map((c) => (
          <TableCell key={c.header}>{c.cell(item)}</TableCell>
        ))}
        <TableCell>
          <DeliveryChip delivery={item} />
        </TableCell>
        <TableCell align="right">
          {item.attempts}
          {canExpand && (
            <IconButton size="small" aria-label={translate(open ? 'app.channels.hideAttempts' : 'app.channels.showAttempts')} onClick={() => setOpen(!open)}>
              {open ? <ExpandLessIcon fontSize="small" /> : <ExpandMoreIcon fontSize="small" />}
            </IconButton>
          )}
        </TableCell>
        <TableCell>{deliveryNote(item, translate)}</TableCell>
      </TableRow>
      {open && <AttemptRows delivery={item} span={columns.length} />}
    </Fragment>
  );
};

/** Messages of an outbox, one row each (who, state, attempts, note), then each attempt with the server's answer. */
export const DeliveryTable = <T extends Delivery>({ items, columns, expandable, testId, rowAttribute }: DeliveryTableProps<T>) => {
  const translate = useTranslate();
  return (
    <Table size="small" sx={{ maxWidth: 1000 }} data-testid={testId}>
      <TableHead>
        <TableRow>
          {columns.map((c) => (
            <TableCell key={c.header}>{translate(c.header)}</TableCell>
          ))}
          <TableCell>{translate('app.notices.mailState')}</TableCell>
          <TableCell align="right">{translate('app.notices.attempts')}</TableCell>
          <TableCell>{translate('app.notices.note')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map((item) => (
          <DeliveryRow key={item.id} item={item} columns={columns} expandable={expandable} rowAttribute={rowAttribute} />
        ))}
      </TableBody>
    </Table>
  );
};

import { type ReactElement, useState } from 'react';
import CheckIcon from '@mui/icons-material/Check';
import { Stack } from '@mui/material';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import { ActionButton } from './ActionButton';
import { ReasonDialog } from './ReasonDialog';

/** Catalog keys of one decision pair (accept, or refuse with a reason). */
export interface DecisionMessages {
  accept: string;
  refuse: string;
  refuseTitle: string;
  reason: string;
  reasonHelp?: string;
  accepted: string;
  refused: string;
  /** When set, accepting asks for an optional reason too (an appeal upheld, with the office's note). */
  acceptTitle?: string;
  acceptReason?: string;
}

/**
 * The office's two buttons on something waiting for its decision: accept at once, or refuse with a reason
 * asked in a dialog. Shared by the review of filings and the decision on explanations.
 */
export const AcceptOrRefuse = ({ messages, refuseIcon, onDecide, suggestions, suggestionsLabel }: {
  messages: DecisionMessages;
  refuseIcon: ReactElement;
  onDecide: (accept: boolean, reason?: string) => Promise<unknown>;
  /** Stock reasons offered in the refuse dialog (常用退回意见). */
  suggestions?: readonly string[];
  suggestionsLabel?: string;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [refusing, setRefusing] = useState(false);
  const [accepting, setAccepting] = useState(false);
  const [busy, setBusy] = useState(false);

  const decide = async (accept: boolean, reason?: string) => {
    await onDecide(accept, reason);
    notify(accept ? messages.accepted : messages.refused, { type: 'success' });
    refresh();
  };
  const accept = async () => {
    setBusy(true);
    try {
      await decide(true);
    } catch (e) {
      notify(e instanceof Error ? e.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack direction="row" spacing={1}>
      <ActionButton label={translate(messages.accept)} icon={<CheckIcon />} color="success" variant="contained" disabled={busy}
        onClick={messages.acceptTitle ? () => setAccepting(true) : accept} />
      <ActionButton label={translate(messages.refuse)} icon={refuseIcon} color="error" disabled={busy} onClick={() => setRefusing(true)} />
      <ReasonDialog
        open={refusing}
        title={translate(messages.refuseTitle)}
        label={translate(messages.reason)}
        helperText={messages.reasonHelp ? translate(messages.reasonHelp) : undefined}
        confirmLabel={translate(messages.refuse)}
        onClose={() => setRefusing(false)}
        onConfirm={(reason) => decide(false, reason)}
        suggestions={suggestions}
        suggestionsLabel={suggestionsLabel}
      />
      {messages.acceptTitle && (
        <ReasonDialog
          open={accepting}
          required={false}
          title={translate(messages.acceptTitle)}
          label={translate(messages.acceptReason ?? messages.reason)}
          confirmLabel={translate(messages.accept)}
          onClose={() => setAccepting(false)}
          onConfirm={(reason) => decide(true, reason || undefined)}
        />
      )}
    </Stack>
  );
};

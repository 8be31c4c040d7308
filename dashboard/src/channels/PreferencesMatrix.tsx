import { Checkbox, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { CONTACT_CHANNELS, PREFERENCE_KINDS, type ContactChannel, type Preferences } from './channelTypes';

interface PreferencesMatrixProps {
  value: Preferences;
  onChange?: (value: Preferences) => void;
  /** Shown, not edited (a contact following the office's defaults). */
  readOnly?: boolean;
  testId?: string;
}

/** Per kind of notice (催报提醒 / 逾期未报 / 处理结果), the channels beside in-app: 邮件, 短信. */
export const PreferencesMatrix = ({ value, onChange, readOnly, testId }: PreferencesMatrixProps) => {
  const translate = useTranslate();
  const toggle = (kind: keyof Preferences, channel: ContactChannel, on: boolean) => {
    const chosen = new Set(value[kind]);
    if (on) chosen.add(channel);
    else chosen.delete(channel);
    onChange?.({ ...value, [kind]: CONTACT_CHANNELS.filter((c) => chosen.has(c)) });
  };
  return (
    <Table size="small" sx={{ maxWidth: 420 }} data-testid={testId}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.channels.defaults.kind')}</TableCell>
          {CONTACT_CHANNELS.map((c) => (
            <TableCell key={c} align="center" sx={{ whiteSpace: 'nowrap', width: 72 }}>{translate(`app.channels.contactChannel.${c}`)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {PREFERENCE_KINDS.map((kind) => (
          <TableRow key={kind}>
            <TableCell>{translate(`app.channels.preferenceKind.${kind}`)}</TableCell>
            {CONTACT_CHANNELS.map((c) => (
              <TableCell key={c} align="center" padding="checkbox">
                <Checkbox
                  size="small"
                  name={`preferences.${kind}.${c}`}
                  checked={value[kind].includes(c)}
                  disabled={readOnly}
                  onChange={(e) => toggle(kind, c, e.target.checked)}
                  slotProps={{
                    input: {
                      'aria-label': `${translate(`app.channels.preferenceKind.${kind}`)} ${translate(`app.channels.contactChannel.${c}`)}`,
                    } as object,
                  }}
                />
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

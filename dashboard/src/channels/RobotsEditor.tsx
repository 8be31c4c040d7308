import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import { Button, Checkbox, FormControlLabel, IconButton, MenuItem, Paper, Stack, TextField, Tooltip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { SettingText } from '../common/SettingText';
import { formatTime } from '../common/format';
import { ROBOT_KINDS, type Robot, type RobotInput, type RobotKind } from './channelTypes';

/** A robot as edited: the stored one's masked webhook and whether it has a secret, the texts typed anew. */
export interface RobotDraft {
  key: string;
  id?: number;
  kind: RobotKind;
  name: string;
  /** Typed anew; empty keeps the stored webhook (write-only). */
  webhookUrl: string;
  secret: string;
  clearSecret: boolean;
  keyword: string;
  webhookHint?: string;
  hasSecret: boolean;
  pausedUntil: string | null;
}

export const draftsOf = (robots: Robot[]): RobotDraft[] =>
  robots.map((r) => ({
    key: `robot-${r.id}`,
    id: r.id,
    kind: r.kind,
    name: r.name ?? '',
    webhookUrl: '',
    secret: '',
    clearSecret: false,
    keyword: r.keyword ?? '',
    webhookHint: r.webhookHint,
    hasSecret: r.hasSecret,
    pausedUntil: r.pausedUntil,
  }));

/** The PUT's robots: with `id` an update where an empty webhook or secret keeps the stored one. */
export const inputsOf = (drafts: RobotDraft[]): RobotInput[] =>
  drafts.map((d) => {
    const dingtalk = d.kind === 'DINGTALK';
    // 企业微信 has no secret; a 钉钉 robot keeps its stored one unless a new one is typed or clearing is asked.
    const secret = !dingtalk || d.clearSecret ? null : d.secret || undefined;
    return {
      ...(d.id ? { id: d.id } : {}),
      kind: d.kind,
      name: d.name.trim() || null,
      ...(d.webhookUrl.trim() || !d.id ? { webhookUrl: d.webhookUrl.trim() } : {}),
      ...(secret === undefined ? {} : { secret }),
      keyword: dingtalk ? d.keyword.trim() || null : null,
    };
  });

let added = 0;
const newDraft = (): RobotDraft => ({
  key: `new-${++added}`,
  kind: 'WECOM',
  name: '',
  webhookUrl: '',
  secret: '',
  clearSecret: false,
  keyword: '',
  hasSecret: false,
  pausedUntil: null,
});

interface RobotsEditorProps {
  robots: RobotDraft[];
  onChange: (robots: RobotDraft[]) => void;
  /** The server's message for robot `index`'s `field`. */
  errorOf: (index: number, field: string) => string | undefined;
}

/** A list of group robots (企业微信 / 钉钉): add, edit, remove; webhooks and secrets are write-only. */
export const RobotsEditor = ({ robots, onChange, errorOf }: RobotsEditorProps) => {
  const translate = useTranslate();
  const update = (index: number, patch: Partial<RobotDraft>) => onChange(robots.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const field = (index: number, name: 'name' | 'webhookUrl' | 'secret' | 'keyword', label: string, help?: string, extra: object = {}) => (
    <SettingText
      name={`robots.${index}.${name}`}
      label={label}
      help={help}
      value={robots[index]![name]}
      onChange={(value) => update(index, { [name]: value })}
      error={errorOf(index, name)}
      sx={{ flex: 1 }}
      {...extra}
    />
  );

  return (
    <Stack spacing={2}>
      {robots.length === 0 && (
        <Typography variant="body2" color="text.secondary">{translate('app.channels.robots.none')}</Typography>
      )}
      {robots.map((r, i) => (
        <Paper key={r.key} variant="outlined" sx={{ p: 2 }} data-testid="robot">
          <Stack spacing={2}>
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'flex-start' } }}>
              <TextField
                select
                name={`robots.${i}.kind`}
                size="small"
                label={translate('app.channels.robots.kind')}
                value={r.kind}
                onChange={(e) => update(i, { kind: e.target.value as RobotKind })}
                error={Boolean(errorOf(i, 'kind'))}
                helperText={errorOf(i, 'kind')}
                sx={{ width: { md: 140 } }}
              >
                {ROBOT_KINDS.map((k) => (
                  <MenuItem key={k} value={k}>{translate(`app.channels.channel.${k}`)}</MenuItem>
                ))}
              </TextField>
              {field(i, 'name', 'app.channels.robots.name')}
              <Tooltip title={translate('app.channels.robots.remove')}>
                <IconButton aria-label={translate('app.channels.robots.remove')} onClick={() => onChange(robots.filter((_, j) => j !== i))}>
                  <DeleteIcon />
                </IconButton>
              </Tooltip>
            </Stack>
            {field(i, 'webhookUrl', 'app.channels.robots.webhook', r.id ? 'app.channels.robots.webhookSet' : 'app.channels.robots.webhookHelp', {
              placeholder: r.webhookHint,
              autoComplete: 'off',
            })}
            {r.kind === 'DINGTALK' && (
              <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'flex-start' } }}>
                {field(i, 'secret', 'app.channels.robots.secret', r.hasSecret ? 'app.channels.robots.secretSet' : 'app.channels.robots.secretHelp', {
                  type: 'password',
                  autoComplete: 'new-password',
                  disabled: r.clearSecret,
                })}
                {field(i, 'keyword', 'app.channels.robots.keyword', 'app.channels.robots.keywordHelp')}
              </Stack>
            )}
            {r.kind === 'DINGTALK' && r.hasSecret && (
              <FormControlLabel
                control={<Checkbox checked={r.clearSecret} onChange={(e) => update(i, { clearSecret: e.target.checked })} />}
                label={translate('app.channels.robots.clearSecret')}
              />
            )}
            {r.pausedUntil && (
              <Typography variant="body2" color="warning.main">
                {translate('app.channels.robots.paused', { time: formatTime(r.pausedUntil) })}
              </Typography>
            )}
          </Stack>
        </Paper>
      ))}
      <div>
        <Button size="small" startIcon={<AddIcon />} onClick={() => onChange([...robots, newDraft()])} disabled={robots.length >= 10}>
          {translate('app.channels.robots.add')}
        </Button>
      </div>
    </Stack>
  );
};

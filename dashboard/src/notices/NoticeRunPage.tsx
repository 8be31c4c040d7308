import { formatDay } from '../common/format';
import { useState } from 'react';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import PreviewIcon from '@mui/icons-material/Preview';
import { Button, Card, CardContent, CircularProgress, Link, Stack, TextField, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { Confirm, Title, useCreatePath, useNotify, useTranslate } from 'react-admin';
import { reportSaveError } from '../common/api';
import { shanghaiDay } from '../common/format';
import { postJson } from '../providers/http';
import { useOutboxStatus } from './noticeFields';
import { MAIL_STATUSES, type RunResult } from './noticeTypes';
import { RunResultView } from './RunResultView';
import { SettingsCard, type SettingField } from './SettingsCard';

const THRESHOLD_FIELDS: SettingField[] = [
  { name: 'reminderWorkdays', label: 'app.notices.thresholds.reminderWorkdays', help: 'app.notices.thresholds.reminderHelp', type: 'number', min: 0, max: 10 },
  { name: 'escalateWorkdays', label: 'app.notices.thresholds.escalateWorkdays', help: 'app.notices.thresholds.escalateHelp', type: 'number', min: 1, max: 20 },
];

const MAIL_FIELDS: SettingField[] = [
  { name: 'sender', label: 'app.notices.mail.sender', help: 'app.notices.mail.senderHelp', type: 'email', nullable: true },
  { name: 'maxAttempts', label: 'app.notices.mail.maxAttempts', help: 'app.notices.mail.maxAttemptsHelp', type: 'number', min: 1, max: 20 },
];

/** Pick a day, preview what a run would notice, run it for real (after a confirmation), see the result. */
const RunCard = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [day, setDay] = useState(shanghaiDay());
  const [result, setResult] = useState<RunResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'preview' | 'run' | null>(null);
  const [confirming, setConfirming] = useState(false);

  const run = async (dryRun: boolean) => {
    setConfirming(false);
    setBusy(dryRun ? 'preview' : 'run');
    setError(null);
    try {
      const answer = await postJson<RunResult>('/notices/jobs/run', { asOf: day, dryRun });
      setResult(answer);
      if (!dryRun) {
        notify('app.notices.run.done', { type: 'success', messageArgs: { count: answer.notices.length } });
        // the list, the unread badge and the outbox's counts have changed
        await queryClient.invalidateQueries({ queryKey: ['notices'] });
        await queryClient.invalidateQueries({ queryKey: ['api', '/mail/status'] });
      }
    } catch (e) {
      reportSaveError(e, (errors) => setError(errors.asOf ?? Object.values(errors)[0]!), notify);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('app.notices.run.intro')}
        </Typography>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start', flexWrap: 'wrap', gap: 1 }}>
          <TextField
            type="date"
            name="asOf"
            label={translate('app.notices.run.date')}
            value={day}
            onChange={(e) => {
              setDay(e.target.value);
              setError(null);
            }}
            size="small"
            error={Boolean(error)}
            helperText={error ?? translate('app.notices.run.dateHelp')}
            slotProps={{ inputLabel: { shrink: true } }}
            sx={{ minWidth: 220 }}
          />
          <Button
            variant="outlined"
            startIcon={busy === 'preview' ? <CircularProgress size={16} /> : <PreviewIcon />}
            disabled={!day || busy !== null}
            onClick={() => run(true)}
          >
            {translate('app.notices.run.preview')}
          </Button>
          <Button
            variant="contained"
            startIcon={busy === 'run' ? <CircularProgress size={16} color="inherit" /> : <PlayArrowIcon />}
            disabled={!day || busy !== null}
            onClick={() => setConfirming(true)}
          >
            {translate('app.notices.run.runNow')}
          </Button>
        </Stack>
        {result && (
          <Stack sx={{ mt: 3 }}>
            <RunResultView result={result} />
          </Stack>
        )}
      </CardContent>
      <Confirm
        isOpen={confirming}
        title={translate('app.notices.run.confirmTitle')}
        content={translate('app.notices.run.confirmContent', { date: day ? formatDay(day) : '' })}
        onConfirm={() => run(false)}
        onClose={() => setConfirming(false)}
      />
    </Card>
  );
};

/** The outbox's counts and, without a mail server, the server's explanation. */
const OutboxLine = () => {
  const translate = useTranslate();
  const { data: outbox } = useOutboxStatus();
  if (!outbox) return null;
  const counts = Object.fromEntries(MAIL_STATUSES.map((s) => [s, outbox.counts[s] ?? 0]));
  return (
    <Stack spacing={0.5} sx={{ mb: 1 }} data-testid="outbox-status">
      <Typography variant="body2" color={outbox.configured ? 'success.main' : 'warning.main'}>
        {outbox.configured ? translate('app.notices.mail.configured') : (outbox.message ?? translate('app.notices.deliveryHelp.IN_APP_ONLY'))}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('app.notices.outbox', counts)}
      </Typography>
    </Stack>
  );
};

/** 催报 (ADMIN): run or preview the chase for any day, its thresholds, and the mail settings. */
export const NoticeRunPage = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 4, maxWidth: 1200 }}>
      <Title title="resources.notice-jobs.name" />
      <RunCard />
      <SettingsCard
        title="app.notices.thresholds.title"
        path="/notices/jobs/settings"
        fields={THRESHOLD_FIELDS}
        savedMessage="app.notices.thresholds.saved"
        testId="thresholds"
      />
      <SettingsCard title="app.notices.mail.title" path="/mail/settings" fields={MAIL_FIELDS} savedMessage="app.notices.mail.saved" testId="mail-settings">
        <OutboxLine />
      </SettingsCard>
      <Link href={`#${createPath({ resource: 'notices', type: 'list' })}`} variant="body2">
        {translate('app.notices.run.allNotices')}
      </Link>
    </Stack>
  );
};

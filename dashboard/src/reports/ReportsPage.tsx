import { useState, type ReactNode } from 'react';
import { Card, CardActions, CardContent, Stack, TextField, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { DownloadButton } from '../common/DownloadButton';
import { periodLabel } from '@credit/contract/labels';
import { addMonths } from '../common/format';
import { useRounds } from '../common/rounds';

const ReportCard = ({ title, help, children, action }: { title: string; help: string; children?: ReactNode; action: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ maxWidth: 720 }}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate(title)}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: children ? 2 : 0 }}>
          {translate(help)}
        </Typography>
        <Stack direction="row" spacing={2}>
          {children}
        </Stack>
      </CardContent>
      <CardActions>{action}</CardActions>
    </Card>
  );
};

const MonthPicker = ({ name, label, value, onChange }: { name: string; label: string; value: string; onChange: (v: string) => void }) => {
  const translate = useTranslate();
  return (
    <TextField
      type="month"
      name={name}
      label={translate(label)}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      size="small"
      slotProps={{ inputLabel: { shrink: true } }}
    />
  );
};

/**
 * Downloads with period pickers: 附件5 up to a month, 附件6 for a range of months, the roster as it stands. The
 * pickers open on the latest complete round (the server's notion), never on the month still being collected.
 */
export const ReportsPage = () => {
  const translate = useTranslate();
  const { data: rounds } = useRounds();
  const latest = rounds?.month ?? '';
  const [picked, setPicked] = useState<{ period?: string; from?: string; to?: string }>({});
  const period = picked.period ?? latest;
  const from = picked.from ?? (latest && addMonths(latest, -2));
  const to = picked.to ?? latest;
  const setPeriod = (v: string) => setPicked((p) => ({ ...p, period: v }));
  const setFrom = (v: string) => setPicked((p) => ({ ...p, from: v }));
  const setTo = (v: string) => setPicked((p) => ({ ...p, to: v }));
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title="resources.reports.name" />
      <Typography variant="body2" color="text.secondary">
        {translate('app.reports.intro')}
        {latest && ` ${translate('app.rounds.reportsDefault', { label: periodLabel(latest) })}`}
      </Typography>
      <ReportCard
        title="app.reports.summaryTitle"
        help="app.reports.summaryHelp"
        action={<DownloadButton label="app.reports.download" path="/reports/sgs-summary.xlsx" params={{ period }} disabled={!period} variant="contained" />}
      >
        <MonthPicker name="period" label="app.reports.period" value={period} onChange={setPeriod} />
      </ReportCard>
      <ReportCard
        title="app.reports.incrementTitle"
        help="app.reports.incrementHelp"
        action={<DownloadButton label="app.reports.download" path="/reports/sgs-increment.xlsx" params={{ from, to }} disabled={!from || !to} variant="contained" />}
      >
        <MonthPicker name="from" label="app.reports.from" value={from} onChange={setFrom} />
        <MonthPicker name="to" label="app.reports.to" value={to} onChange={setTo} />
      </ReportCard>
      <ReportCard
        title="app.reports.rosterTitle"
        help="app.reports.rosterHelp"
        action={<DownloadButton label="app.reports.download" path="/reports/contacts.xlsx" variant="contained" />}
      />
    </Stack>
  );
};

import { Alert, Card, CardContent, Grid, Skeleton, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useApi } from '../common/api';
import { HOME_QUERIES } from './homeQueries';
import { formatRate } from '../common/format';
import type { Figures } from '@credit/contract/api';

interface FigureProps {
  label: string;
  value: string | number | undefined;
  hint?: string;
  color?: string;
  testId: string;
}

const Figure = ({ label, value, hint, color, testId }: FigureProps) => (
  <Card sx={{ height: '100%' }} data-testid={testId}>
    <CardContent>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      {value === undefined ? (
        <Skeleton width={80} height={48} />
      ) : (
        <Typography variant="h4" component="p" sx={{ color, fontWeight: 500, my: 0.5 }}>
          {value}
        </Typography>
      )}
      {hint && (
        <Typography variant="caption" color="text.secondary">
          {hint}
        </Typography>
      )}
    </CardContent>
  </Card>
);

/**
 * This month's figures, all of one set: the reports falling due this month. What is owed, what is filed of it,
 * the on-time rate of those already filed or past due (labelled as such), the units with some missing.
 */
export const FiguresCards = () => {
  const translate = useTranslate();
  const { data, error } = useApi<Figures>(...HOME_QUERIES.figures);
  if (error) return <Alert severity="error">{error.message}</Alert>;
  const f = data;
  return (
    <>
      <Typography variant="subtitle1" component="h2" sx={{ mb: 1 }}>
        {translate('app.rounds.figuresTitle', { month: f?.month ?? '' })}
      </Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 6, md: 3 }}>
          <Figure testId="figure-owed" label={translate('app.rounds.owed')} value={f?.owed} hint={f && translate('app.rounds.owedHint', { units: f.units, exempt: f.exempt })} />
        </Grid>
        <Grid size={{ xs: 6, md: 3 }}>
          <Figure
            testId="figure-filed"
            label={translate('app.rounds.filed')}
            value={f?.filed}
            hint={f && translate('app.rounds.filedHint', { share: formatRate(f.owed ? f.filed / f.owed : null, translate('app.none')), inReview: f.inReview })}
          />
        </Grid>
        <Grid size={{ xs: 6, md: 3 }}>
          <Figure
            testId="figure-rate"
            label={translate('app.rounds.onTimeRate')}
            value={f && formatRate(f.onTimeRate, translate('app.none'))}
            hint={f && (f.expected ? translate('app.rounds.rateHint', { onTime: f.onTime, expected: f.expected }) : translate('app.rounds.rateNone'))}
            color="success.main"
          />
        </Grid>
        <Grid size={{ xs: 6, md: 3 }}>
          <Figure
            testId="figure-overdue"
            label={translate('app.rounds.unitsOverdue')}
            value={f?.unitsOverdue}
            hint={f && translate('app.rounds.overdueHint', { pending: f.pending, returned: f.returned })}
            color={f?.unitsOverdue ? 'error.main' : undefined}
          />
        </Grid>
      </Grid>
    </>
  );
};

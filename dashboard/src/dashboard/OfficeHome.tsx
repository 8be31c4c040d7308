import { Grid, Stack } from '@mui/material';
import { Title } from 'react-admin';
import { FiguresCards } from './FiguresCards';
import { OverdueUnits } from './OverdueUnits';
import { RankingPanel } from './RankingPanel';
import { RecordQuality } from './RecordQuality';
import { StatusMatrix } from './StatusMatrix';
import { TrendPanel } from './TrendPanel';

/** The office's compliance view (ADMIN, LEADER): every figure comes aggregated from the backend. */
export const OfficeHome = () => (
  <Stack spacing={2} sx={{ mt: 2, mb: 4 }}>
    <Title title="app.menu.home" />
    <FiguresCards />
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, lg: 6 }}>
        <TrendPanel />
      </Grid>
      <Grid size={{ xs: 12, lg: 6 }}>
        <OverdueUnits />
      </Grid>
    </Grid>
    <RankingPanel />
    <RecordQuality />
    <StatusMatrix />
  </Stack>
);

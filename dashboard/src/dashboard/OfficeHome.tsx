import PrintIcon from '@mui/icons-material/Print';
import { Box, Button, Grid, Stack } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { PrintHeader } from '../common/PrintHeader';
import { FiguresCards } from './FiguresCards';
import { OverdueUnits } from './OverdueUnits';
import { RankingPanel } from './RankingPanel';
import { RecordQuality } from './RecordQuality';
import { StatusMatrix } from './StatusMatrix';
import { TrendPanel } from './TrendPanel';

/**
 * The office's compliance view (ADMIN, LEADER): every figure comes aggregated from the backend. It prints on A4
 * landscape with a title and the date (layout/PrintStyles).
 */
export const OfficeHome = () => {
  const translate = useTranslate();
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 4 }}>
      <Title title="app.menu.home" />
      <PrintHeader title="app.rounds.printHome" />
      <Box data-print="hide" sx={{ display: 'flex', justifyContent: 'flex-end', mb: -1 }}>
        <Button size="small" startIcon={<PrintIcon />} onClick={() => window.print()}>
          {translate('app.rounds.print')}
        </Button>
      </Box>
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
};

import CampaignIcon from '@mui/icons-material/Campaign';
import { Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { Link } from 'react-router';
import { SettingsCard, type SettingField } from '../notices/SettingsCard';

/** 常用退回意见: one reason a line; the server validates (no empty or repeated line, at most 30). */
const RETURN_REASONS: SettingField[] = [
  { name: 'returnReasons', label: 'app.transitions.stockReasonsField', help: 'app.transitions.stockReasonsHelp', type: 'lines' },
];

/** 系统设置 (ADMIN): the settings that belong to no single list — today the stock return reasons. */
export const SettingsPage = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 2, maxWidth: 900 }}>
      <Title title={translate('app.transitions.settingsTitle')} />
      <Card variant="outlined" sx={{ mb: 2 }} data-testid="channels-link">
        <CardContent>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
            <Typography variant="body2" sx={{ flex: 1 }}>{translate('app.channels.settingsLink')}</Typography>
            <Button component={Link} to="/settings/channels" variant="outlined" startIcon={<CampaignIcon />}>
              {translate('app.channels.open')}
            </Button>
          </Stack>
        </CardContent>
      </Card>
      <SettingsCard
        title="app.transitions.stockReasonsTitle"
        path="/settings/return-reasons"
        fields={RETURN_REASONS}
        savedMessage="app.transitions.stockReasonsSaved"
        testId="return-reasons"
      />
    </Box>
  );
};

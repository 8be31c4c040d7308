import { Box } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
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

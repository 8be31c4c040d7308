import { useEffect, useState } from 'react';
import SaveIcon from '@mui/icons-material/Save';
import { Box, Button, Card, CardActions, CardContent, TextField, Typography } from '@mui/material';
import { Title, useNotify, useTranslate } from 'react-admin';
import { useQueryClient } from '@tanstack/react-query';
import { reportSaveError, useApi } from '../common/api';
import { API_URL, httpClient } from '../providers/http';

const PATH = '/settings/return-reasons';

/** 常用退回意见: one reason a line; the server validates (no empty or repeated line, at most 30). */
const ReturnReasonsCard = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const { data } = useApi<{ returnReasons: string[] }>(PATH);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (data) setText(data.returnReasons.join('\n'));
  }, [data]);

  const save = async () => {
    setBusy(true);
    try {
      const returnReasons = text.split('\n').map((line) => line.trim()).filter(Boolean);
      await httpClient(`${API_URL}${PATH}`, { method: 'PUT', body: JSON.stringify({ returnReasons }) });
      setError(null);
      notify('app.transitions.stockReasonsSaved', { type: 'success' });
      await queryClient.invalidateQueries({ queryKey: ['api', PATH] });
    } catch (e) {
      reportSaveError(e, (errors) => setError(Object.values(errors)[0] ?? null), notify);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card variant="outlined" data-testid="return-reasons">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('app.transitions.stockReasonsTitle')}
        </Typography>
        <TextField
          name="returnReasons"
          label={translate('app.transitions.stockReasonsField')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          multiline
          minRows={5}
          fullWidth
          disabled={!data}
          error={Boolean(error)}
          helperText={error ?? translate('app.transitions.stockReasonsHelp')}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      </CardContent>
      <CardActions>
        <Button size="small" variant="outlined" startIcon={<SaveIcon />} onClick={save} disabled={!data || busy}>
          {translate('ra.action.save')}
        </Button>
      </CardActions>
    </Card>
  );
};

/** 系统设置 (ADMIN): the settings that belong to no single list — today the stock return reasons. */
export const SettingsPage = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 2, maxWidth: 900 }}>
      <Title title={translate('app.transitions.settingsTitle')} />
      <ReturnReasonsCard />
    </Box>
  );
};

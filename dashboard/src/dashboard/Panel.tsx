import type { ReactNode } from 'react';
import { Alert, Box, Card, CardContent, CircularProgress, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

interface PanelProps {
  title: string;
  /** Values of the title's placeholders (a count …). */
  titleArgs?: Record<string, unknown>;
  /** Controls at the right of the title (a period picker …). */
  actions?: ReactNode;
  loading?: boolean;
  error?: Error | null;
  /** Nothing to show: the catalog's "暂无数据" instead of the children. */
  empty?: boolean;
  children?: ReactNode;
  testId?: string;
  /** Fill the height of a grid cell (cards side by side). */
  fill?: boolean;
}

/** A card of the office home: a title, and its content, a spinner, the error, or "暂无数据". */
export const Panel = ({ title, titleArgs, actions, loading, error, empty, children, testId, fill }: PanelProps) => {
  const translate = useTranslate();
  return (
    <Card data-testid={testId} sx={fill ? { height: '100%' } : undefined}>
      <CardContent>
        <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1.5 }}>
          <Typography variant="h6" component="h2" sx={{ flex: 1, minWidth: 200 }}>
            {translate(title, titleArgs)}
          </Typography>
          {actions}
        </Stack>
        {error ? (
          <Alert severity="error">{error.message}</Alert>
        ) : loading ? (
          <Box sx={{ textAlign: 'center', py: 4 }}>
            <CircularProgress size={28} aria-label={translate('ra.page.loading')} />
          </Box>
        ) : empty ? (
          <Typography color="text.secondary" sx={{ py: 3, textAlign: 'center' }}>
            {translate('app.empty')}
          </Typography>
        ) : (
          children
        )}
      </CardContent>
    </Card>
  );
};

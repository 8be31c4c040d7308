import type { ReactNode } from 'react';
import SaveIcon from '@mui/icons-material/Save';
import { Button, Card, CardActions, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

interface SettingsFrameProps {
  title: string;
  /** Catalog key of the line under the title. */
  intro?: string;
  children: ReactNode;
  /** Without it the card has no save button (a status, a test). */
  onSave?: () => void;
  busy?: boolean;
  /** Other buttons beside 保存. */
  actions?: ReactNode;
  testId?: string;
}

/** A group of settings: a titled card (a line under the title) whose 保存 sends that group alone. */
export const SettingsFrame = ({ title, intro, children, onSave, busy, actions, testId }: SettingsFrameProps) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" data-testid={testId}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate(title)}
        </Typography>
        {intro && (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate(intro)}
          </Typography>
        )}
        {children}
      </CardContent>
      {(onSave || actions) && (
        <CardActions>
          {onSave && (
            <Button size="small" variant="outlined" startIcon={<SaveIcon />} onClick={onSave} disabled={busy}>
              {translate('ra.action.save')}
            </Button>
          )}
          {actions}
        </CardActions>
      )}
    </Card>
  );
};

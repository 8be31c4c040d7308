import { Card, CardContent, Stack, Typography } from '@mui/material';
import { Title, useGetIdentity, useTranslate } from 'react-admin';

/** The office home page. Placeholder: the widgets (progress, ranking charts) come later. */
export const Dashboard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const role = typeof identity?.role === 'string' ? translate(`app.role.${identity.role}`) : '';
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title="ra.page.dashboard" />
      <Card>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            {translate('app.dashboard.welcome')}
          </Typography>
          <Typography variant="subtitle1" color="text.secondary" gutterBottom>
            {translate('app.office')}
          </Typography>
          <Typography variant="body1" component="p" sx={{ mb: 1 }}>
            {translate('app.dashboard.intro')}
          </Typography>
          <Typography variant="body1" component="p" sx={{ mb: 1 }}>
            {translate('app.dashboard.features')}
          </Typography>
          {identity?.fullName && (
            <Typography variant="body2" color="text.secondary">
              {translate('app.dashboard.signedInAs', { name: identity.fullName, role })}
            </Typography>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardContent>
          <Typography variant="body2" color="text.secondary">
            {translate('app.dashboard.comingSoon')}
          </Typography>
        </CardContent>
      </Card>
    </Stack>
  );
};

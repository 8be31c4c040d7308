import HomeIcon from '@mui/icons-material/Home';
import { Box, Button, Typography } from '@mui/material';
import { Link } from 'react-router';
import { Title, useTranslate } from 'react-admin';

/** 页面不存在: one sentence of our own (react-admin's page appends an English full stop to the catalog's text). */
export const NotFoundPage = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', mt: 8 }}>
      <Title title="app.polish.notFound.title" />
      <Typography variant="h2" component="p" color="text.secondary">404</Typography>
      <Typography variant="h5" component="h1" sx={{ mt: 1 }}>{translate('app.polish.notFound.title')}</Typography>
      <Typography variant="body1" sx={{ mt: 1 }}>{translate('app.polish.notFound.text')}</Typography>
      <Button component={Link} to="/" variant="contained" startIcon={<HomeIcon />} sx={{ mt: 3 }}>
        {translate('app.polish.notFound.home')}
      </Button>
    </Box>
  );
};

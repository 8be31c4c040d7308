import InboxIcon from '@mui/icons-material/Inbox';
import { Box, Typography } from '@mui/material';
import { CreateButton, useResourceDefinition, useTranslate } from 'react-admin';

/** The empty list: "暂无数据", and a create button only for who may create (CreateButton asks canAccess). */
export const EmptyState = () => {
  const translate = useTranslate();
  const { hasCreate } = useResourceDefinition();
  return (
    <Box sx={{ flex: 1, textAlign: 'center', py: 8, color: 'text.secondary' }}>
      <InboxIcon sx={{ fontSize: 64, opacity: 0.5 }} />
      <Typography variant="h6" sx={{ mb: 2 }}>
        {translate('app.empty')}
      </Typography>
      {hasCreate && <CreateButton variant="contained" />}
    </Box>
  );
};

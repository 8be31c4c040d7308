import NotificationsIcon from '@mui/icons-material/Notifications';
import { Badge } from '@mui/material';
import { Menu, useTranslate } from 'react-admin';
import { useUnreadCount } from './unread';

/** 通知 in the menu, with the number of unread notices on its icon (polled; refetched after a read). */
export const NoticesMenuItem = () => {
  const translate = useTranslate();
  const { data: count = 0 } = useUnreadCount();
  return (
    <Menu.Item
      to="/notices"
      primaryText={translate('resources.notices.name')}
      leftIcon={
        <Badge
          badgeContent={count}
          max={99}
          color="error"
          slotProps={{ badge: { 'data-testid': 'unread-count', title: translate('app.notices.unreadCount', { count }) } as object }}
        >
          <NotificationsIcon />
        </Badge>
      }
    />
  );
};

import NotificationsIcon from '@mui/icons-material/Notifications';
import SendIcon from '@mui/icons-material/Send';
import type { ResourceProps } from 'react-admin';
import { lazyPage } from '../common/lazyPage';

const pages = () => import('./pages');

/** 通知: the office's list of every notice with its delivery; a unit's inbox of its own. Read-only. */
export const notices: ResourceProps = {
  name: 'notices',
  icon: NotificationsIcon,
  recordRepresentation: 'title',
  list: lazyPage(pages, 'NoticeList'),
  show: lazyPage(pages, 'NoticeShow'),
};

/** 催报 (ADMIN): preview or run the chase for a day, its thresholds, the mail settings. A page, not records. */
export const noticeJobs: ResourceProps = {
  name: 'notice-jobs',
  icon: SendIcon,
  list: lazyPage(() => import('./NoticeRunPage'), 'NoticeRunPage'),
};

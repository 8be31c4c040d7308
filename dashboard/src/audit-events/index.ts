import HistoryIcon from '@mui/icons-material/History';
import type { ResourceProps } from 'react-admin';
import { lazyPage } from '../common/lazyPage';

const pages = () => import('./pages');

/** 操作日志: who changed what, when. Read-only for everybody; hidden from unit contacts. */
export const auditEvents: ResourceProps = {
  name: 'audit-events',
  icon: HistoryIcon,
  list: lazyPage(pages, 'AuditEventList'),
  show: lazyPage(pages, 'AuditEventShow'),
};

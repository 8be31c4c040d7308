import TableChartIcon from '@mui/icons-material/TableChart';
import type { ResourceProps } from 'react-admin';
import { lazyPage } from '../common/lazyPage';

/** 统计报表: the plan's statistics tables (附件5, 附件6) and the contacts roster, as .xlsx downloads. */
export const reports: ResourceProps = {
  name: 'reports',
  icon: TableChartIcon,
  list: lazyPage(() => import('./ReportsPage'), 'ReportsPage'),
};

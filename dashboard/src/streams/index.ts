import AssignmentIcon from '@mui/icons-material/Assignment';
import type { ResourceProps } from 'react-admin';
import { lazyPage } from '../common/lazyPage';

const pages = () => import('./pages');

/** 报送事项: the kinds of report the office collects. */
export const streams: ResourceProps = {
  name: 'streams',
  icon: AssignmentIcon,
  recordRepresentation: 'name',
  list: lazyPage(pages, 'StreamList'),
  show: lazyPage(pages, 'StreamShow'),
  edit: lazyPage(pages, 'StreamEdit'),
  create: lazyPage(pages, 'StreamCreate'),
};

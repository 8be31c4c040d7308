import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import type { ResourceProps } from 'react-admin';
import { lazyPage } from '../common/lazyPage';

const pages = () => import('./pages');

/** 报送责任: unit × stream, valid from / to. */
export const assignments: ResourceProps = {
  name: 'assignments',
  icon: AssignmentIndIcon,
  list: lazyPage(pages, 'AssignmentList'),
  show: lazyPage(pages, 'AssignmentShow'),
  edit: lazyPage(pages, 'AssignmentEdit'),
  create: lazyPage(pages, 'AssignmentCreate'),
};

import PeopleIcon from '@mui/icons-material/People';
import type { ResourceProps } from 'react-admin';
import { lazyPage } from '../common/lazyPage';

const pages = () => import('./pages');

/** 用户: accounts of the office, the leading group and the units' contacts (ADMIN only writes). */
export const users: ResourceProps = {
  name: 'users',
  icon: PeopleIcon,
  recordRepresentation: (record) => record.displayName || record.username,
  list: lazyPage(pages, 'UserList'),
  show: lazyPage(pages, 'UserShow'),
  edit: lazyPage(pages, 'UserEdit'),
  create: lazyPage(pages, 'UserCreate'),
};

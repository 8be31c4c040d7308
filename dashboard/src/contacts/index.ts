import ContactPhoneIcon from '@mui/icons-material/ContactPhone';
import type { ResourceProps } from 'react-admin';
import { lazyPage } from '../common/lazyPage';

const pages = () => import('./pages');

/** 负责人 / 联系人: each unit's designated people. */
export const contacts: ResourceProps = {
  name: 'contacts',
  icon: ContactPhoneIcon,
  recordRepresentation: 'name',
  list: lazyPage(pages, 'ContactList'),
  show: lazyPage(pages, 'ContactShow'),
  edit: lazyPage(pages, 'ContactEdit'),
  create: lazyPage(pages, 'ContactCreate'),
};

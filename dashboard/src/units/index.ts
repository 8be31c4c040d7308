import ApartmentIcon from '@mui/icons-material/Apartment';
import type { ResourceProps } from 'react-admin';
import { lazyPage } from '../common/lazyPage';

const pages = () => import('./pages');

/** 单位: the government bodies that owe reports. */
export const units: ResourceProps = {
  name: 'units',
  icon: ApartmentIcon,
  recordRepresentation: 'name',
  list: lazyPage(pages, 'UnitList'),
  show: lazyPage(pages, 'UnitShow'),
  edit: lazyPage(pages, 'UnitEdit'),
  create: lazyPage(pages, 'UnitCreate'),
};

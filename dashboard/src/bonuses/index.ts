import StarsIcon from '@mui/icons-material/Stars';
import type { ResourceProps } from 'react-admin';
import { lazyPage } from '../common/lazyPage';

const pages = () => import('./pages');

/** 加分申报: bonuses the units declare under the year's scheme, confirmed or refused by the office. */
export const bonuses: ResourceProps = {
  name: 'bonuses',
  icon: StarsIcon,
  recordRepresentation: (record) => `${record.unitName} · ${record.categoryName}`,
  list: lazyPage(pages, 'BonusList'),
};

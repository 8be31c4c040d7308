import CampaignIcon from '@mui/icons-material/Campaign';
import type { ResourceProps } from 'react-admin';
import { lazyPage } from '../common/lazyPage';

const pages = () => import('./pages');

/** 季度通报: drafted from a frozen snapshot, edited, published with its number, corrected by new versions. */
export const circulars: ResourceProps = {
  name: 'circulars',
  icon: CampaignIcon,
  recordRepresentation: (record) => record.number ?? record.title,
  list: lazyPage(pages, 'CircularList'),
  show: lazyPage(pages, 'CircularShow'),
  edit: lazyPage(pages, 'CircularEdit'),
  create: lazyPage(pages, 'CircularCreate'),
};

import GavelIcon from '@mui/icons-material/Gavel';
import type { ResourceProps } from 'react-admin';
import { lazyPage } from '../common/lazyPage';

const pages = () => import('./pages');

/** 申诉复核: the units' appeals of the preliminary result, decided by the office. */
export const appeals: ResourceProps = {
  name: 'appeals',
  icon: GavelIcon,
  recordRepresentation: (record) => `${record.unitName} · ${record.subject}`,
  list: lazyPage(pages, 'AppealList'),
};

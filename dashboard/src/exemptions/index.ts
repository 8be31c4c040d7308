import DoNotDisturbOnIcon from '@mui/icons-material/DoNotDisturbOn';
import type { ResourceProps } from 'react-admin';
import { periodWords } from '../common/format';
import { lazyPage } from '../common/lazyPage';

const pages = () => import('./pages');

/** 免报: created from an obligation's page (免报 button), listed and revoked here. */
export const exemptions: ResourceProps = {
  name: 'exemptions',
  icon: DoNotDisturbOnIcon,
  recordRepresentation: (record) => `${record.unitName} · ${periodWords(record.period)}`,
  list: lazyPage(pages, 'ExemptionList'),
};

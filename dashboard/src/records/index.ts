import StorageIcon from '@mui/icons-material/Storage';
import type { ResourceProps } from 'react-admin';
import { lazyPage } from '../common/lazyPage';

const pages = () => import('./pages');

/** 信用信息库: the district's records, filed by the units from their data files (read-only). */
export const records: ResourceProps = {
  name: 'records',
  icon: StorageIcon,
  recordRepresentation: (record) => `${record.subjectName} · ${record.documentNumber}`,
  list: lazyPage(pages, 'RecordList'),
  show: lazyPage(pages, 'RecordShow'),
};

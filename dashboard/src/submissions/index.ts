import FactCheckIcon from '@mui/icons-material/FactCheck';
import type { ResourceProps } from 'react-admin';
import { periodWords } from '../common/format';
import { lazyPage } from '../common/lazyPage';
import { t } from '../i18n/translate';

const pages = () => import('./pages');

/** 报送: the office's review queue; for a unit, its filing history and the filing form. */
export const submissions: ResourceProps = {
  name: 'submissions',
  icon: FactCheckIcon,
  recordRepresentation: (record) => `${record.unitName} · ${record.streamName} · ${periodWords(record.period)} · ${t('app.version', { version: record.version })}`,
  list: lazyPage(pages, 'SubmissionList'),
  show: lazyPage(pages, 'SubmissionShow'),
  create: lazyPage(pages, 'SubmissionCreate'),
};

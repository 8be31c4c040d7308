import EventNoteIcon from '@mui/icons-material/EventNote';
import type { ResourceProps } from 'react-admin';
import { periodWords } from '../common/format';
import { lazyPage } from '../common/lazyPage';

const pages = () => import('./pages');

/** 应报事项: unit × stream × period, derived from the assignments; read-only, acted on by filing. */
export const obligations: ResourceProps = {
  name: 'obligations',
  icon: EventNoteIcon,
  recordRepresentation: (record) => `${record.unitName} · ${record.streamName} · ${periodWords(record.period)}`,
  list: lazyPage(pages, 'ObligationList'),
  show: lazyPage(pages, 'ObligationShow'),
};

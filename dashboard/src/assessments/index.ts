import EmojiEventsIcon from '@mui/icons-material/EmojiEvents';
import type { ResourceProps } from 'react-admin';
import { lazyPage } from '../common/lazyPage';

const pages = () => import('./pages');

/** 年度目标考核: each unit's score of a year and why; adjusted, finalised and reopened by the office. */
export const assessments: ResourceProps = {
  name: 'assessments',
  icon: EmojiEventsIcon,
  recordRepresentation: (record) => `${record.unitName} · ${record.year}`,
  list: lazyPage(pages, 'AssessmentList'),
  show: lazyPage(pages, 'AssessmentShow'),
};

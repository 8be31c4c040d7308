import RateReviewIcon from '@mui/icons-material/RateReview';
import type { ResourceProps } from 'react-admin';
import { lazyPage } from '../common/lazyPage';

const pages = () => import('./pages');

/** 未报说明: a unit's explanation of a missed report, accepted or rejected by the office. */
export const explanations: ResourceProps = {
  name: 'explanations',
  icon: RateReviewIcon,
  list: lazyPage(pages, 'ExplanationList'),
  show: lazyPage(pages, 'ExplanationShow'),
};

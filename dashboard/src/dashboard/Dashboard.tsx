import { memo, Suspense } from 'react';
import { Loading } from 'react-admin';
import { lazyPage } from '../common/lazyPage';
import { useRole } from '../common/useSession';
import { loadOfficeHome, loadUnitDesk } from './preload';

// Memoized: react-admin draws the home again as its auth check and the resources settle, and the panels (with
// their hundreds of cells) need not follow.
const OfficeHome = memo(lazyPage(loadOfficeHome, 'OfficeHome'));
const UnitDesk = memo(lazyPage(loadUnitDesk, 'UnitDesk'));

/** The home page: the office's compliance view, or a unit's filing desk (我的报送). */
export const Dashboard = () => (
  <Suspense fallback={<Loading />}>{useRole() === 'UNIT' ? <UnitDesk /> : <OfficeHome />}</Suspense>
);

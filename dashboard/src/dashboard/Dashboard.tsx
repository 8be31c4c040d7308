import { Suspense } from 'react';
import { Loading } from 'react-admin';
import { lazyPage } from '../common/lazyPage';
import { useRole } from '../common/useSession';
import { loadOfficeHome, loadUnitDesk } from './preload';

const OfficeHome = lazyPage(loadOfficeHome, 'OfficeHome');
const UnitDesk = lazyPage(loadUnitDesk, 'UnitDesk');

/** The home page: the office's compliance view, or a unit's filing desk (我的报送). */
export const Dashboard = () => (
  <Suspense fallback={<Loading />}>{useRole() === 'UNIT' ? <UnitDesk /> : <OfficeHome />}</Suspense>
);

import type { Role } from '@credit/contract/api';
import { preloadable } from '../common/lazyPage';
import { fetchHomeEarly } from './homeQueries';

/** The home's lazy modules, loaded by their pages (lazyPage) or ahead of them (`preloadHome`). */
export const loadDashboard = preloadable(() => import('./Dashboard'));
export const loadOfficeHome = preloadable(() => import('./OfficeHome'));
export const loadUnitDesk = preloadable(() => import('../desk/UnitDesk'));
export const loadTrendChart = preloadable(() => import('./TrendChart'));
export const loadRankingChart = preloadable(() => import('./RankingChart'));

/**
 * Fetches the home's code while react-admin loads (main.tsx), instead of after it: the office's home, its two
 * charts and its data, or a unit's desk. Without it each lazy chunk waits for the one that renders it (App, then
 * the home, then its charts), and the home's requests wait for its panels. Kept free of react-admin imports: this
 * file is part of the eager bundle.
 */
export const preloadHome = (role: Role | undefined): void => {
  const load = role === 'UNIT' ? [loadDashboard, loadUnitDesk] : [loadDashboard, loadOfficeHome, loadTrendChart, loadRankingChart];
  // A failure here is the lazy component's to show when it renders.
  for (const chunk of load) chunk().catch(() => undefined);
  // After the code: requests queue in the order made (six connections to the server), and the code comes first.
  if (role !== 'UNIT') fetchHomeEarly();
};

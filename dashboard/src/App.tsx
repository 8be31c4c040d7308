import { Suspense } from 'react';
import { Route } from 'react-router';
import { Admin, CustomRoutes, Loading, Resource } from 'react-admin';
import { appeals } from './appeals';
import { assessments } from './assessments';
import { assignments } from './assignments';
import { auditEvents } from './audit-events';
import { bonuses } from './bonuses';
import { circulars } from './circulars';
import { lazyPage } from './common/lazyPage';
import { contacts } from './contacts';
import { loadDashboard } from './dashboard/preload';
import { exemptions } from './exemptions';
import { explanations } from './explanations';
import { noticeJobs, notices } from './notices';
import { obligations } from './obligations';
import { records } from './records';
import { reports } from './reports';
import { submissions } from './submissions';
import { i18nProvider } from './i18n';
import { AppLayout } from './layout/AppLayout';
import { NotFoundPage } from './layout/NotFoundPage';
import { LoginPage } from './login/LoginPage';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { streams } from './streams';
import { darkTheme, lightTheme } from './theme';
import { units } from './units';
import { users } from './users';

// This module is itself loaded after sign-in (see main.tsx). The home page, the password page and
// each resource's pages are chunks of their own, fetched when first opened.
const Dashboard = lazyPage(loadDashboard, 'Dashboard');
const ChangePasswordPage = lazyPage(() => import('./password/ChangePasswordPage'), 'ChangePasswordPage');
const SettingsPage = lazyPage(() => import('./settings/SettingsPage'), 'SettingsPage');
const ChannelSettingsPage = lazyPage(() => import('./channels/ChannelSettingsPage'), 'ChannelSettingsPage');
const HolidayCalendarPage = lazyPage(() => import('./calendar/HolidayCalendarPage'), 'HolidayCalendarPage');
const MyAssessment = lazyPage(() => import('./assessments/pages'), 'MyAssessment');

const resources = [
  obligations, submissions, records, explanations, exemptions, notices, noticeJobs,
  circulars, assessments, bonuses, appeals, reports,
  units, contacts, streams, assignments, users, auditEvents,
];

export const App = () => (
  <Admin
    disableTelemetry
    requireAuth
    title={i18nProvider.translate('app.title')}
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    catchAll={NotFoundPage}
    loginPage={LoginPage}
    layout={AppLayout}
    lightTheme={lightTheme}
    darkTheme={darkTheme}
  >
    {resources.map((resource) => (
      <Resource key={resource.name} {...resource} />
    ))}
    <CustomRoutes>
      <Route
        path="/calendar"
        element={
          <Suspense fallback={<Loading />}>
            <HolidayCalendarPage />
          </Suspense>
        }
      />
      <Route
        path="/password"
        element={
          <Suspense fallback={<Loading />}>
            <ChangePasswordPage />
          </Suspense>
        }
      />
      <Route
        path="/settings"
        element={
          <Suspense fallback={<Loading />}>
            <SettingsPage />
          </Suspense>
        }
      />
      <Route
        path="/settings/channels"
        element={
          <Suspense fallback={<Loading />}>
            <ChannelSettingsPage />
          </Suspense>
        }
      />
      <Route
        path="/my-assessment"
        element={
          <Suspense fallback={<Loading />}>
            <MyAssessment />
          </Suspense>
        }
      />
    </CustomRoutes>
  </Admin>
);

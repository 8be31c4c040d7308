import FactCheckIcon from '@mui/icons-material/FactCheck';
import ContactPhoneIcon from '@mui/icons-material/ContactPhone';
import SettingsIcon from '@mui/icons-material/Settings';
import CampaignIcon from '@mui/icons-material/Campaign';
import CommentIcon from '@mui/icons-material/Comment';
import { createElement, memo } from 'react';
import EventIcon from '@mui/icons-material/Event';
import EmojiEventsIcon from '@mui/icons-material/EmojiEvents';
import ViewListIcon from '@mui/icons-material/ViewList';
import { Menu, useResourceDefinitions, useTranslate } from 'react-admin';
import { useCan, useRole } from '../common/useSession';
import { NoticesMenuItem } from '../notices/NoticesMenuItem';
import { CountMenuItem } from './CountMenuItem';

/** Resources the menus place themselves (under a name of the role's own). */
const PLACED = new Set(['obligations', 'submissions']);
/** What the badges count: filings waiting for review, explanations waiting for a decision. */
const PENDING_FILINGS = { reviewState: 'PENDING' };
/** Lists whose entry shows how many records wait for the office: explanations, bonus claims, appeals. */
const COUNTED: Record<string, { filter: Record<string, unknown>; testId: string }> = {
  explanations: { filter: { status: 'PENDING' }, testId: 'explanation-count' },
  bonuses: { filter: { status: 'PENDING' }, testId: 'bonus-count' },
  appeals: { filter: { status: 'OPEN' }, testId: 'appeal-count' },
};

/**
 * A resource's list entry. react-admin's Menu.ResourceItem asks the auth provider (a query per entry, each a
 * render of the menu while the home draws); the session answers the same rule at once (useCan).
 */
const ResourceItem = ({ name }: { name: string }) => {
  const translate = useTranslate();
  const can = useCan();
  const resource = useResourceDefinitions()[name];
  if (!resource || !can('list', name)) return null;
  return (
    <Menu.Item
      to={`/${name}`}
      state={{ _scrollToTop: true }}
      primaryText={translate(`resources.${name}.name`, { smart_count: 2 })}
      leftIcon={resource.icon ? createElement(resource.icon) : <ViewListIcon />}
    />
  );
};

/**
 * The menu of a role. The office: its home, the obligations, the review queue, then every other resource
 * it may list, in the order App registers them. A unit: its desk, its notices, its obligations, filings,
 * explanations, its records (信用信息库), the published circulars, 我的考核 and its contacts. 通知 carries the unread count.
 */
export const AppMenu = memo(() => {
  const translate = useTranslate();
  const can = useCan();
  const resources = useResourceDefinitions();
  const role = useRole();
  const calendarItem = <Menu.Item to="/calendar" primaryText={translate('app.polish.calendar.menu')} leftIcon={<EventIcon />} />;
  if (role === 'UNIT') {
    return (
      <Menu>
        <Menu.DashboardItem primaryText={translate('app.menu.desk')} />
        <NoticesMenuItem />
        <ResourceItem name="obligations" />
        <Menu.Item to="/submissions" primaryText={translate('app.menu.history')} leftIcon={<FactCheckIcon />} />
        <ResourceItem name="records" />
        <ResourceItem name="explanations" />
        <ResourceItem name="circulars" />
        <Menu.Item to="/my-assessment" primaryText={translate('app.assessments2.myTitle')} leftIcon={<EmojiEventsIcon />} />
        <Menu.Item to="/contacts" primaryText={translate('app.menu.myContacts')} leftIcon={<ContactPhoneIcon />} />
        {calendarItem}
      </Menu>
    );
  }
  return (
    <Menu>
      <Menu.DashboardItem primaryText={translate('app.menu.home')} />
      <ResourceItem name="obligations" />
      <CountMenuItem
        to="/submissions"
        primaryText={translate('app.menu.reviewQueue')}
        icon={<FactCheckIcon />}
        resource="submissions"
        filter={PENDING_FILINGS}
        testId="review-count"
      />
      {Object.values(resources)
        .filter((r) => r.hasList && !PLACED.has(r.name) && can('list', r.name))
        .map((r) =>
          r.name === 'notices' ? (
            <NoticesMenuItem key={r.name} />
          ) : COUNTED[r.name] ? (
            <CountMenuItem
              key={r.name}
              to={`/${r.name}`}
              primaryText={translate(`resources.${r.name}.name`)}
              icon={r.icon ? createElement(r.icon) : <CommentIcon />}
              resource={r.name}
              filter={COUNTED[r.name]!.filter}
              testId={COUNTED[r.name]!.testId}
            />
          ) : (
            <ResourceItem key={r.name} name={r.name} />
          ),
        )}
      {role === 'ADMIN' && <Menu.Item to="/settings" primaryText={translate('app.transitions.settingsMenu')} leftIcon={<SettingsIcon />} />}
      {role === 'ADMIN' && <Menu.Item to="/settings/channels" primaryText={translate('app.channels.menu')} leftIcon={<CampaignIcon />} />}
      {calendarItem}
    </Menu>
  );
});

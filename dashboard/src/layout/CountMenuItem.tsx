import { type ReactElement, useEffect } from 'react';
import { Badge } from '@mui/material';
import { Menu, useGetList, useTranslate } from 'react-admin';
import { useLocation } from 'react-router';

interface CountMenuItemProps {
  to: string;
  primaryText: string;
  icon: ReactElement;
  /** The list counted (its Content-Range total) and its filter: what is waiting for the office. */
  resource: string;
  filter: Record<string, unknown>;
  testId: string;
}

/**
 * A menu entry with the number of records waiting on its icon (报送审核: filings to review; 未报说明:
 * explanations to decide), read from the Content-Range of a one-row page; refetched on every navigation
 * and whenever react-admin refreshes (after a decision, a bulk action).
 */
export const CountMenuItem = ({ to, primaryText, icon, resource, filter, testId }: CountMenuItemProps) => {
  const translate = useTranslate();
  const { pathname } = useLocation();
  const { total = 0, refetch } = useGetList(resource, { pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'DESC' }, filter });
  useEffect(() => {
    void refetch();
  }, [pathname, refetch]);
  return (
    <Menu.Item
      to={to}
      primaryText={primaryText}
      leftIcon={
        <Badge
          badgeContent={total}
          max={999}
          color="warning"
          slotProps={{ badge: { 'data-testid': testId, title: translate('app.lists.pendingCount', { count: total }) } as object }}
        >
          {icon}
        </Badge>
      }
    />
  );
};

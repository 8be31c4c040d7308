import type { UnreadCount } from '@credit/contract/api';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useLogoutIfAccessDenied } from 'react-admin';
import { getJson } from '../common/api';
import { postJson } from '../providers/http';

/** How often the menu asks for the unread count (also on window focus and after a notice is read). */
const POLL_MS = 60_000;

/** Under react-admin's 'notices' key: its own refreshes and mutations on the resource refetch it too. */
export const UNREAD_KEY = ['notices', 'unread-count'] as const;

/** Unread notices addressed to the signed-in user (a unit: its own; the office: escalations and summaries). */
export const useUnreadCount = () => {
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  return useQuery<number, Error>({
    queryKey: UNREAD_KEY,
    refetchInterval: POLL_MS,
    queryFn: async () => {
      try {
        return (await getJson<UnreadCount>('/notices/unread-count')).count;
      } catch (error) {
        await logoutIfAccessDenied(error);
        throw error;
      }
    },
  });
};

/** Marks a notice read by the signed-in user, then refetches the count at once. */
export const useMarkRead = () => {
  const queryClient = useQueryClient();
  return async (id: number | string) => {
    await postJson(`/notices/${id}/read`, {});
    await queryClient.invalidateQueries({ queryKey: UNREAD_KEY });
  };
};

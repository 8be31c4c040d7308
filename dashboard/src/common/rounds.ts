import type { Rounds } from '@credit/contract/api';
import { useApi } from './api';

/**
 * The latest complete round and the open one (GET /api/compliance/rounds): the default period of the
 * ranking, 附件5/6 and the circular. The server decides it; the dashboard never guesses it from the calendar.
 */
export const useRounds = () => useApi<Rounds>('/compliance/rounds');

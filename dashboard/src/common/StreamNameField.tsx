import { useMemo } from 'react';
import { useGetList, useRecordContext } from 'react-admin';

/** The streams by code (few, cached): explanations and exemptions name their stream by code only. */
export const useStreamNames = (): Map<string, string> => {
  const { data } = useGetList('streams', { sort: { field: 'sortOrder', order: 'ASC' }, pagination: { page: 1, perPage: 200 } });
  // One Map per answer: the matrix's rows are memoized on it.
  return useMemo(() => new Map((data ?? []).map((s) => [s.code as string, s.name as string])), [data]);
};

/** A record's `streamCode` shown as the stream's Chinese name. */
export const StreamNameField = (_: { label?: string; sortable?: boolean; source?: string }) => {
  const record = useRecordContext();
  const names = useStreamNames();
  const code = record?.streamCode as string | undefined;
  if (!code) return null;
  return <>{names.get(code) ?? ''}</>;
};

// The records API's answers come from the contract; this file only adds the hook for the kinds' headers.
import type { RecordKindSpec } from '@credit/contract/api';
import { useApi } from '../common/api';

export type { AnnexCounts, RecordImport, RecordKindSpec, RowIssue } from '@credit/contract/api';
export { COUNT_FIELD_OF, RECORD_KINDS } from '@credit/contract/labels';

/** The kinds are fixed data: fetched once per session. */
export const useRecordKinds = () => useApi<RecordKindSpec[]>('/records/kinds');

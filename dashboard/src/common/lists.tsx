// What every list has beside its table (issue 13, point 6): the 导出 Excel button (the server's .xlsx of the
// list as filtered and sorted now — every row, not the page; react-admin's own ExportButton would first fetch
// the rows into the browser and write a CSV with English headers), a 添加筛选 menu that agrees with the filters
// in force, and on screens under 600 px a compact SimpleList instead of the wide table.
import { type ReactNode, useMemo } from 'react';
import { Box, type Theme, useMediaQuery } from '@mui/material';
import { periodLabel } from '@credit/contract/labels';
import {
  CreateButton,
  FilterButton,
  ListContextProvider,
  type RaRecord,
  SearchInput,
  type SearchInputProps,
  SimpleList,
  TopToolbar,
  useFilterContext,
  useListContext,
  useResourceDefinition,
  useTranslate,
} from 'react-admin';
import { DownloadButton } from './DownloadButton';

/** The search box of a list, its hint saying what it searches (a catalog key). */
export const SearchBox = ({ hint, ...props }: SearchInputProps & { hint: string }) => {
  const translate = useTranslate();
  return <SearchInput {...props} placeholder={translate(hint)} sx={{ minWidth: { sm: 240 } }} />;
};

/** A screen under 600 px wide (a phone): lists render compact. */
export const usePhone = () => useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'), { noSsr: true });

/** 导出 Excel: GET /api/<resource>/export.xlsx with the list's filter and sort. */
export const ExportXlsxButton = () => {
  const { resource, filterValues, filter, sort, total } = useListContext();
  const params = {
    filter: JSON.stringify({ ...filterValues, ...filter }),
    ...(sort?.field ? { sort: JSON.stringify([sort.field, sort.order]) } : {}),
  };
  return <DownloadButton label="app.lists.export" path={`/${resource}/export.xlsx`} params={params} disabled={!total} variant="text" />;
};

/**
 * 添加筛选 whose ticks agree with the filters in force: react-admin ticks only filters opened from its menu,
 * while a filter with a value (a default, or one from the address) is shown and applied but left unticked —
 * and choosing it "added" it again. Here a filter with a value counts as displayed.
 */
export const AppFilterButton = () => {
  const context = useListContext();
  const filters = useFilterContext();
  const displayedFilters = useMemo(
    () => ({
      ...context.displayedFilters,
      ...Object.fromEntries(Object.entries(context.filterValues ?? {}).filter(([, v]) => v !== undefined && v !== '').map(([k]) => [k, true])),
    }),
    [context.displayedFilters, context.filterValues],
  );
  if (!filters || filters.length === 0) return null;
  return (
    <ListContextProvider value={{ ...context, displayedFilters }}>
      <FilterButton />
    </ListContextProvider>
  );
};

/** The toolbar of a list: filters, 新增 where the resource has it, the list's own buttons, 导出 Excel. */
export const AppListActions = ({ children }: { children?: ReactNode }) => {
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar sx={{ flexWrap: 'wrap' }}>
      <AppFilterButton />
      {hasCreate && <CreateButton />}
      {children}
      <ExportXlsxButton />
    </TopToolbar>
  );
};

export interface PhoneRow {
  primary?: (record: RaRecord) => ReactNode;
  secondary?: (record: RaRecord) => ReactNode;
  /** On the right of the row (a status chip). */
  tertiary?: (record: RaRecord) => ReactNode;
}

const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
const period = (v: unknown) => {
  try {
    return typeof v === 'string' ? periodLabel(v) : null;
  } catch {
    return String(v);
  }
};

/** Most records name a unit, a person or a title first, then a stream and a period. */
const DEFAULT_ROW: Required<Pick<PhoneRow, 'primary' | 'secondary'>> = {
  primary: (r) => text(r.unitName) ?? text(r.name) ?? text(r.title) ?? text(r.displayName) ?? text(r.username) ?? String(r.id),
  secondary: (r) => [text(r.streamName), period(r.period)].filter(Boolean).join(' · ') || null,
};

/** The compact list of a phone screen: one tappable row per record, no horizontal scroll. */
export const PhoneList = ({ primary, secondary, tertiary }: PhoneRow) => {
  const { hasShow } = useResourceDefinition();
  return (
    <Box data-testid="phone-list">
      <SimpleList
        primaryText={primary ?? DEFAULT_ROW.primary}
        secondaryText={secondary ?? DEFAULT_ROW.secondary}
        tertiaryText={tertiary}
        rowClick={hasShow ? 'show' : false}
        sx={{ '& .MuiListItemText-primary': { overflowWrap: 'anywhere' } }}
      />
    </Box>
  );
};

import { useEffect, useMemo } from 'react';
import { Stack } from '@mui/material';
import { DataTable, NumberField, SelectArrayInput, TextInput, useListContext } from 'react-admin';
import { BulkChaseButton, BulkExemptButton } from '../common/BulkActions';
import { DueField, PeriodField } from '../common/fields';
import { addMonths, currentMonth } from '../common/format';
import { streamFilter, unitFilter } from '../common/filters';
import { SearchBox } from '../common/lists';
import { AppList } from '../common/pages';
import { statusChoices } from '../common/statuses';
import { StatusChip } from '../common/StatusChip';
import { useCan, useRole } from '../common/useSession';
import { ObligationActions } from './ObligationActions';

const monthInput = (source: 'from' | 'to') => <TextInput key={source} source={source} type="month" slotProps={{ inputLabel: { shrink: true } }} />;

/**
 * The office's list opens on the obligations due in the last three months (this month and the two before):
 * unfiltered it evaluates every obligation of a province. The filters can be removed.
 */
const lastThreeMonths = () => {
  const month = currentMonth();
  return { from: addMonths(month, -2), to: month };
};

/**
 * A status filter asks about every such obligation, whatever its month: once one is chosen, the default window
 * of months goes (else 逾期未报 would show only the last three months' while the home counts them all). A window
 * the user typed stays.
 */
const StatusDropsDefaultWindow = ({ window }: { window: { from: string; to: string } | undefined }) => {
  const { filterValues, displayedFilters, setFilters } = useListContext();
  const status = filterValues.status as string[] | string | undefined;
  const chosen = Array.isArray(status) ? status.length > 0 : Boolean(status);
  const isDefault = window !== undefined && filterValues.from === window.from && filterValues.to === window.to;
  useEffect(() => {
    if (!chosen || !isDefault) return;
    const { from: _from, to: _to, ...rest } = filterValues;
    setFilters(rest, { ...displayedFilters, from: false, to: false });
  }, [chosen, isDefault, filterValues, displayedFilters, setFilters]);
  return null;
};

/** 应报事项: filters by unit, stream, period and status; one chip per status. */
export const ObligationList = () => {
  const office = useRole() !== 'UNIT';
  const can = useCan();
  const defaults = useMemo(() => (office ? lastThreeMonths() : undefined), [office]);
  const filters = [
    <SearchBox key="q" source="q" alwaysOn hint="app.lists.search" />,
    ...(office ? [unitFilter()] : []),
    streamFilter(),
    <SelectArrayInput key="status" source="status" choices={statusChoices} alwaysOn sx={{ minWidth: 200 }} />,
    <TextInput key="period" source="period" />,
    monthInput('from'),
    monthInput('to'),
  ];
  return (
    <AppList
      filters={filters}
      filterDefaultValues={defaults}
      sort={{ field: 'dueAt', order: 'DESC' }}
      phone={{
        primary: (r) => (office ? r.unitName : r.streamName),
        secondary: (r) => (office ? `${r.streamName} · ${r.period}` : r.period),
        tertiary: () => <StatusChip />,
      }}
      beside={<StatusDropsDefaultWindow window={defaults} />}
    >
      <DataTable
        rowClick="show"
        bulkActionButtons={
          office && can('exempt', 'obligations') ? (
            <>
              <BulkChaseButton />
              <BulkExemptButton />
            </>
          ) : (
            false
          )
        }
      >
        {office && <DataTable.Col source="unitName" />}
        <DataTable.Col source="streamCode" label="resources.obligations.fields.streamName" render={(r) => r.streamName} />
        <DataTable.Col source="period" field={PeriodField} />
        <DataTable.Col source="dueAt" field={DueField} />
        <DataTable.Col source="status" field={StatusChip} />
        <DataTable.Col source="daysLate">
          <NumberField source="daysLate" emptyText="" />
        </DataTable.Col>
        {!office && (
          <DataTable.Col label="app.actions" disableSort>
            <Stack direction="row" spacing={1}>
              <ObligationActions />
            </Stack>
          </DataTable.Col>
        )}
      </DataTable>
    </AppList>
  );
};

import type { AssessmentState } from '@credit/contract/api';
import { useState } from 'react';
import { MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import { ActionButton } from '../common/ActionButton';
import { useApi } from '../common/api';
import { formatTime } from '../common/format';
import { ReasonDialog } from '../common/ReasonDialog';
import { useCan } from '../common/useSession';
import { API_URL, httpClient, postJson } from '../providers/http';
import type { UnitResult } from './ScoreRows';

/**
 * 容缺 of a unit: the categories of the year's scheme that do not apply to it (scored at the others' average),
 * each with its reason; the office adds or withdraws one while the year is open.
 */
export const Exclusions = ({ result }: { result: UnitResult }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const can = useCan();
  const [adding, setAdding] = useState(false);
  const free = result.scheme.categories.filter((c) => !result.exclusions.some((e) => e.categoryId === c.id));
  const [categoryId, setCategoryId] = useState('');
  const chosen = free.some((c) => c.id === categoryId) ? categoryId : (free[0]?.id ?? '');
  const { data: state } = useApi<AssessmentState>(`/assessments/${result.year}/state`);
  // 容缺 changes the live result: only while the year is open (not during 初评公示, not once final).
  const office = can('adjust', 'assessments') && state?.status === 'OPEN';
  const nameOf = (id: string) => result.scheme.categories.find((c) => c.id === id)?.name ?? id;

  const add = async (reason: string) => {
    await postJson(`/assessments/${result.year}/exclusions`, { unitId: result.unitId, categoryId: chosen, reason });
    notify('app.assessments2.exclusionAdded', { type: 'success' });
    refresh();
  };
  const remove = async (id: string) => {
    try {
      await httpClient(`${API_URL}/assessments/${result.year}/exclusions/${result.unitId}/${id}`, { method: 'DELETE' });
      notify('app.assessments2.exclusionRemoved', { type: 'success' });
      refresh();
    } catch (e) {
      notify(e instanceof Error ? e.message : 'ra.notification.http_error', { type: 'error' });
    }
  };

  return (
    <Stack spacing={1} sx={{ maxWidth: 860 }}>
      {result.exclusions.length === 0 ? (
        <Typography color="text.secondary">{translate('app.assessments2.noExclusions')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.assessments2.exclusionCategory')}</TableCell>
              <TableCell>{translate('app.assessments2.exclusionReason')}</TableCell>
              <TableCell>{translate('app.assessments.at')}</TableCell>
              {office && <TableCell>{translate('app.actions')}</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {result.exclusions.map((e) => (
              <TableRow key={e.categoryId}>
                <TableCell>{nameOf(e.categoryId)}</TableCell>
                <TableCell>{e.reason}</TableCell>
                <TableCell>{formatTime(e.createdAt)}</TableCell>
                {office && (
                  <TableCell>
                    <ActionButton label={translate('app.assessments2.removeExclusion')} color="error" variant="text" onClick={() => remove(e.categoryId)} />
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {office && free.length > 0 && (
        <div>
          <ActionButton label={translate('app.assessments2.addExclusion')} onClick={() => setAdding(true)} />
        </div>
      )}
      <ReasonDialog
        open={adding}
        title={translate('app.assessments2.exclusionTitle', { unit: result.unitName })}
        label={translate('app.assessments2.exclusionReason')}
        confirmLabel={translate('app.assessments2.addExclusion')}
        onClose={() => setAdding(false)}
        onConfirm={add}
      >
        <TextField select name="categoryId" label={translate('app.assessments2.exclusionCategory')} value={chosen}
          onChange={(e) => setCategoryId(e.target.value)} fullWidth margin="dense">
          {free.map((c) => <MenuItem key={c.id} value={c.id}>{c.name}</MenuItem>)}
        </TextField>
      </ReasonDialog>
    </Stack>
  );
};

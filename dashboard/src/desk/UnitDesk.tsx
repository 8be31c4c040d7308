import HistoryIcon from '@mui/icons-material/History';
import { Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { Title, useGetList, useGetMany, useTranslate, type RaRecord } from 'react-admin';
import { Link } from 'react-router';
import { Panel } from '../dashboard/Panel';
import { DeskExemptions } from './DeskExemptions';
import { DeskRecordFigures } from './DeskRecordFigures';
import { DeskItem } from './DeskItem';

const SECTIONS = [
  { status: 'RETURNED', title: 'app.desk.returned' },
  { status: 'OVERDUE', title: 'app.desk.overdue' },
  { status: 'PENDING', title: 'app.desk.dueSoon' },
  { status: 'SUBMITTED', title: 'app.desk.inReview' },
] as const;

/**
 * 我的报送: a unit's open obligations, returned first (with the office's reason), then overdue, due soon, in
 * review; only the sections that hold something (none at all: one line saying so). An obligation whose
 * explanation waits for the office says 说明待处理 instead of offering to explain again.
 */
export const UnitDesk = () => {
  const translate = useTranslate();
  const { data, isPending, error } = useGetList('obligations', {
    filter: { status: SECTIONS.map((s) => s.status) },
    sort: { field: 'dueAt', order: 'ASC' },
    pagination: { page: 1, perPage: 500 },
  });
  const returned = (data ?? []).filter((o) => o.status === 'RETURNED' && o.latestSubmissionId);
  const { data: latest } = useGetMany('submissions', { ids: returned.map((o) => o.latestSubmissionId) }, { enabled: returned.length > 0 });
  const reasonOf = (o: RaRecord) => latest?.find((s) => s.id === o.latestSubmissionId)?.review?.reason ?? null;
  const { data: explanations } = useGetList('explanations', { filter: { status: 'PENDING' }, pagination: { page: 1, perPage: 500 } });
  const explained = new Set((explanations ?? []).map((e) => e.obligationId as number));
  const sections = SECTIONS.map((section) => ({ ...section, items: (data ?? []).filter((o) => o.status === section.status) }));
  const shown = sections.filter((s) => s.items.length > 0);

  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 4 }}>
      <Title title="app.desk.title" />
      <Card>
        <CardContent>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <Stack sx={{ flex: 1 }} spacing={0.5}>
              <Typography variant="body1">{translate('app.desk.intro')}</Typography>
              <DeskRecordFigures />
            </Stack>
            <Button component={Link} to="/submissions" startIcon={<HistoryIcon />} variant="outlined">
              {translate('app.desk.history')}
            </Button>
          </Stack>
        </CardContent>
      </Card>
      {isPending || error ? (
        <Panel title="app.desk.title" loading={isPending} error={error} />
      ) : shown.length === 0 ? (
        <Card data-testid="desk-all-clear">
          <CardContent>
            <Typography color="text.secondary">{translate('app.rounds.deskAllClear')}</Typography>
          </CardContent>
        </Card>
      ) : (
        shown.map((section) => (
          <Panel key={section.status} title={section.title} testId={`desk-${section.status}`}>
            {section.items.map((o) => (
              <DeskItem
                key={o.id}
                obligation={o}
                reason={section.status === 'RETURNED' ? reasonOf(o) : null}
                explanationPending={explained.has(o.id as number)}
              />
            ))}
          </Panel>
        ))
      )}
      <DeskExemptions />
    </Stack>
  );
};

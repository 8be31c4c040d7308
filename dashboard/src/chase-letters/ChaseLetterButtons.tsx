import { Stack } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { DownloadButton } from '../common/DownloadButton';
import { useRole } from '../common/useSession';

/**
 * The 催报通知 of one unit as Word and PDF (GET /api/units/:id/chase-letter.docx|.pdf), for the office and the
 * leaders. A refusal shows the server's message: 409 when the unit owes nothing, 503 (what to install) when the
 * server has no LibreOffice for the PDF. Without `unitId` it is the unit of the record shown (the unit's page).
 */
export const ChaseLetterButtons = ({ unitId }: { label?: string; unitId?: number | string }) => {
  const role = useRole();
  const record = useRecordContext();
  const id = unitId ?? record?.id;
  if ((role !== 'ADMIN' && role !== 'LEADER') || id === undefined) return null;
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} data-testid="chase-letter">
      <DownloadButton label="app.documents.chaseLetterDocx" path={`/units/${id}/chase-letter.docx`} />
      <DownloadButton label="app.documents.chaseLetterPdf" path={`/units/${id}/chase-letter.pdf`} />
    </Stack>
  );
};

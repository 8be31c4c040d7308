import { Stack } from '@mui/material';
import { DownloadButton } from '../common/DownloadButton';

/**
 * A unit's 考核结果通知 of a year as Word and PDF (GET /api/assessments/:year-:unitId/notice.docx|.pdf): for the office
 * on the unit's result, for the unit on 我的考核 (its own only). A refusal shows the server's message (503 with what
 * to install when the server has no LibreOffice for the PDF).
 */
export const NoticeButtons = ({ year, unitId }: { year: number; unitId: number }) => (
  <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} data-testid="assessment-notice">
    <DownloadButton label="app.documents.assessmentNoticeDocx" path={`/assessments/${year}-${unitId}/notice.docx`} />
    <DownloadButton label="app.documents.assessmentNoticePdf" path={`/assessments/${year}-${unitId}/notice.pdf`} />
  </Stack>
);

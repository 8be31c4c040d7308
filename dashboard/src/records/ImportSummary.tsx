import { Alert, Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { DownloadButton } from '../common/DownloadButton';
import { COUNT_FIELD_OF, type RecordImport, type RowIssue } from './recordTypes';

/** The sheets read: data rows and, per 附件 (or the one sheet of 红黑榜 / 信用代码), the compliant records. */
const SheetsTable = ({ result }: { result: RecordImport }) => {
  const translate = useTranslate();
  const sheets = result.sheets.filter((s) => s.kind !== null);
  const validOf = (kind: string) => {
    const field = COUNT_FIELD_OF[kind as keyof typeof COUNT_FIELD_OF];
    return field ? result.counts[field] : sheets.length === 1 ? result.valid : null;
  };
  return (
    <Table size="small" data-testid="import-sheets" sx={{ maxWidth: 560 }}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.records.sheet')}</TableCell>
          <TableCell align="right">{translate('app.records.rows')}</TableCell>
          <TableCell align="right">{translate('app.records.valid')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {sheets.map((s) => (
          <TableRow key={s.name} data-sheet={s.name}>
            <TableCell>{s.name}</TableCell>
            <TableCell align="right">{s.rows}</TableCell>
            <TableCell align="right" data-col="valid">
              {validOf(s.kind!) ?? translate('app.none')}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

type Issue = RowIssue & { level: 'error' | 'warning' };

/** Errors then warnings, by sheet, row and column (the first 500 of each; all of them are in the marked file). */
const IssuesTable = ({ issues }: { issues: Issue[] }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ maxHeight: 420, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Table size="small" stickyHeader data-testid="import-issues">
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.records.level')}</TableCell>
            <TableCell>{translate('app.records.sheet')}</TableCell>
            <TableCell align="right">{translate('app.records.row')}</TableCell>
            <TableCell>{translate('app.records.column')}</TableCell>
            <TableCell>{translate('app.records.message')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {issues.map((i, n) => (
            <TableRow key={n} data-level={i.level} data-sheet={i.sheet} data-row={i.row ?? ''} data-column={i.column ?? ''}>
              <TableCell sx={{ color: i.level === 'error' ? 'error.main' : 'warning.main', whiteSpace: 'nowrap' }}>
                {translate(i.level === 'error' ? 'app.records.error' : 'app.records.warning')}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{i.sheet}</TableCell>
              <TableCell align="right">{i.row ?? translate('app.none')}</TableCell>
              <TableCell>{i.column ?? translate('app.none')}</TableCell>
              <TableCell>{i.message}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

/**
 * The quality of a checked data file: rows, compliant, with errors, late; the counts per sheet; every
 * error and warning at its sheet, row and column; the file marked with its 错误说明 to download. The unit
 * sees it before filing, the office when reviewing.
 */
export const ImportSummary = ({ result }: { result: RecordImport }) => {
  const translate = useTranslate();
  const issues: Issue[] = [
    ...result.errors.map((e) => ({ ...e, level: 'error' as const })),
    ...result.warnings.map((w) => ({ ...w, level: 'warning' as const })),
  ];
  const total = result.errorCount + result.warningCount;
  return (
    <Stack spacing={1.5} data-testid="import-summary" sx={{ width: '100%' }}>
      <Alert severity={result.invalid > 0 ? 'warning' : 'success'} data-testid="import-figures">
        {translate('app.records.figures', { file: result.fileName, rows: result.rows, valid: result.valid, invalid: result.invalid, late: result.late })}
      </Alert>
      <SheetsTable result={result} />
      {issues.length > 0 && (
        <>
          <Typography variant="subtitle2">
            {translate('app.records.issuesTitle', { errors: result.errorCount, warnings: result.warningCount })}
          </Typography>
          {total > issues.length && (
            <Typography variant="body2" color="text.secondary">
              {translate('app.records.firstShown', { shown: issues.length, total })}
            </Typography>
          )}
          <IssuesTable issues={issues} />
          <Box>
            <DownloadButton label="app.records.markedFile" path={`/records/imports/${result.id}/marked.xlsx`} />
          </Box>
        </>
      )}
    </Stack>
  );
};

import { GlobalStyles } from '@mui/material';

/**
 * The print stylesheet (issue 13): A4 landscape; no app bar, menu, pickers or pagers; every row of a table
 * (no inner scroll areas, no sticky headers); the print-only title and date shown, the colours kept.
 */
export const PrintStyles = () => (
  <GlobalStyles
    styles={{
      '@page': { size: 'A4 landscape', margin: '10mm' },
      '.print-only': { display: 'none' },
      '@media print': {
        'html, body': { background: '#fff', WebkitPrintColorAdjust: 'exact', printColorAdjust: 'exact' },
        'header, .MuiAppBar-root, .RaSidebar-root, .MuiDrawer-root, .RaLayout-appFrame > .MuiToolbar-root, [data-print="hide"], .MuiSnackbar-root':
          { display: 'none !important' },
        '.print-only': { display: 'block !important' },
        '.RaLayout-appFrame': { marginTop: '0 !important' },
        '.RaLayout-content': { padding: '0 !important', maxWidth: 'none !important' },
        '.MuiTableContainer-root': { maxHeight: 'none !important', overflow: 'visible !important' },
        '.MuiTableCell-root, td': { position: 'static !important' },
        '.MuiCard-root': { boxShadow: 'none !important', border: '1px solid #ccc', breakInside: 'auto' },
        'thead': { display: 'table-header-group' },
        'tr': { breakInside: 'avoid' },
      },
    }}
  />
);

import type { Theme } from '@mui/material';

/**
 * MUI's small body cell as rules of the table, for tables whose body cells are plain `<td>`: the ranking and the
 * matrix draw over a thousand cells, and a TableCell computes its style per cell on every render (the home's
 * largest cost after the code itself). The header keeps MUI's TableCell. `data-align` right-aligns a figure.
 */
export const BODY_CELLS_SX = {
  '& tbody td': (theme: Theme) => ({
    ...theme.typography.body2,
    padding: '6px 16px',
    borderBottom: `1px solid ${theme.palette.divider}`,
    textAlign: 'left',
    verticalAlign: 'inherit',
  }),
  '& tbody td[data-align=right]': { textAlign: 'right' },
  '& tbody td[data-align=center]': { textAlign: 'center' },
} as const;

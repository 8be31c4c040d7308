import { useState } from 'react';
import { TablePagination } from '@mui/material';
import { pageRange } from '../providers/apiUrl';

/** Page state of a paged table: `range` is the API's `[start,end]` (a province has 10,000 units). */
export const usePager = (initialSize = 50) => {
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(initialSize);
  return {
    page,
    size,
    range: pageRange(page, size),
    setPage,
    setSize: (n: number) => {
      setSize(n);
      setPage(0);
    },
    reset: () => setPage(0),
  };
};

export type Pager = ReturnType<typeof usePager>;

/** MUI's pagination (its zh-CN texts come with the theme), shown once there is more than one page size of rows. */
export const Pager = ({ pager, total }: { pager: Pager; total: number }) =>
  total > 25 ? (
    <TablePagination
      component="div"
      count={total}
      page={pager.page}
      rowsPerPage={pager.size}
      rowsPerPageOptions={[25, 50, 100]}
      onPageChange={(_, page) => pager.setPage(page)}
      onRowsPerPageChange={(event) => pager.setSize(Number(event.target.value))}
    />
  ) : null;

// Prisma's debug module keeps the arguments of its last 100 debug calls whatever DEBUG says (for the text of
// a crash report; Prisma's own comment on it says "this can cause a memory leak"). For a raw query those are
// its parameters — once in the client's bundled copy, once more in the driver adapter's (@prisma/debug).
// A write that sends megabytes per statement (an import's batch of rows) would keep the last few dozen
// batches alive, some 200 MB for a data file of 100,000 rows: after such a statement, both are emptied.
import { clearLogs } from '@prisma/debug';
import { Debug } from '@prisma/client/runtime/client';

/** The length of the history (MAX_ARGS_HISTORY in @prisma/debug). */
const HISTORY = 100;
const debug = Debug('credit:forget');

export function forgetPrismaDebugHistory(): void {
  clearLogs();
  // The client's copy has no clearLogs of its own: empty entries push the old ones out.
  for (let i = 0; i < HISTORY; i++) debug('');
}

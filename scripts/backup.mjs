// `npm run backup` / `npm run restore -- FILE [--force]`: build what is not built, then run the backup tool
// (backend/src/backup/main.ts) with the same configuration as `npm start` (DATA_DIR, DATABASE_URL).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildIfNeeded } from './build-if-needed.mjs';

const root = path.resolve(import.meta.dirname, '..');
buildIfNeeded();
const result = spawnSync(process.execPath, [path.join(root, 'backend/dist/backup/main.js'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);

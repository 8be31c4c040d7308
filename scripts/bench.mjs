// `npm run bench [-- --units 10000 --years 8 --runs 15 --duration 10 --connections 16 --fresh]`:
// build what is not built, then run the benchmark (backend/src/bench) with room for the dataset.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildIfNeeded } from './build-if-needed.mjs';

const root = path.resolve(import.meta.dirname, '..');
buildIfNeeded();
const bench = spawn(process.execPath, ['--max-old-space-size=6144', path.join(root, 'backend/dist/bench/main.js'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => bench.kill(signal));
bench.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

// Builds the backend (with the contract package) and the dashboard when their output is missing or older than
// their sources.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

function newest(dir) {
  if (!statSync(dir).isDirectory()) return statSync(dir).mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

function stale(output, ...sources) {
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return sources.some((s) => existsSync(s) && newest(s) > built);
}

function run(workspace) {
  console.log(`Building ${workspace} …`);
  // Always a production build, whatever NODE_ENV the caller runs with (Jest sets 'test', which would
  // bundle React's development build into the dashboard).
  const result = spawnSync('npm', ['run', 'build', '-w', workspace], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** `{ backend: false }`: the dashboard only (the browser tests run the backend from its sources). */
export function buildIfNeeded({ backend = true, dashboard = true } = {}) {
  // The backend's build compiles the contract package first (contract/dist/, which the built server imports).
  const contractBuilt = existsSync(path.join(root, 'contract/dist/labels.js'));
  if (backend && (!contractBuilt || stale(path.join(root, 'backend/dist/main.js'), path.join(root, 'backend/src'), path.join(root, 'contract/src')))) {
    run('backend');
  }
  if (
    dashboard &&
    stale(path.join(root, 'dashboard/dist/index.html'), path.join(root, 'dashboard/src'), path.join(root, 'dashboard/index.html'), path.join(root, 'contract/src'))
  ) {
    run('dashboard');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfNeeded();

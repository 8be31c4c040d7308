// `npm test`: build what is not built (the benchmark's smoke test runs the real server process, the browser
// tests the built dashboard), every Jest suite (unit, e2e against a real PostgreSQL), then the pure domain
// tests once more in a negative-offset time zone, since dates must be Asia/Shanghai whatever the machine's TZ.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildIfNeeded } from './build-if-needed.mjs';

const root = path.resolve(import.meta.dirname, '..');
const jest = [path.join(root, 'node_modules/jest/bin/jest.js')];
const node = (args, env = {}) =>
  spawnSync(process.execPath, ['--experimental-vm-modules', ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_NO_WARNINGS: '1', ...env },
  }).status ?? 1;

buildIfNeeded();
const passthrough = process.argv.slice(2);
let status = node([...jest, ...passthrough]);
if (status === 0 && passthrough.length === 0) {
  console.log('\nDomain rules again with TZ=America/New_York:');
  status = node([...jest, '--selectProjects', 'unit'], { TZ: 'America/New_York' });
}
process.exit(status);

// `npm test`: every Jest suite (unit, e2e against a real PostgreSQL), then the pure domain tests once more
// in a negative-offset time zone, since dates must be Asia/Shanghai whatever the machine's TZ.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const jest = [path.join(root, 'node_modules/jest/bin/jest.js')];
const node = (args, env = {}) =>
  spawnSync(process.execPath, ['--experimental-vm-modules', ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_NO_WARNINGS: '1', ...env },
  }).status ?? 1;

const passthrough = process.argv.slice(2);
let status = node([...jest, ...passthrough]);
if (status === 0 && passthrough.length === 0) {
  console.log('\nDomain rules again with TZ=America/New_York:');
  status = node([...jest, '--selectProjects', 'unit'], { TZ: 'America/New_York' });
}
process.exit(status);

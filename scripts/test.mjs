// `npm test`: build what is not built (the benchmark's smoke test runs the real server process, the browser
// tests the built dashboard), every Jest suite (unit, e2e against a real PostgreSQL), then the pure domain
// tests once more in a negative-offset time zone, since dates must be Asia/Shanghai whatever the machine's TZ,
// and the unit and e2e suites once more with the system clock moved to another year (libfaketime), since the
// app's "now" comes from its injected clock and the tests pin it: nothing may depend on the machine's date.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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
if (status === 0 && passthrough.length === 0) status = underMovedClock();
process.exit(status);

/** The unit and e2e suites with the system clock at FAKETIME_AT (default 2027-03-15 10:00, another year). */
function underMovedClock() {
  const at = process.env.FAKETIME_AT ?? '2027-03-15 10:00:00';
  const faketime = ['/usr/bin/faketime', '/usr/local/bin/faketime'].find((p) => existsSync(p));
  if (!faketime) {
    console.log('\nfaketime is not installed (apt-get install faketime): the run under a moved clock is left out.');
    return process.env.CI ? 1 : 0;
  }
  console.log(`\nUnit and e2e suites again with the system clock at ${at} (faketime):`);
  return (
    spawnSync(faketime, [at, process.execPath, '--experimental-vm-modules', ...jest, '--selectProjects', 'unit', 'e2e'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NODE_NO_WARNINGS: '1' },
    }).status ?? 1
  );
}

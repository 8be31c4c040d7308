// `npm start`: build what is not built, then run the server (signals are passed on for a clean stop).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildIfNeeded } from './build-if-needed.mjs';

const root = path.resolve(import.meta.dirname, '..');
buildIfNeeded();
const { SERVER_NODE_ARGS } = await import('../backend/dist/config/runtime.js');
const server = spawn(process.execPath, [...SERVER_NODE_ARGS, path.join(root, 'backend/dist/main.js'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

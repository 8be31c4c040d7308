// How the server process is started (`npm start`, the benchmark, the image). A bounded heap makes V8
// collect before it grows: at 10,000 units the heaviest requests (a catch-up notices run, a year's
// assessment) peak near 350 MB resident with it, and near 650 MB without (V8 grows lazily).
// The Dockerfile repeats the flag in its CMD, since it cannot import this file.
export const SERVER_NODE_ARGS = ['--max-old-space-size=384'];

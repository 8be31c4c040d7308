// How the server process is started (`npm start`, the benchmark, the e2e app process, the image). No heap cap:
// the old space may grow to Node's default limit. Two V8 flags keep the resident set down instead (issue 16,
// measured at 10,000 units x 8 years: the server's peak RSS in a notices job's 8-year catch-up run, the year's
// assessment export and a 100,000-row records import beside 10 M records is 377 / 342 / 374-404 MB with them,
// 524 / 376 / 672 MB with no flag at all):
// - --heap-growing-percent=100: after each full collection the old space may grow to twice what survived it
//   before the next one. By default V8 allows up to four times under a large limit, and a long request's
//   garbage (a notices run's slices, an import's batches) then piles up to ~370 MB of heap over a live set
//   of ~140 MB. Costs a few more full collections (the notices run: ~6.1 s instead of ~5.8 s).
// - --liftoff-only: WebAssembly (Prisma's query compiler) stays on V8's baseline compiler. Optimising it in
//   the background kept ~65 MB more resident from start-up on; Prisma caches its query plans, so request
//   times did not change (list, matrix, ranking and audit pages measured alike).
// The Dockerfile repeats the flags in its CMD, since it cannot import this file.
export const SERVER_NODE_ARGS = ['--heap-growing-percent=100', '--liftoff-only'];

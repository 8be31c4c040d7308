// How the server process is started (`npm start`, the benchmark, the e2e app process, the image). No heap cap:
// the old space may grow to Node's default limit. Two V8 flags keep the resident set down instead (issue 16,
// measured at 10,000 units x 8 years: the server's peak RSS in a notices job's 8-year catch-up run and the year's
// assessment export is 348 / 341 MB with them, 524 / 376 MB with no flag; a 100,000-row records import beside
// 10 M records grows it by 137 MB, 372 MB with no flag):
// - --heap-growing-percent=50: after each full collection the old space may grow by half of what survived it
//   before the next one. By default V8 allows up to four times under a large limit, and a long request's
//   garbage (a notices run's slices, an import's batches) then piles up to ~370 MB of heap over a live set of
//   ~140 MB. Costs a few more full collections (the import: ~10.0 s instead of ~9.3 s; at 100 it grew by 176 MB).
// - --liftoff-only: WebAssembly (Prisma's query compiler) stays on V8's baseline compiler. Optimising it in
//   the background kept ~65 MB more resident from start-up on; Prisma caches its query plans, so request
//   times did not change (list, matrix, ranking and audit pages measured alike).
// The Dockerfile repeats the flags in its CMD, since it cannot import this file.
export const SERVER_NODE_ARGS = ['--heap-growing-percent=50', '--liftoff-only'];

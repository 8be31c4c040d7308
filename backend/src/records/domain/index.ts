// The records standard (RECORDS.md) as pure functions: no framework, no database, no I/O.
export * from './kinds.ts';
export * from './values.ts';
export * from './headers.ts';
export * from './checks.ts';
export * from './duplicates.ts';
export * from './timeliness.ts';

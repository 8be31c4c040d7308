// Pure domain rules: no framework, no database, no I/O. Services call these.
export * from './dates.ts';
export * from './periods.ts';
export * from './filing-window.ts';
export * from './calendar.ts';
export * from './chase.ts';
export * from './status.ts';
export * from './metrics.ts';
export * from './ranking.ts';
export * from './score.ts';
export * from './identifiers.ts';
export * from './assessment-scheme.ts';
export * from './grades.ts';

import type { SessionUser } from './session';

/** Actions that only read. */
const READ_ACTIONS = new Set(['list', 'show']);

/** Resources a role never sees (the server answers 403). */
const HIDDEN: Record<string, Set<string>> = {
  LEADER: new Set(['users', 'notice-jobs']),
  UNIT: new Set(['users', 'audit-events', 'exemptions', 'reports', 'notice-jobs']),
};

/**
 * Writes that exist for nobody: the log and the derived obligations are read-only; filings, reviews,
 * explanations and exemptions are never edited (a correction is a new version or a new decision).
 */
const NO_WRITE: Record<string, Set<string>> = {
  'audit-events': new Set(['create', 'edit', 'delete']),
  obligations: new Set(['create', 'edit', 'delete']),
  submissions: new Set(['edit', 'delete']),
  explanations: new Set(['edit', 'delete']),
  exemptions: new Set(['edit']),
  // Scores are computed (adjusted by their own action); the tables are downloads.
  assessments: new Set(['create', 'edit', 'delete']),
  reports: new Set(['create', 'edit', 'delete']),
  // The library's records come from filed data files only.
  records: new Set(['create', 'edit', 'delete']),
  // Bonus claims and appeals are declared from 我的考核 and decided by their own actions.
  bonuses: new Set(['create', 'edit', 'delete']),
  appeals: new Set(['create', 'edit', 'delete']),
  // Notices are written by the chase job only; the 催报 page is a form, not records.
  notices: new Set(['create', 'edit', 'delete']),
  'notice-jobs': new Set(['create', 'edit', 'delete']),
};

/** Actions with a shape of their own, and who may take them. */
const ACTIONS: Record<string, { resource: string; roles: string[] }> = {
  review: { resource: 'submissions', roles: ['ADMIN'] },
  decide: { resource: 'explanations', roles: ['ADMIN'] },
  exempt: { resource: 'obligations', roles: ['ADMIN'] },
  // 催报所选单位 (an ad-hoc notice to each, POST /api/notices/jobs/chase)
  chase: { resource: 'obligations', roles: ['ADMIN'] },
  file: { resource: 'obligations', roles: ['UNIT'] },
  // a report the office received outside the system (e.g. by e-mail), recorded with its received time
  recordOffline: { resource: 'obligations', roles: ['ADMIN'] },
  explain: { resource: 'obligations', roles: ['UNIT'] },
  publish: { resource: 'circulars', roles: ['ADMIN'] },
  correct: { resource: 'circulars', roles: ['ADMIN'] },
  adjust: { resource: 'assessments', roles: ['ADMIN'] },
  finalise: { resource: 'assessments', roles: ['ADMIN'] },
  export: { resource: 'assessments', roles: ['ADMIN', 'LEADER'] },
  // the queues of 加分申报 and 申诉复核
  decideBonus: { resource: 'bonuses', roles: ['ADMIN'] },
  decideAppeal: { resource: 'appeals', roles: ['ADMIN'] },
  // the mail outbox's state and attempt counts (GET /api/mail/status)
  outbox: { resource: 'notices', roles: ['ADMIN'] },
};

/**
 * Writes only a unit makes, from its desk (the office records decisions, not filings; its one filing is a
 * report received outside the system, recorded from the obligation's page: the `recordOffline` action).
 */
const UNIT_ONLY: Record<string, Set<string>> = {
  explanations: new Set(['create']),
};

/** What a UNIT user writes, always for its own unit: its contacts, its filings, its explanations. */
const UNIT_WRITES: Record<string, Set<string>> = {
  contacts: new Set(['create', 'edit', 'delete']),
  submissions: new Set(['create']),
  explanations: new Set(['create']),
};

type AnyRecord = Record<string, unknown> | undefined;

/**
 * The role rules of the dashboard (DESIGN §1); the server enforces the same rules and, for a
 * UNIT user, narrows every read to the user's own unit.
 * - ADMIN: everything that exists;
 * - LEADER: list / show on everything but the users, no writes;
 * - UNIT: list / show of its own unit's records; its contacts, filings and explanations.
 */
export const canRoleAccess = (
  user: SessionUser | null,
  action: string,
  resource: string,
  record?: AnyRecord,
): boolean => {
  if (!user) return false;
  const special = ACTIONS[action];
  if (special) return special.resource === resource && special.roles.includes(user.role);
  if (HIDDEN[user.role]?.has(resource)) return false;
  if (READ_ACTIONS.has(action)) return true;
  if (NO_WRITE[resource]?.has(action)) return false;
  switch (user.role) {
    case 'ADMIN':
      return !UNIT_ONLY[resource]?.has(action);
    case 'UNIT':
      return Boolean(UNIT_WRITES[resource]?.has(action)) && (record?.unitId == null || String(record.unitId) === String(user.unitId));
    default:
      return false;
  }
};
